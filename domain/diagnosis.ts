/**
 * Naming a learner's usual mistake (issue 15, docs/decisions/0131): the pieces every stage's
 * diagnoses share. A slip is one list: the figure it gives, the part note that says what it
 * confused (scoring.ts, `KnownSlip`) and the one sentence the feedback shows first; so a part's
 * note and the diagnosis never say two different things.
 */
import type { Cents } from "./money";
import type { KnownSlip } from "./scoring";

/** A known slip on a figure, with the sentence that names it when the learner makes it. */
export interface NamedSlip extends KnownSlip {
  diagnosis: string;
}

/** The sentence of the slip the given figure is, if any; a right figure is never a slip. */
export function slipDiagnosis(given: Cents | undefined, expected: Cents, slips: readonly NamedSlip[]): string | undefined {
  if (given === undefined || given === expected) return undefined;
  return slips.find((slip) => slip.cents === given)?.diagnosis;
}

/**
 * The first diagnosis found, in the order the candidates are given. Each stage lists them in the
 * order of its computation: an earlier mistake carries into every later figure, so it is the one
 * that explains the others (0131).
 */
export function firstDiagnosis(candidates: readonly (string | undefined)[]): string | undefined {
  return candidates.find((candidate): candidate is string => candidate !== undefined);
}

/** The diagnosis as a Judgement carries it: absent rather than undefined, for plain JSON traces. */
export function withDiagnosis(diagnosis: string | undefined): { diagnosis?: string } {
  return diagnosis === undefined ? {} : { diagnosis };
}

/**
 * The HT amount given for a TTC one. Never when both are equal (no VAT, or a 0 % rate): the
 * learner then gave the right figure, whatever they meant.
 */
export function isExclTaxForInclTax(given: Cents | undefined, exclTaxCents: Cents, inclTaxCents: Cents): boolean {
  return given !== undefined && exclTaxCents !== inclTaxCents && given === exclTaxCents;
}

/** What the feedback says of an HT amount compared with a limit instead of the TTC (the issue's own words). */
export const EXCL_TAX_COMPARED = "Vous avez comparé le montant HT : ajoutez la TVA.";
