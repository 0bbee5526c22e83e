/**
 * SCORM packages for the browser tests (docs/decisions/0127): one made from the built site by the
 * real command line, and a zip unpacked into a folder that a static server, or an LMS stand-in
 * (scorm-again), serves as Moodle would after « Ajouter une activité → Paquetage SCORM ».
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { unzipSync } from "fflate";

/** The zip unpacked into a new temporary folder, whose path is returned. */
export function extractPackage(zipBytes: Uint8Array): string {
  const folder = mkdtempSync(join(tmpdir(), "paquet-scorm-"));
  for (const [path, bytes] of Object.entries(unzipSync(zipBytes))) {
    if (path.endsWith("/")) continue;
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), bytes);
  }
  return folder;
}

/**
 * The package of a bundled scenario or quiz, made from `out/` (npm run build first) by
 * `npm run package:scorm`, as a teacher makes it; `args` adds options (« --seuil 80 »).
 */
export function buildPackageFromOut(id: string, args: readonly string[] = []): Uint8Array {
  const output = mkdtempSync(join(tmpdir(), "paquets-"));
  const child = spawnSync("npx", ["tsx", "scripts/packageScorm.ts", id, "--sortie", output, ...args], { encoding: "utf8" });
  if (child.status !== 0) throw new Error(`npm run package:scorm -- ${id} a échoué (${child.status}) : ${child.stderr}`);
  return readFileSync(join(output, `${id}.zip`));
}
