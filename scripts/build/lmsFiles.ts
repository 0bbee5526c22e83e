/**
 * The list of the exported files a SCORM package carries (`activite/fichiers.json`,
 * docs/decisions/0127), read by `npm run package:scorm` on disk and by the teacher's space over
 * the network: the launch page's own folder decides nothing, the rule is `isPackagedSiteFile`.
 * Runs after the step that makes the site's paths relative: the files it lists are the final ones.
 */
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { isPackagedSiteFile, LAUNCH_PAGE, PACKAGE_FILE_LIST, type PackageFileList } from "@/domain";

/** Every file under `folder`, as a path from `root` with "/" separators, sorted. */
export function filesUnder(root: string, folder = root): string[] {
  return readdirSync(folder)
    .flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? filesUnder(root, path) : [relative(root, path).split(sep).join("/")];
    })
    .sort();
}

/** The list file's content for the export in `outDir`. */
export function packageFileList(outDir: string): PackageFileList {
  return { format: 1, page: LAUNCH_PAGE, files: filesUnder(outDir).filter(isPackagedSiteFile) };
}

/** Writes the list; without the launch page, no package can play, and the build says so without failing the site. */
export function writePackageFileList(outDir: string): string {
  if (!existsSync(join(outDir, LAUNCH_PAGE))) return `⚠ ${LAUNCH_PAGE} absent de l'export : pas de liste des fichiers des paquets SCORM.`;
  const list = packageFileList(outDir);
  writeFileSync(join(outDir, PACKAGE_FILE_LIST), `${JSON.stringify(list, null, 1)}\n`);
  return `${PACKAGE_FILE_LIST} : ${list.files.length} fichiers communs aux paquets SCORM.`;
}
