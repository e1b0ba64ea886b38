// Looks through every file the app and WebKit wrote for text that must only
// ever be stored encrypted.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** Every file below `folder`. */
function filesBelow(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesBelow(path) : entry.isFile() ? [path] : [];
  });
}

/** Fails when a file below `folder` holds one of `secrets` as plain UTF-8. */
export function assertNothingInClear(folder, secrets) {
  const files = filesBelow(folder).filter((path) => statSync(path).size > 0);
  assert.ok(files.some((path) => path.endsWith("vault.rdvault")), "the vault is among the files");
  for (const path of files) {
    const bytes = readFileSync(path);
    for (const secret of secrets) {
      assert.ok(!bytes.includes(Buffer.from(secret)), `${path} holds “${secret}” in the clear`);
    }
  }
}
