import { evidenceOfTrace, savedDecisions, type Evidence } from "@/domain";
import { today } from "./clock";
import type { Attempt } from "./progressSlice";
import type { QuizEvidence } from "./quizSlice";

/** A game saved before the saves were dated counts as the oldest evidence. */
const UNDATED = "1970-01-01";

/**
 * The scenario decisions of the learner's games (finished or not) as evidence of the notions they
 * practise, read from the saved games, never stored a second time; dated by the game's last save.
 */
export function scenarioEvidence(attempts: Readonly<Record<string, Attempt>>): Evidence[] {
  return Object.values(attempts).flatMap((attempt) => evidenceOfTrace(savedDecisions(attempt.snapshot), attempt.savedAt === undefined ? UNDATED : today(new Date(attempt.savedAt))));
}

/** Everything mastery is computed from: the scenarios' decisions, then the quiz answers. */
export function learnerEvidence(quizEvidence: readonly QuizEvidence[], attempts: Readonly<Record<string, Attempt>>): Evidence[] {
  return [...scenarioEvidence(attempts), ...quizEvidence];
}
