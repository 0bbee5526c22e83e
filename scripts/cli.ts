/**
 * What the teachers' command lines share (npm run scenario, npm run quiz): the outside world as
 * `main` sees it (so that tests call it with files in memory), the files a list of paths and
 * folders names, French counts, and the node entry that wires `main` to the real process.
 */
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** A file's bytes, decoded by the domain (which refuses what is not UTF-8). */
  readBytes(path: string): Promise<Uint8Array>;
  /** A UTF-8 text the command line reads itself (actions, the committed schema). */
  readFile(path: string): Promise<string>;
  /** A text (UTF-8) or bytes (a zip), its folder made if need be. */
  writeFile(path: string, content: string | Uint8Array): Promise<void>;
  /** Names of the entries of a folder. */
  listFiles(folder: string): Promise<string[]>;
  isDirectory(path: string): Promise<boolean>;
  /** The project's root: where scenarios/ and quizzes/ live. */
  root: string;
}

/** Exit statuses: 0 all good, 1 a file has a problem, 2 the command line is wrong (3: a bug, see runMain). */
export const OK = 0;
export const PROBLEM = 1;
export const USAGE_ERROR = 2;

/** "0 erreur", "1 erreur", "2 erreurs": French puts zero in the singular. */
export function countFr(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count <= 1 ? singular : plural}`;
}

export function isFileError(error: unknown): error is { code: string; path: string } {
  return typeof error === "object" && error !== null && "code" in error && "path" in error && typeof error.code === "string";
}

/** How a file that cannot be read is said, whether it stops the command or only its own check. */
export function unreadable(error: { code: string }): string {
  return `fichier illisible (${error.code === "ENOENT" ? "introuvable" : error.code})`;
}

/** The usage, asked for (`help`: exit 0) or shown because no command was given (exit 2). */
export function printUsage(usage: readonly string[], command: string | undefined, io: CliIo): number {
  usage.forEach((line) => io.out(line));
  return command === undefined ? USAGE_ERROR : OK;
}

/** A command line written wrong: the problem, then the usage, exit 2. */
export function usageError(usage: readonly string[], problem: string, io: CliIo): number {
  io.err(`Erreur : ${problem}`);
  usage.forEach((line) => io.err(line));
  return USAGE_ERROR;
}

/** The files named: a file as given, a folder's entries that `keep` accepts, sorted. */
export async function filesOf(targets: readonly string[], io: CliIo, keep: (name: string) => boolean): Promise<string[]> {
  const files: string[] = [];
  for (const target of targets) {
    // A path that does not exist is reported as an unreadable file, with the others checked.
    if (await io.isDirectory(target).catch(() => false)) {
      const names = (await io.listFiles(target)).filter(keep).sort();
      files.push(...names.map((name) => join(target, name)));
    } else {
      files.push(target);
    }
  }
  return files;
}

export function nodeIo(root: string): CliIo {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    readBytes: (path) => readFile(path),
    readFile: (path) => readFile(path, "utf8"),
    writeFile: async (path, content) => {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content);
    },
    listFiles: (folder) => readdir(folder),
    isDirectory: async (path) => (await stat(path)).isDirectory(),
    root,
  };
}

/** Runs `main` when `moduleUrl` is the file node was started on; an error outside every file exits 3 (a bug). */
export function runMain(moduleUrl: string, main: (argv: readonly string[], io: CliIo) => Promise<number>): void {
  const thisFile = fileURLToPath(moduleUrl);
  if (process.argv[1] === undefined || resolve(process.argv[1]) !== thisFile) return;
  const root = resolve(thisFile, "..", "..");
  // Output piped into `head` closes early: that is the reader's choice, not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  main(process.argv.slice(2), nodeIo(root)).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      process.stderr.write(`Erreur interne de ${basename(thisFile)} : ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 3;
    },
  );
}
