/**
 * Stage 4's diagnoses (issue 15, docs/decisions/0131): the usual mistakes a printed invoice makes
 * in its arithmetic — reductions added instead of chained, escompte computed before the
 * reductions, the HT printed as the TTC — recognised on the wrong figure, so that a learner who
 * misses the anomaly is told what the invoice got wrong, not only the right figure.
 */
import { addedReductionsSlip, cashDiscountBeforeReductions, cashDiscountOnGrossCents } from "../diagnosis";
import type { InvoiceComputation, InvoiceInput } from "../invoice";
import type { Cents } from "../money";

/** What the feedback says of an invoice printing its total HT as the TTC. */
export const EXCL_TAX_PRINTED_AS_TOTAL = "La facture reporte le total HT comme total TTC\u00a0: la TVA n'est pas ajoutée.";

/**
 * The mistake a wrong printed figure is, by the figure's code in the arithmetic check
 * ("netCommercial", "cashDiscount", "totalInclTax"); undefined for any other figure or slip.
 */
export function diagnosePrintedFigure(code: string, found: Cents, input: InvoiceInput, computed: InvoiceComputation): string | undefined {
  switch (code) {
    case "netCommercial": {
      const slip = addedReductionsSlip(input, "invoice");
      return slip !== undefined && slip.computation.netCommercialCents === found ? slip.diagnosis : undefined;
    }
    case "cashDiscount":
      return cashDiscountOnGrossCents(input, computed) === found ? cashDiscountBeforeReductions(input, "invoice") : undefined;
    case "totalInclTax":
      return computed.totalExclTaxCents !== computed.totalInclTaxCents && found === computed.totalExclTaxCents ? EXCL_TAX_PRINTED_AS_TOTAL : undefined;
    default:
      return undefined;
  }
}
