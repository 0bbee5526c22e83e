/**
 * What every stage's judge returns for one learner's answer (issue 11): the same shape whether the
 * answer is an intake check, a document of the chain, a mention of an invoice or a dunning step,
 * so that the machines record it and the screens show it one way.
 */
import type { ScoredPart, TraceVerdict } from "./scoring";

export interface Judgement {
  correct: boolean;
  /** What the learner did, in French. */
  answer: string;
  /** What was expected, in French. */
  expected: string;
  /** Why, in French, with the figures; after a wrong answer, what the PGI now holds. */
  explanation: string;
  /**
   * A wrong answer recognised as a usual mistake, named in one French sentence (« Vous avez comparé
   * le montant HT : ajoutez la TVA. »): what the feedback says first (issue 15). Absent when the
   * mistake is not one the stage's diagnoses recognise: the generic explanation stands alone.
   */
  diagnosis?: string;
  /** Glossary terms the feedback links to. */
  glossary?: string[];
  /** Default: "correct" or "wrong", from `correct`. */
  verdict?: TraceVerdict;
  /** The verdict and each figure judged separately, with their points (docs/decisions/0094). */
  parts?: ScoredPart[];
}
