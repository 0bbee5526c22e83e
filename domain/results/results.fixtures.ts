/**
 * A class's results for the tests: two games of the credit-limit scenario (one with a wrong credit
 * check, one better), and two quizzes. Built by the engine's own builders, so that a fixture is a
 * file a learner could export.
 */
import type { StageId } from "../stages";
import type { TraceEntry } from "../scoring";
import { buildQuizResults, buildScenarioResults, type QuizAnswerInput } from "./build";
import type { ActivityRef, ResultsFile } from "./vocabulary";

export const CREDIT_SCENARIO: ActivityRef = { id: "02-depassement-d-encours", title: "Dépassement d'encours", hash: "3f2a9c41d07be865" };
export const ORDERS_QUIZ: ActivityRef = { id: "controle-des-commandes", title: "Contrôle des commandes", hash: "9b1e04c7a2f35d68" };

function decision(decisionPoint: string, stage: StageId, correct: boolean, points: number, hintsUsed = 0): TraceEntry {
  return {
    decisionPoint,
    stage,
    date: "2026-11-16",
    answer: "réponse de l'élève",
    expected: "réponse attendue",
    verdict: correct ? "correct" : "wrong",
    correct,
    explanation: "explication",
    hintsUsed,
    points,
    maxPoints: 2,
  };
}

/** 6,5 / 10: the credit check missed, a hint on the deposit, the order recorded with a wrong figure (1,5 / 2). */
export const CREDIT_TRACE: TraceEntry[] = [
  decision("intake.account", "orderIntake", true, 2),
  decision("intake.credit", "orderIntake", false, 0),
  decision("intake.deposit", "orderIntake", true, 1, 1),
  decision("intake.decision", "orderIntake", true, 2),
  decision("processing.record", "orderProcessing", false, 1.5),
];

/** 8,5 / 10: the same game with the credit check right. */
export const BETTER_TRACE: TraceEntry[] = CREDIT_TRACE.map((entry) => (entry.decisionPoint === "intake.credit" ? decision("intake.credit", "orderIntake", true, 2) : entry));

const question = (id: string, notion: QuizAnswerInput["question"]["notion"], stage: QuizAnswerInput["question"]["stage"] = "orderIntake") => ({ id, notion, stage });

/** 2,25 / 4: right; wrong twice; right at the second try; three quarters right. */
export const QUIZ_ANSWERS: QuizAnswerInput[] = [
  { question: question("encours-definition", "creditLimit"), credit: 1, correct: true, attempt: 1, points: { points: 1, max: 1 } },
  { question: question("acompte-calcul", "deposit"), credit: 0, correct: false, attempt: 2, points: { points: 0, max: 1 } },
  { question: question("compte-client", "customerAccount"), credit: 1, correct: true, attempt: 2, points: { points: 0.5, max: 1 } },
  { question: question("pgi-base-unique", "erp", "introduction"), credit: 0.75, correct: false, attempt: 1, points: { points: 0.75, max: 1 } },
];

/** 4 / 4. */
export const PERFECT_ANSWERS: QuizAnswerInput[] = QUIZ_ANSWERS.map((answer) => ({ ...answer, credit: 1, correct: true, attempt: 1, points: { points: 1, max: 1 } }));

/** With `durationsMs`, a file of version 2 (the time of each decision); without, of version 1. */
export const scenarioFile = (pseudonym: string, trace: readonly TraceEntry[], exportedAt: string, activity = CREDIT_SCENARIO, durationsMs?: readonly (number | null)[]): ResultsFile =>
  buildScenarioResults({ pseudonym, activity, trace, exportedAt: new Date(exportedAt), ...(durationsMs ? { durationsMs } : {}) });

export const quizFile = (pseudonym: string, answers: readonly QuizAnswerInput[], exportedAt: string, activity = ORDERS_QUIZ): ResultsFile =>
  buildQuizResults({ pseudonym, activity, answers, exportedAt: new Date(exportedAt) });

/** Léa played twice (better first), Tom once and took the quiz, Inès took the quiz; Léa's first file is given twice. */
export function classFiles(): ResultsFile[] {
  const leaFirst = scenarioFile("Léa", BETTER_TRACE, "2026-11-28T10:15:00.000Z");
  return [
    leaFirst,
    quizFile("Tom", QUIZ_ANSWERS, "2026-11-28T11:00:00.000Z"),
    scenarioFile("Tom", BETTER_TRACE, "2026-11-28T14:00:00.000Z"),
    quizFile("Inès", PERFECT_ANSWERS, "2026-11-29T09:00:00.000Z"),
    scenarioFile(" léa ", CREDIT_TRACE, "2026-11-30T08:30:00.000Z"),
    leaFirst,
  ];
}
