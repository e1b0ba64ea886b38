// End-to-end in the panel's working language: with the system in English the
// app starts in English and the expert's main flow runs whole in it, with axe
// and the keyboard check on every screen (scoring.test.mjs goes deeper into
// scoring; chinese.test.mjs and languages.test.mjs run the same flow).
import { test } from "node:test";
import { useApp } from "./harness.mjs";
import { mainFlow } from "./flows.mjs";

const english = useApp({ name: "english", lang: "en_GB.UTF-8" });

test("with the system in English, the main flow runs in English", async () => {
  await english.withApp("main-flow-en", (app) => mainFlow(app, "en"));
});
