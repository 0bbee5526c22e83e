/**
 * A command line's `main` run on files held in memory, for the tests of scripts/scenario.ts and
 * scripts/quiz.ts: fast, and without touching the disk.
 */
import type { CliIo } from "./cli";

export interface CliRun {
  status: number;
  out: string[];
  err: string[];
  written: Map<string, string | Uint8Array>;
}

/** Runs `main` on these files (keys are paths; a folder is every path under it). */
export async function runCli(main: (argv: readonly string[], io: CliIo) => Promise<number>, argv: string[], files: Record<string, string | Uint8Array>): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string | Uint8Array>();
  const missing = (path: string) => Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT", path });
  const io: CliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readBytes: async (path) => {
      const content = written.get(path) ?? files[path];
      if (content === undefined) throw missing(path);
      return typeof content === "string" ? new TextEncoder().encode(content) : content;
    },
    readFile: async (path) => {
      const content = written.get(path) ?? files[path];
      if (content === undefined) throw missing(path);
      return typeof content === "string" ? content : new TextDecoder().decode(content);
    },
    writeFile: async (path, content) => {
      written.set(path, content);
    },
    listFiles: async (folder) => Object.keys(files).filter((path) => path.startsWith(`${folder}/`)).map((path) => path.slice(folder.length + 1)),
    isDirectory: async (path) => Object.keys(files).some((file) => file.startsWith(`${path}/`)),
    root: "/projet",
  };
  const status = await main(argv, io);
  return { status, out, err, written };
}
