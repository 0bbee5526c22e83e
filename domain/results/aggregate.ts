/**
 * The teacher's class table from the results files of a class (docs/decisions/0109): per learner
 * and activity, the attempts, the best and the last score; the success rate of each decision point
 * and each question; the notions the class missed most. A file given twice counts once. Rates
 * and notions read each learner's last attempt at each activity, so that a learner who tried five
 * times weighs as much as one who tried once.
 */
import { NOTION_IDS, NOTIONS, notionsOfDecisionPoint, type NotionId, type QuizStage } from "../quiz";
import { decisionPointFamily } from "../followUp/vocabulary";
import { normalizeName } from "../text";
import type { ActivityKind, ResultScore, ResultsFile } from "./vocabulary";

export interface ActivityOfClass {
  kind: ActivityKind;
  id: string;
  /** The title of the latest file. */
  title: string;
  /** The versions played (content hashes): more than one when the activity was changed during the class's work. */
  hashes: string[];
}

export interface DatedScore extends ResultScore {
  exportedAt: string;
}

export interface LearnerActivityRow {
  /** As written in the learner's latest file; files whose pseudonyms differ only by case, accents or spaces are one learner. */
  pseudonym: string;
  activity: ActivityOfClass;
  /** Distinct files of this learner for this activity. */
  attempts: number;
  /** The highest percent (then points; then the earliest). */
  best: DatedScore;
  /** The latest export. */
  last: DatedScore;
  /** The variant of the latest export, for a scenario with variants: the seed of the learner's key. */
  variant?: string;
}

/** A decision point of a scenario, or a question of a quiz, across the class's last attempts. */
export interface ItemSuccess {
  activity: ActivityOfClass;
  id: string;
  stage: QuizStage;
  /** Learners whose last attempt met it. */
  learners: number;
  /** Of them, those who got it right (a question: right at the first try). */
  right: number;
  /** right / learners, from 0 to 1. */
  rate: number;
  /**
   * The median time the learners took on it, in seconds, over those whose file says it (a
   * format-2 file; the time of a point met twice in a game is the sum). Absent when none does.
   */
  medianSeconds?: number;
}

export interface NotionMisses {
  notion: NotionId;
  label: string;
  stage: QuizStage;
  /** Decisions and answers that practise it, in the class's last attempts. */
  evidence: number;
  /** Of them, the wrong ones (a question right only at the second try is missed). */
  missed: number;
  /** missed / evidence. */
  missRate: number;
}

export interface ClassTable {
  /** The activities of the class, in the order first met (the oldest export first). */
  activities: ActivityOfClass[];
  /** By learner (alphabetical, ignoring case and accents), then activity (in the order first met). */
  rows: LearnerActivityRow[];
  /** By activity, then in the order first met. */
  decisionPoints: ItemSuccess[];
  questions: ItemSuccess[];
  /** Notions missed at least once, the most missed first (then the highest miss rate, then the course's order). */
  notions: NotionMisses[];
  /** Files given more than once (the same export: learner, activity, moment), counted once. */
  duplicates: number;
}

/** A results file's item for the rates and notions: its id, stage, notions, and whether it was right. */
interface Item {
  id: string;
  stage: QuizStage;
  notions: readonly NotionId[];
  right: boolean;
  seconds: number | undefined;
}

/**
 * The time a decision or an answer took, when its file says it. Format 2 (issue 13, the learner's
 * side) adds `durationSeconds`; read structurally, so that a format-1 file, which has none, reads too.
 */
function secondsOf(record: object): number | undefined {
  const seconds = (record as { durationSeconds?: unknown }).durationSeconds;
  return typeof seconds === "number" && Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/**
 * A scenario's decisions as the class counts them: a dated point by its family (« followUp.FA-2026-00140 »,
 * every dunning decision on that invoice), the same for every learner though a variant moves the
 * dates, where the dated ids would give each learner rows of their own.
 */
function itemsOf(file: ResultsFile): Item[] {
  if (file.kind === "scenario") {
    return file.decisions.map((d) => ({ id: decisionPointFamily(d.decisionPoint), stage: d.stage, notions: notionsOfDecisionPoint(d.decisionPoint), right: d.correct, seconds: secondsOf(d) }));
  }
  return file.answers.map((a) => ({ id: a.questionId, stage: a.stage, notions: [a.notion], right: a.correct && a.attempt === 1, seconds: secondsOf(a) }));
}

/** The middle value (the mean of the two middle ones for an even count); undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * What makes two files the same export: the learner (as aggregateClass recognises one), the
 * activity and the moment of the export. The same file given twice, or a copy renamed, is one.
 */
export function exportKey(file: ResultsFile): string {
  return [normalizeName(file.pseudonym), file.kind, file.activity.id, file.exportedAt].join("\u0000");
}

/** The items the class got least right first (then the fewest learners), for a teacher looking for what to teach again. */
export function lowestRateFirst(items: readonly ItemSuccess[]): ItemSuccess[] {
  return [...items].sort((a, b) => a.rate - b.rate || a.right - b.right);
}

const keyOf = (kind: ActivityKind, id: string) => `${kind}\u0000${id}`;
const activityKey = (file: ResultsFile) => keyOf(file.kind, file.activity.id);

function datedScore(file: ResultsFile): DatedScore {
  return { ...file.score, exportedAt: file.exportedAt };
}

/** Better when its percent is higher, then its points. */
function isBetter(file: ResultsFile, than: ResultsFile): boolean {
  return file.score.percent !== than.score.percent ? file.score.percent > than.score.percent : file.score.points > than.score.points;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function aggregateClass(files: readonly ResultsFile[]): ClassTable {
  const unique = [...new Map(files.map((file) => [exportKey(file), file])).values()];
  // Oldest first, so that « last » is the latest and each learner's latest spelling is kept.
  const byTime = [...unique].sort((a, b) => compareText(a.exportedAt, b.exportedAt));

  const activities = new Map<string, ActivityOfClass>();
  for (const file of byTime) {
    const known = activities.get(activityKey(file));
    const hashes = known === undefined ? [file.activity.hash] : [...new Set([...known.hashes, file.activity.hash])];
    activities.set(activityKey(file), { kind: file.kind, id: file.activity.id, title: file.activity.title, hashes });
  }

  const groups = new Map<string, ResultsFile[]>();
  for (const file of byTime) {
    const key = `${normalizeName(file.pseudonym)}\u0000${activityKey(file)}`;
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  const learnerName = new Map(byTime.map((file) => [normalizeName(file.pseudonym), file.pseudonym]));
  const rows = [...groups.values()].map((attempts): LearnerActivityRow => {
    const last = attempts[attempts.length - 1] as ResultsFile;
    const best = attempts.reduce((kept, file) => (isBetter(file, kept) ? file : kept));
    return {
      pseudonym: learnerName.get(normalizeName(last.pseudonym)) ?? last.pseudonym,
      activity: activities.get(activityKey(last)) as ActivityOfClass,
      attempts: attempts.length,
      best: datedScore(best),
      last: datedScore(last),
      ...(last.activity.variant !== undefined ? { variant: last.activity.variant } : {}),
    };
  });
  const activityOrder = [...activities.keys()];
  rows.sort(
    (a, b) =>
      compareText(normalizeName(a.pseudonym), normalizeName(b.pseudonym)) ||
      activityOrder.indexOf(keyOf(a.activity.kind, a.activity.id)) - activityOrder.indexOf(keyOf(b.activity.kind, b.activity.id)),
  );

  const lastAttempts = [...groups.values()].map((attempts) => attempts[attempts.length - 1] as ResultsFile);
  return {
    activities: [...activities.values()],
    rows,
    decisionPoints: successOf(lastAttempts, "scenario", activities, activityOrder),
    questions: successOf(lastAttempts, "quiz", activities, activityOrder),
    notions: notionMisses(lastAttempts),
    duplicates: files.length - unique.length,
  };
}

/** The success rate of each item of the activities of one kind. */
function successOf(lastAttempts: readonly ResultsFile[], kind: ActivityKind, activities: ReadonlyMap<string, ActivityOfClass>, activityOrder: readonly string[]): ItemSuccess[] {
  const tally = new Map<string, ItemSuccess & { seconds: number[] }>();
  const ofKind = lastAttempts.filter((file) => file.kind === kind).sort((a, b) => activityOrder.indexOf(activityKey(a)) - activityOrder.indexOf(activityKey(b)));
  for (const file of ofKind) {
    // A point met several times in one game (each dunning decision on an invoice) counts the learner once: right if always right.
    const itemsById = new Map<string, Item>();
    for (const item of itemsOf(file)) {
      const before = itemsById.get(item.id);
      const seconds = before === undefined ? item.seconds : sumOfKnown(before.seconds, item.seconds);
      itemsById.set(item.id, { ...item, right: item.right && (before?.right ?? true), seconds });
    }
    for (const item of itemsById.values()) {
      const key = `${activityKey(file)}\u0000${item.id}`;
      const seen = tally.get(key) ?? { activity: activities.get(activityKey(file)) as ActivityOfClass, id: item.id, stage: item.stage, learners: 0, right: 0, rate: 0, seconds: [] };
      const learners = seen.learners + 1;
      const right = seen.right + (item.right ? 1 : 0);
      tally.set(key, { ...seen, learners, right, rate: right / learners, seconds: item.seconds === undefined ? seen.seconds : [...seen.seconds, item.seconds] });
    }
  }
  return [...tally.values()].map(({ seconds, ...item }) => {
    const middle = median(seconds);
    return middle === undefined ? item : { ...item, medianSeconds: middle };
  });
}

function sumOfKnown(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : a + b;
}

function notionMisses(lastAttempts: readonly ResultsFile[]): NotionMisses[] {
  const counts = new Map<NotionId, { evidence: number; missed: number }>();
  for (const item of lastAttempts.flatMap(itemsOf)) {
    for (const notion of item.notions) {
      const seen = counts.get(notion) ?? { evidence: 0, missed: 0 };
      counts.set(notion, { evidence: seen.evidence + 1, missed: seen.missed + (item.right ? 0 : 1) });
    }
  }
  return NOTION_IDS.flatMap((notion): NotionMisses[] => {
    const seen = counts.get(notion);
    if (seen === undefined || seen.missed === 0) return [];
    return [{ notion, label: NOTIONS[notion].label, stage: NOTIONS[notion].stage, evidence: seen.evidence, missed: seen.missed, missRate: seen.missed / seen.evidence }];
  }).sort((a, b) => b.missed - a.missed || b.missRate - a.missRate);
}

/** One learner's line of the class grid: a cell per activity of the class (undefined when not done). */
export interface LearnerLine {
  pseudonym: string;
  cells: (LearnerActivityRow | undefined)[];
  /** The mean of the best percents of the activities done. */
  meanPercent: number;
}

/** The class table as a grid: learners down, activities across, in the table's orders. */
export function classGrid(table: ClassTable): { activities: ActivityOfClass[]; learners: LearnerLine[] } {
  const { activities } = table;
  const byLearner = new Map<string, LearnerActivityRow[]>();
  for (const row of table.rows) byLearner.set(normalizeName(row.pseudonym), [...(byLearner.get(normalizeName(row.pseudonym)) ?? []), row]);
  const learners = [...byLearner.values()].map((rows): LearnerLine => {
    const cells = activities.map((activity) => rows.find((row) => row.activity.kind === activity.kind && row.activity.id === activity.id));
    return { pseudonym: (rows[0] as LearnerActivityRow).pseudonym, cells, meanPercent: rows.reduce((sum, row) => sum + row.best.percent, 0) / rows.length };
  });
  return { activities, learners };
}
