// Builds the UI into ui/dist, which the Tauri shell embeds. The locale files live
// outside ui/ (they are shared with the Rust side), so the server may read there.
import { defineConfig } from "vite";

export default defineConfig({
  clearScreen: false,
  server: { fs: { allow: [".."] } },
  build: { target: "safari16", outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 2048 },
});
