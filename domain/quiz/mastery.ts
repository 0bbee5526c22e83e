/**
 * Mastery of the course, per notion and per stage, from quiz answers and scenario decisions
 * together (docs/decisions/0105). It is computed from the evidence each time, never stored: the
 * store keeps what happened, the learning path shows what it means.
 */
import { CONFORMING_POINT_ID, mentionOfTarget, MENTIONS } from "../control";
import type { IsoDate } from "../dates";
import { INTAKE_DECISION_POINT_IDS, type IntakeStep } from "../intake";
import type { InvoicingDecisionPoint } from "../invoicing";
import type { ProcessingDecisionPoint } from "../processing";
import type { TraceEntry } from "../scoring";
import { NOTION_IDS, NOTIONS, QUIZ_STAGES, type NotionId, type QuizStage } from "./notions";

/** One answer or one decision on a notion: its credit (0 to 1), the day it was given, where. */
export interface Evidence {
  notion: NotionId;
  credit: number;
  at: IsoDate;
  source: "quiz" | "scenario";
}

/** A notion's level is the mean credit of its latest answers: old mistakes fade, a lucky streak does not last. */
export const MASTERY_WINDOW = 5;
/** Fewer answers than this say too little: the notion is not yet mastered, whatever their credit. */
export const MASTERY_MIN_EVIDENCE = 3;
/** The level from which a notion is mastered. */
export const MASTERY_THRESHOLD = 0.8;

export type MasteryStatus = "notStarted" | "inProgress" | "mastered";

export interface Mastery {
  /** From 0 to 1. */
  level: number;
  /** How many answers and decisions it rests on. */
  evidence: number;
  status: MasteryStatus;
}

export interface StageMastery extends Mastery {
  notions: number;
  masteredNotions: number;
}

/** A credit as evidence counts it: within [0, 1], a missing or broken figure counting as nothing. */
function boundedCredit(credit: number): number {
  return Number.isFinite(credit) ? Math.max(0, Math.min(1, credit)) : 0;
}

/** A mean of credits, to a ten-thousandth: 1 + 0,5 + 0,9 make 0,8, not 0,7999…, which would miss the threshold. */
function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10_000) / 10_000;
}

function notionMastery(credits: readonly number[]): Mastery {
  if (credits.length === 0) return { level: 0, evidence: 0, status: "notStarted" };
  const level = mean(credits.slice(-MASTERY_WINDOW));
  const mastered = credits.length >= MASTERY_MIN_EVIDENCE && level >= MASTERY_THRESHOLD;
  return { level, evidence: credits.length, status: mastered ? "mastered" : "inProgress" };
}

/** Every notion of the course, with the mean credit of its MASTERY_WINDOW latest answers (by day; a day's in the order given). */
export function masteryByNotion(evidence: readonly Evidence[]): Record<NotionId, Mastery> {
  const credits = new Map<NotionId, number[]>();
  for (const item of [...evidence].sort((a, b) => (a.at === b.at ? 0 : a.at < b.at ? -1 : 1))) {
    credits.set(item.notion, [...(credits.get(item.notion) ?? []), boundedCredit(item.credit)]);
  }
  return Object.fromEntries(NOTION_IDS.map((notion) => [notion, notionMastery(credits.get(notion) ?? [])])) as Record<NotionId, Mastery>;
}

/**
 * Each stage: the mean level of all its notions, a notion never practised counting 0, so that a
 * stage is mastered only when every one of its notions is.
 */
export function masteryByStage(evidence: readonly Evidence[]): Record<QuizStage, StageMastery> {
  const byNotion = masteryByNotion(evidence);
  const entries = QUIZ_STAGES.map((stage): [QuizStage, StageMastery] => {
    const notions = NOTION_IDS.filter((notion) => NOTIONS[notion].stage === stage).map((notion) => byNotion[notion]);
    const masteredNotions = notions.filter((mastery) => mastery.status === "mastered").length;
    const count = notions.reduce((sum, mastery) => sum + mastery.evidence, 0);
    const level = mean(notions.map((mastery) => mastery.level));
    const status: MasteryStatus = count === 0 ? "notStarted" : masteredNotions === notions.length ? "mastered" : "inProgress";
    return [stage, { level, evidence: count, status, notions: notions.length, masteredNotions }];
  });
  return Object.fromEntries(entries) as Record<QuizStage, StageMastery>;
}

// ---------------------------------------------------------------------------------------------
// The simulator's decision points, as notions of the course
// ---------------------------------------------------------------------------------------------

const INTAKE_NOTIONS: Readonly<Record<IntakeStep, readonly NotionId[]>> = {
  account: ["customerAccount"],
  solvency: ["solvency"],
  credit: ["creditLimit"],
  conditions: ["specialConditions"],
  elements: ["orderElements"],
  stock: ["stockOrLeadTime"],
  deposit: ["deposit"],
  decision: ["intakeOrder"],
};

const PROCESSING_NOTIONS: Readonly<Record<ProcessingDecisionPoint, readonly NotionId[]>> = {
  "processing.record": ["orderRecording"],
  "processing.acknowledgement": ["orderAcknowledgement"],
  "processing.deliveryNote": ["salesDocuments"],
  "processing.status": ["orderFollowUp"],
};

const INVOICING_NOTIONS: Readonly<Record<InvoicingDecisionPoint, readonly NotionId[]>> = {
  "invoicing.deposit": ["depositInvoice"],
  "invoicing.draft": ["documentChain", "invoiceObligation"],
  "invoicing.cascade": ["invoiceCascade", "vatRates"],
  "invoicing.validation": ["invoiceNumber"],
  "invoicing.immutability": ["invoiceIntangible"],
  "invoicing.creditNote": ["creditNote"],
  "invoicing.sending": ["electronicInvoicing"],
};

const FIXED_POINTS: ReadonlyMap<string, readonly NotionId[]> = new Map([
  ...(Object.entries(INTAKE_NOTIONS) as [IntakeStep, readonly NotionId[]][]).map(([step, notions]): [string, readonly NotionId[]] => [INTAKE_DECISION_POINT_IDS[step], notions]),
  ...Object.entries(PROCESSING_NOTIONS),
  ...Object.entries(INVOICING_NOTIONS),
  [CONFORMING_POINT_ID, ["mandatoryMentions"]],
]);

/** A figure of the invoice (a line's total, the totals, the VAT table, the port and the deposit): its arithmetic. */
const INVOICE_FIGURE = /^(?:totals\.|lines\[\d+\]\.lineTotalCents$|shippingCents$|depositCents$)/u;

/** A control point: a figure is arithmetic; a mention of the course's seven is a mandatory mention, any other one the law's. */
function controlNotions(target: string): NotionId[] {
  if (INVOICE_FIGURE.test(target)) return ["invoiceArithmetic"];
  const mention = mentionOfTarget(target);
  return mention !== undefined && MENTIONS[mention].lists.includes("course") ? ["mandatoryMentions"] : ["legalMentions"];
}

const FOLLOW_UP_ENTRY = /^followUp\.(.+)\.(payment|dispute|settlement)\.\d{4}-\d{2}-\d{2}$/u;
const FOLLOW_UP_ACTION = /^followUp\.(.+)\.\d{4}-\d{2}-\d{2}$/u;

/**
 * The notions a decision of the simulator practises, for mastery. The follow-up's action of the day
 * does not say which step was due (a reminder, the LRAR, the formal notice…): it counts for the
 * due date and the reminders, which every step starts from. An unknown id practises nothing.
 */
export function notionsOfDecisionPoint(decisionPointId: string): NotionId[] {
  const fixed = FIXED_POINTS.get(decisionPointId);
  if (fixed !== undefined) return [...fixed];
  if (decisionPointId.startsWith("control.")) return controlNotions(decisionPointId.slice("control.".length));
  const entry = FOLLOW_UP_ENTRY.exec(decisionPointId)?.[2];
  if (entry === "payment") return ["followUpObjectives"];
  if (entry !== undefined) return ["disputes"];
  return FOLLOW_UP_ACTION.test(decisionPointId) ? ["dueDate", "reminders"] : [];
}

/**
 * A scenario's trace as evidence, on the day it was played: each decision's share of its points
 * (hints cost their share) for each notion it practises.
 */
export function evidenceOfTrace(trace: readonly TraceEntry[], at: IsoDate): Evidence[] {
  return trace.flatMap((entry) => {
    const credit = entry.maxPoints > 0 ? entry.points / entry.maxPoints : entry.correct ? 1 : 0;
    return notionsOfDecisionPoint(entry.decisionPoint).map((notion): Evidence => ({ notion, credit, at, source: "scenario" }));
  });
}
