/**
 * A SCORM package of a library document, made in the teacher's browser (docs/decisions/0127): the
 * files the build listed (`activite/fichiers.json`) fetched from the site being served, zipped by
 * the command line's builder with the document's text. It carries the zip compressor: the
 * teacher's page loads it by import() on « Paquet Moodle (SCORM) ».
 */
import { buildScormPackage, formatFileSize, lmsActivityOf, PACKAGE_FILE_LIST, parsePackageFileList, type ClassroomSettings, type PackagedContent, type PackageFileList } from "@/domain";
import { siteUrl } from "@/components/ui/siteRoot";
import type { LibraryRecord } from "@/store/teacherLibrary";
import { recordFileName } from "./fileNames";

export interface PackageProgress {
  done: number;
  total: number;
}

export interface RecordPackage {
  fileName: string;
  bytes: Uint8Array<ArrayBuffer>;
  /** « 2,4 Mo » */
  size: string;
}

/** Where the files come from; the page's own by default, a stand-in in tests. */
export interface PackageSource {
  /** The page's protocol: from a local file (`file:`), the browser refuses to fetch the site's files. */
  protocol: string;
  /** The absolute address of a file given from the site's root. */
  url: (pathFromRoot: string) => string;
  fetch: (url: string) => Promise<Response>;
}

function pageSource(): PackageSource {
  return { protocol: window.location.protocol, url: (path) => siteUrl(path), fetch: (url) => fetch(url) };
}

/** Files fetched at once: what a browser opens to one host, so that a slow school network is kept busy but not flooded. */
const PARALLEL_FETCHES = 6;

export const FILE_PAGE_MESSAGE =
  "Le paquet Moodle se prépare depuis le site servi par un serveur web (adresse en http:// ou https://)\u00a0: ouvert comme un fichier, l'atelier ne peut pas relire ses propres fichiers. Ouvrez l'espace enseignant depuis le serveur de l'établissement, puis refaites le paquet.";

/** A site file that did not come; `status` when the server answered (a 404: the build did not write it). */
class SiteFileError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

async function fetchBytes(source: PackageSource, path: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await source.fetch(source.url(path));
  } catch {
    throw new SiteFileError(`Le fichier ${path} du site n'a pas pu être chargé (pas de connexion au site)\u00a0: vérifiez la connexion puis refaites le paquet.`);
  }
  if (!response.ok) throw new SiteFileError(`Le fichier ${path} du site n'a pas pu être chargé (réponse ${response.status})\u00a0: vérifiez la connexion au site puis refaites le paquet.`, response.status);
  return new Uint8Array(await response.arrayBuffer());
}

async function fetchFileList(source: PackageSource): Promise<PackageFileList> {
  let list: PackageFileList | undefined;
  try {
    list = parsePackageFileList(JSON.parse(new TextDecoder().decode(await fetchBytes(source, PACKAGE_FILE_LIST))));
  } catch (error) {
    if (error instanceof SiteFileError) throw error.status === 404 ? new Error(`${error.message} Ce site a-t-il été construit avec «\u00a0npm run build\u00a0»\u00a0?`) : error;
    if (!(error instanceof SyntaxError)) throw error;
  }
  if (list === undefined) throw new Error(`La liste des fichiers du paquet (${PACKAGE_FILE_LIST}) est illisible\u00a0: reconstruisez le site avec «\u00a0npm run build\u00a0».`);
  return list;
}

/** Every path's bytes, a few at a time, `onProgress` told after each. */
async function fetchAll(source: PackageSource, paths: readonly string[], onProgress: (progress: PackageProgress) => void): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const path = paths[next] as string;
      next += 1;
      files.set(path, await fetchBytes(source, path));
      onProgress({ done: files.size, total: paths.length });
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_FETCHES, paths.length) }, worker));
  return files;
}

/** The id, titles and class settings of a record that passed the full check. */
function contentOf(record: LibraryRecord): PackagedContent {
  const data = JSON.parse(record.text) as { id?: unknown; title?: unknown; classroom?: ClassroomSettings };
  if (typeof data.id !== "string" || typeof data.title !== "string") throw new Error(`«\u00a0${record.title}\u00a0» n'a ni identifiant ni titre\u00a0: corrigez-le dans l'éditeur avant d'en faire un paquet.`);
  return { id: data.id, title: data.title, classroom: data.classroom };
}

/** The record's package: its launch page and the site files listed by the build, its text in `activite.js`. */
export async function packageRecord(record: LibraryRecord, onProgress: (progress: PackageProgress) => void, source: PackageSource = pageSource()): Promise<RecordPackage> {
  if (source.protocol === "file:") throw new Error(FILE_PAGE_MESSAGE);
  const activity = lmsActivityOf(record.kind, contentOf(record), record.text);
  const list = await fetchFileList(source);
  const files = await fetchAll(source, [list.page, ...list.files], onProgress);
  const bytes = buildScormPackage({ title: activity.title, activities: [activity], sharedFiles: list.files, page: files.get(list.page) as Uint8Array, files, modified: new Date() });
  return { fileName: recordFileName(record, "zip"), bytes, size: formatFileSize(bytes.length) };
}
