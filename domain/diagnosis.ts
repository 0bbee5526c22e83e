/**
 * Naming a learner's usual mistake (issue 15, docs/decisions/0131): the pieces every stage's
 * diagnoses share. A slip is one list: the figure it gives, the part note that says what it
 * confused (scoring.ts, `KnownSlip`) and the one sentence the feedback shows first; so a part's
 * note and the diagnosis never say two different things.
 */
import { computeInvoice, type InvoiceComputation, type InvoiceInput } from "./invoice";
import { DomainError, formatPercent, percentOf, type Cents } from "./money";
import type { KnownSlip } from "./scoring";
import { percentList } from "./text";

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
export const EXCL_TAX_COMPARED = "Vous avez comparé le montant HT\u00a0: ajoutez la TVA.";

// ───────────────────────────── The cascade's usual mistakes ─────────────────────────────

/** The commercial reductions of an input, in cascade order (remises, rabais, ristournes), without the zeros. */
function commercialRates(input: InvoiceInput): number[] {
  return [...(input.tradeDiscounts ?? []), ...(input.allowances ?? []), ...(input.rebates ?? [])].filter((rate) => rate !== 0);
}

/** "remises" when all are remises, else "réductions": what the sentence calls the rates added. */
function reductionsNoun(input: InvoiceInput): string {
  return (input.allowances ?? []).some((r) => r !== 0) || (input.rebates ?? []).some((r) => r !== 0) ? "réductions" : "remises";
}

/** The invoice computed from a variant of its input, or undefined when the variant is no invoice (rates over 100 %, a deposit above the total). */
function computeVariant(input: InvoiceInput): InvoiceComputation | undefined {
  try {
    return computeInvoice(input);
  } catch (error) {
    if (error instanceof DomainError) return undefined;
    throw error;
  }
}

/** 10 % then 5 % → 14,5 %: the single rate successive rates amount to, to four decimals as rates are typed. */
export function chainedRate(rates: readonly number[]): number {
  const kept = rates.reduce((rest, rate) => rest * (1 - rate / 100), 1);
  return Math.round((1 - kept) * 100 * 10_000) / 10_000;
}

/**
 * The invoice with its successive reductions added into one rate, the classroom's usual mistake;
 * undefined with fewer than two (nothing to chain). `who` made it: the learner, or the invoice to control.
 */
export function addedReductionsSlip(input: InvoiceInput, who: "learner" | "invoice"): { computation: InvoiceComputation; diagnosis: string } | undefined {
  const rates = commercialRates(input);
  if (rates.length < 2) return undefined;
  const sum = rates.reduce((total, rate) => total + rate, 0);
  const computation = computeVariant({ ...input, tradeDiscounts: [sum], allowances: [], rebates: [] });
  if (computation === undefined) return undefined;
  const noun = reductionsNoun(input);
  const added = `${rates.map(formatPercent).join(" + ")} = ${formatPercent(sum)}`;
  const rule = `elles s'enchaînent, chacune sur le net précédent\u00a0: ${percentList(rates)} font ${formatPercent(chainedRate(rates))}.`;
  return { computation, diagnosis: who === "learner" ? `Vous avez additionné les ${noun} (${added})\u00a0: ${rule}` : `La facture additionne les ${noun} (${added})\u00a0: ${rule}` };
}

/** The escompte computed on the gross amount, before the reductions: the amount such a learner or invoice deducts. */
export function cashDiscountOnGrossCents(input: InvoiceInput, computed: InvoiceComputation): Cents | undefined {
  const rate = input.cashDiscount ?? 0;
  if (rate === 0 || commercialRates(input).length === 0) return undefined;
  const onGross = percentOf(computed.grossCents, rate);
  return onGross === computed.cashDiscountCents ? undefined : onGross;
}

/** What the feedback says of an escompte computed before the reductions. */
export function cashDiscountBeforeReductions(input: InvoiceInput, who: "learner" | "invoice"): string {
  const noun = reductionsNoun(input);
  const rule = `il se calcule sur le net commercial, après les ${noun}.`;
  return who === "learner" ? `Vous avez calculé l'escompte avant les ${noun}\u00a0: ${rule}` : `La facture calcule l'escompte avant les ${noun}, sur le montant brut\u00a0: ${rule}`;
}
