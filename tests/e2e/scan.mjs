// Looks through every file the app and WebKit wrote for text that must only
// ever be stored encrypted.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The file's bytes, or null when it vanished since it was listed (WebKit's
 * helper processes may still be tidying up after the app quit). */
function readIfPresent(path) {
  try {
    return readFileSync(path);
  } catch (error) {
    if (error.code === "ENOENT") return null;
    throw error;
  }
}

/** Every file below `folder`. */
function filesBelow(folder) {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw error;
  }
  return entries.flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesBelow(path) : entry.isFile() ? [path] : [];
  });
}

/** Fails when a file below `folder` holds one of `secrets` as plain UTF-8. */
export function assertNothingInClear(folder, secrets) {
  const files = filesBelow(folder);
  assert.ok(files.some((path) => path.endsWith("vault.rdvault")), "the vault is among the files");
  for (const path of files) {
    const bytes = readIfPresent(path);
    if (bytes === null) continue;
    for (const secret of secrets) {
      assert.ok(!bytes.includes(Buffer.from(secret)), `${path} holds “${secret}” in the clear`);
    }
  }
}
