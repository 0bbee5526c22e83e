/**
 * The fuzz run's figures, in French, as they go in an issue's closing note: counts per verdict and
 * per mutation kind, then every file that is not accepted or rejected well, with how to rebuild it.
 */
import { VERDICT_LABELS, VERDICTS, type Verdict } from "./harness";
import { describeMutations, MUTATION_KINDS } from "./mutations";
import type { FileReport } from "./pool";

/** Verdicts that fail the run: the file was answered as no teacher should be answered. */
export const FAILING: ReadonlySet<Verdict> = new Set<Verdict>(["wronglyAccepted", "rejectedBadly", "crashed", "hung"]);

export function failures(reports: readonly FileReport[]): FileReport[] {
  return reports.filter((report) => FAILING.has(report.verdict));
}

/** The command that writes the file again; `small` for the suite's sizes. */
export function reproduction(seed: number, index: number, small: boolean): string {
  return `npm run fuzz -- --seed ${seed} --index ${index}${small ? " --small" : ""} --write /tmp/fuzz`;
}

/** One failing file in a few lines: what was done to it, why it fails, what was said. */
export function describeFailure(report: FileReport, seed: number, small: boolean): string {
  return [
    `#${report.index} ${VERDICT_LABELS[report.verdict]} — ${describeMutations(report.mutations)} (${report.source}, ${report.bytes} octets, ${report.milliseconds} ms)`,
    ...report.reasons.map((reason) => `   pourquoi : ${reason}`),
    ...report.said.map((line) => `   sortie : ${line}`),
    `   reproduire : ${reproduction(seed, report.index, small)}`,
  ].join("\n");
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** The same fault seen many times is one line: numbers and quoted values blurred, then counted. */
function distinctProblems(reports: readonly FileReport[]): string[] {
  const key = (report: FileReport) => `${VERDICT_LABELS[report.verdict]} : ${(report.reasons[0] ?? "").replace(/\d+/g, "N").replace(/«[^»]*»/g, "«…»").slice(0, 180)}`;
  const examples = new Map<string, FileReport>();
  reports.forEach((report) => examples.set(key(report), examples.get(key(report)) ?? report));
  return [...countBy(reports, key)].sort((a, b) => b[1] - a[1]).map(([problem, count]) => {
    const example = examples.get(problem) as FileReport;
    return `${String(count).padStart(5)} × ${problem}\n        ex. #${example.index} ${describeMutations(example.mutations)}`;
  });
}

export function summary(reports: readonly FileReport[], seed: number): string[] {
  const verdicts = countBy(reports, (report) => report.verdict);
  const lines = [`${reports.length} fichiers (graine ${seed})`];
  for (const verdict of VERDICTS) lines.push(`  ${VERDICT_LABELS[verdict].padEnd(28)} ${verdicts.get(verdict) ?? 0}`);
  lines.push("", `Par sorte de mutation (un fichier compte pour chacune de ses sortes) : ${VERDICTS.map((v) => VERDICT_LABELS[v]).join(" / ")}`);
  for (const kind of MUTATION_KINDS) {
    const withKind = reports.filter((report) => report.mutations.some((m) => m.kind === kind));
    const counts = countBy(withKind, (report) => report.verdict);
    lines.push(`  ${kind.padEnd(26)} ${String(withKind.length).padStart(5)} : ${VERDICTS.map((v) => counts.get(v) ?? 0).join(" / ")}`);
  }
  const failing = failures(reports);
  if (failing.length > 0) lines.push("", "Problèmes distincts :", ...distinctProblems(failing));
  return lines;
}
