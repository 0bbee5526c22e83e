/**
 * The engine's answer key of a scenario, as a teacher reads it: what `npm run scenario -- solve`
 * prints, as data for the editor's live panel and the page « Corrigé ». Built from the solved run
 * of the full check (machines/scenarioCheck.ts): never a key written by hand.
 */
import { STAGE_IDS, STAGE_LABELS, type StageId, type StageScore, type TraceEntry } from "@/domain";
import type { PlayResult } from "@/machines/player";
import { decisionPointLabel, pointNamingOf, type PointNaming } from "@/machines/stages";

export interface AnswerKeyEntry {
  decisionPoint: string;
  label: string;
  date: string;
  expected: string;
  explanation: string;
  teacherExplanation?: string;
  maxPoints: number;
}

export interface AnswerKeyStage {
  stage: StageId;
  /** « Étape 1 — Contrôle de la commande ». */
  title: string;
  entries: AnswerKeyEntry[];
  score: StageScore | undefined;
}

export interface AnswerKey {
  stages: AnswerKeyStage[];
  maxPoints: number;
}

/** Either the key, or why it cannot be computed (the check's messages, in French). */
export type AnswerKeyState = { ok: true; key: AnswerKey } | { ok: false; reasons: string[] };

function keyEntry(entry: TraceEntry, naming: PointNaming): AnswerKeyEntry {
  return {
    decisionPoint: entry.decisionPoint,
    label: decisionPointLabel(entry.stage, entry.decisionPoint, naming),
    date: entry.date,
    expected: entry.expected,
    explanation: entry.explanation,
    ...(entry.teacherExplanation ? { teacherExplanation: entry.teacherExplanation } : {}),
    maxPoints: entry.maxPoints,
  };
}

export function answerKeyOf(result: PlayResult): AnswerKey {
  const naming = pointNamingOf(result.stages);
  const stages = STAGE_IDS.flatMap((stage, index) => {
    const entries = result.trace.filter((entry) => entry.stage === stage).map((entry) => keyEntry(entry, naming));
    return entries.length === 0 ? [] : [{ stage, title: `Étape ${index + 1} — ${STAGE_LABELS[stage]}`, entries, score: result.score.byStage[stage] }];
  });
  return { stages, maxPoints: result.score.overall.maxPoints };
}
