/**
 * npm run fuzz -- [--count N] [--seed S] [--small]          N hostile files through `validate`, the figures
 * npm run fuzz -- --seed S --index I[,J...] --write <dossier>  writes those files, to check them by hand
 * The big variants by default (a 5 MB field name, 50 000 order lines): the issue's own sizes.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bundledScenarios, CLI_SIZES, describeMutations, fuzzCase, SUITE_SIZES } from "./mutations";
import { STOP_AFTER_MILLISECONDS } from "./harness";
import { runFuzz } from "./pool";
import { describeFailure, FAILING, failures, summary } from "./report";

const root = resolve(fileURLToPath(import.meta.url), "..", "..", "..");


interface Options {
  count: number;
  seed: number;
  small: boolean;
  indexes: number[];
  write?: string;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { count: 2500, seed: 1, small: false, indexes: [] };
  const integer = (name: string, text: string | undefined) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 0) throw new Error(`${name} attend un entier positif, pas « ${text ?? ""} »`);
    return value;
  };
  for (let i = 0; i < argv.length; i += 1) {
    const name = argv[i];
    const value = argv[i + 1];
    if (name === "--small") {
      options.small = true;
      continue;
    }
    i += 1;
    if (name === "--count") options.count = integer(name, value);
    else if (name === "--seed") options.seed = integer(name, value);
    else if (name === "--index") options.indexes = (value ?? "").split(",").map((part) => integer(name, part));
    else if (name === "--write" && value !== undefined) options.write = value;
    else throw new Error(`option « ${name ?? ""} » inconnue (--count, --seed, --small, --index, --write)`);
  }
  return options;
}

function writeFiles(options: Options & { write: string }): void {
  mkdirSync(options.write, { recursive: true });
  const sources = bundledScenarios(root);
  for (const index of options.indexes) {
    const fuzzed = fuzzCase(sources, options.seed, index, options.small ? SUITE_SIZES : CLI_SIZES);
    const path = join(options.write, `fuzz-${options.seed}-${index}.json`);
    writeFileSync(path, fuzzed.bytes);
    console.log(`${path} : ${describeMutations(fuzzed.mutations)} (d'après ${fuzzed.source})`);
  }
  console.log(`Pour le vérifier : npm run scenario -- validate ${options.write}`);
}

async function fuzz(options: Options): Promise<number> {
  const started = performance.now();
  const sizes = options.small ? SUITE_SIZES : CLI_SIZES;
  // Each failing file is told as soon as it is judged: a long run is read while it goes on.
  const reports = await runFuzz({ root, seed: options.seed, count: options.count, sizes, stopAfterMilliseconds: STOP_AFTER_MILLISECONDS }, (report) => {
    if (FAILING.has(report.verdict)) console.log(describeFailure(report, options.seed, options.small));
    if ((report.index + 1) % 100 === 0) process.stderr.write(`${report.index + 1} / ${options.count}\n`);
  });
  const failing = failures(reports);
  console.log("");
  summary(reports, options.seed).forEach((line) => console.log(line));
  console.log(`\nDurée : ${Math.round((performance.now() - started) / 1000)} s`);
  return failing.length === 0 ? 0 : 1;
}

async function cli(argv: readonly string[]): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(argv);
  } catch (error) {
    console.error(`Erreur : ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  if (options.write !== undefined) {
    writeFiles({ ...options, write: options.write });
    return 0;
  }
  return fuzz(options);
}

process.exitCode = await cli(process.argv.slice(2));
