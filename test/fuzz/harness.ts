/**
 * One hostile file through the command line's own loader — `main(["validate", file], io)` of
 * scripts/scenario.ts, files in memory — and the verdict on what it answered.
 */
import { main, type ScenarioCliIo } from "@/scripts/scenario";
import { FILE_LEVEL, MUST_REJECT, type Mutation } from "./mutations";

/** The io of the command line, plus byte reading (the loader moves from text to bytes, issue 10). */
export type FuzzIo = ScenarioCliIo & {
  readFile(path: string): Promise<string>;
  readBytes(path: string): Promise<Uint8Array>;
};

export function memoryIo(files: ReadonlyMap<string, Uint8Array>, out: string[], err: string[]): FuzzIo {
  const bytesOf = async (path: string) => {
    const bytes = files.get(path);
    if (bytes === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT", path });
    return bytes;
  };
  return {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    // As node's readFile(path, "utf8"): invalid sequences become U+FFFD, a BOM is kept.
    readFile: async (path) => Buffer.from(await bytesOf(path)).toString("utf8"),
    readBytes: bytesOf,
    writeFile: async () => {
      throw new Error("validate n'écrit aucun fichier");
    },
    listFiles: async () => [],
    isDirectory: async () => false,
    root: "/projet",
  };
}

export interface Answer {
  /** The exit status; null when main threw. */
  status: number | null;
  out: string[];
  err: string[];
  /** What main threw, with its stack. */
  thrown?: string;
  milliseconds: number;
}

export async function validateInMemory(file: string, bytes: Uint8Array): Promise<Answer> {
  const out: string[] = [];
  const err: string[] = [];
  const started = performance.now();
  try {
    const status = await main(["validate", file], memoryIo(new Map([[file, bytes]]), out, err));
    return { status, out, err, milliseconds: performance.now() - started };
  } catch (error) {
    const thrown = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { status: null, out, err, thrown, milliseconds: performance.now() - started };
  }
}

// ---------------------------------------------------------------------------------------------
// The verdict
// ---------------------------------------------------------------------------------------------

export const VERDICTS = ["accepted", "rejectedWell", "wronglyAccepted", "rejectedBadly", "crashed", "hung"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  accepted: "accepté",
  rejectedWell: "bien refusé",
  wronglyAccepted: "accepté à tort",
  rejectedBadly: "mal refusé",
  crashed: "planté",
  hung: "bloqué (plus d'une seconde)",
};

export interface Judged {
  verdict: Verdict;
  /** Why it is not accepted or rejected well, one reason per problem. */
  reasons: string[];
}

/** More than a second for one file is a hang (issue 10: "each file under a second"). */
export const HANG_MILLISECONDS = 1000;

/**
 * When the worker is stopped: only a real hang. A file with variants is played once per seed (200
 * plays, seconds on a loaded machine); `judge` holds each play to HANG_MILLISECONDS.
 */
export const STOP_AFTER_MILLISECONDS = 60_000;

/** A message longer than this echoes the file instead of pointing into it. */
const LONGEST_LINE = 1000;

/** JavaScript's and zod's own words: a teacher would read them as a bug, and rightly. */
const ENGLISH =
  /Invalid input|Expected|expected (a |an |string|number|boolean|object|array)|received |Unexpected|Unterminated|\bundefined\b|\bNaN\b|Infinity|\[object Object\]|at position|\b(Type|Range|Syntax|Reference)?Error\b|Cannot |Maximum call stack|is not (a|an|defined|iterable|valid)|Too (big|small)|too_(big|small)|invalid_(type|value|format|union)/;
const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|<anonymous>\)?)$/m;
const JUNK: readonly [RegExp, string][] = [
  [/[\u0000-\u001f\u007f-\u009f]/, "caractère de contrôle brut recopié"],
  [/\ufffd/, "caractère de remplacement « � » recopié"],
  [/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/, "demi-caractère (surrogate) seul recopié"],
];
const SUMMARY = /^\d+ scénarios? valides?(, \d+ scénarios? invalides?)?, \d+ erreurs?(, \d+ avertissements?)?$/;
const LINE_COLUMN = /^JSON invalide \(ligne \d+, colonne \d+\)/;
/** "customers[0].creditLimit : …": a path has no spaces; "avertissement" starts a warning's text. */
const FIELD_PATH = /^([^\s«»"]+)\u00a0: /u;

/** What the line says after the file and the field, and whether it points to a place. */
function splitIssue(rest: string): { located: boolean; message: string } {
  if (LINE_COLUMN.test(rest)) return { located: true, message: rest };
  const path = FIELD_PATH.exec(rest);
  if (path && path[1] !== "avertissement") return { located: true, message: rest.slice(path[0].length) };
  return { located: false, message: rest };
}

function shorten(line: string): string {
  return line.length > 200 ? `${line.slice(0, 200)}… (${line.length} caractères)` : line;
}

/** What is wrong with one line of the error output, if anything. */
function lineProblems(line: string, file: string, mustLocate: boolean): string[] {
  // formatIssue (domain/) writes « fichier : champ : message » with no-break spaces before the colons.
  if (!line.startsWith(`${file}\u00a0: `)) return [`ligne sans le nom du fichier : ${shorten(line)}`];
  const { located, message } = splitIssue(line.slice(file.length + 3));
  const problems: string[] = [];
  const english = ENGLISH.exec(message);
  if (english) problems.push(`message en anglais (« ${english[0]} ») : ${shorten(line)}`);
  if (/erreur interne/i.test(line)) problems.push(`erreur interne : ${shorten(line)}`);
  for (const [pattern, what] of JUNK) if (pattern.test(line)) problems.push(`${what} : ${JSON.stringify(shorten(line))}`);
  if (line.length > LONGEST_LINE) problems.push(`ligne de ${line.length} caractères : ${shorten(line)}`);
  if (mustLocate && !located) problems.push(`ni champ ni ligne et colonne : ${shorten(line)}`);
  return problems;
}

/** A value a later mutation replaced or removed (same path, or one of its parents) no longer says anything. */
function overwrittenLater(mutation: Mutation, later: readonly Mutation[]): boolean {
  return later.some((next) => mutation.where === next.where || mutation.where.startsWith(`${next.where}.`) || mutation.where.startsWith(`${next.where}[`));
}

/**
 * How many variants `validate` played for the file: « ✓ f.json (200 variantes vérifiées) » when
 * all passed, « … : variants : 31 variantes sur 200 en échec … » when some failed; 0 without variants.
 */
function variantsChecked(answer: Answer, file: string): number {
  const prefix = `✓ ${file} (`;
  const accepted = answer.out.find((line) => line.startsWith(prefix));
  const played = accepted !== undefined ? /^(\d+) variantes vérifiées\)$/u.exec(accepted.slice(prefix.length)) : answer.err.map((line) => /variantes sur (\d+) en échec/u.exec(line)).find((match) => match !== null);
  return Number(played?.[1] ?? 0);
}

/**
 * How long a file may take before it counts as a hang: a second, and a second more per variant it
 * played (a file with variants is played once per seed, docs/decisions/0142).
 */
export function hangLimit(answer: Answer, file: string): number {
  return HANG_MILLISECONDS * (1 + variantsChecked(answer, file));
}

export function judge(answer: Answer, file: string, mutations: readonly Mutation[]): Judged {
  const lines = [...answer.out, ...answer.err];
  if (answer.thrown !== undefined) return { verdict: "crashed", reasons: [`main a levé : ${answer.thrown.split("\n").slice(0, 4).join(" | ")}`] };
  const stack = lines.find((line) => STACK_FRAME.test(line));
  if (stack !== undefined) return { verdict: "crashed", reasons: [`pile d'appels affichée : ${shorten(stack)}`] };
  if (answer.milliseconds > hangLimit(answer, file)) return { verdict: "hung", reasons: [`${Math.round(answer.milliseconds)} ms`] };
  const variants = variantsChecked(answer, file);

  const mustLocate = !mutations.some((m) => FILE_LEVEL.has(m.kind));
  const messageProblems = answer.err.flatMap((line) => lineProblems(line, file, mustLocate));
  if (answer.status === 0 && answer.out.some((line) => line === `✓ ${file}` || line === `✓ ${file} (${variants} variantes vérifiées)`)) {
    const mustReject = mutations.filter((m, i) => MUST_REJECT.has(m.kind) && !overwrittenLater(m, mutations.slice(i + 1))).map((m) => m.kind);
    const reasons = [...(mustReject.length > 0 ? [`accepté malgré ${mustReject.join(", ")}`] : []), ...messageProblems];
    return reasons.length > 0 ? { verdict: "wronglyAccepted", reasons } : { verdict: "accepted", reasons: [] };
  }
  const reasons = [
    ...(answer.status === 1 ? [] : [`code de sortie ${answer.status}`]),
    ...(answer.out.includes(`✗ ${file}`) ? [] : [`pas de ligne « ✗ ${file} »`]),
    ...(SUMMARY.test(answer.out.at(-1) ?? "") ? [] : [`pas de bilan en dernière ligne (${shorten(answer.out.at(-1) ?? "rien")})`]),
    ...(answer.err.length > 0 ? [] : ["aucun message d'erreur"]),
    ...messageProblems,
  ];
  return reasons.length > 0 ? { verdict: "rejectedBadly", reasons } : { verdict: "rejectedWell", reasons: [] };
}
