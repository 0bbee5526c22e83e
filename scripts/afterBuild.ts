/**
 * What `npm run build` does to `out/` once `next build` has exported the site: each step is a
 * function of `scripts/build/`, run in this order, so that the site any school receives is the
 * one the browser tests play.
 */
import { resolve } from "node:path";
import { addCompileHints } from "./build/compileHints";
import { relativeSite } from "./build/relativeSite";
import { writePackageFileList } from "./build/lmsFiles";
import { writeServiceWorker } from "./build/serviceWorker";

type BuildStep = { name: string; run: (outDir: string) => void | Promise<void> };

const STEPS: BuildStep[] = [
  // First: the steps after it find every page's addresses already relative to its folder.
  { name: "adresses relatives : le site marche depuis n'importe quel dossier ou un fichier", run: relativeSite },
  // Before the SCORM file list and the service worker: both carry the scripts as they will be served.
  { name: "scripts compilés d'avance (indice de compilation de V8)", run: (out) => console.log(addCompileHints(out)) },
  // After the paths are made relative: a package copies the files as this step lists them.
  { name: "liste des fichiers des paquets SCORM", run: (out) => console.log(writePackageFileList(out)) },
  // Last: the worker precaches the files as the steps before left them, and its version is their hash.
  { name: "service worker (hors connexion)", run: writeServiceWorker },
];

const outDir = resolve(process.argv[2] ?? "out");
for (const step of STEPS) {
  await step.run(outDir);
  console.log(`✓ ${step.name}`);
}
