/**
 * Stage 1's diagnoses (issue 15, docs/decisions/0131): the usual mistakes on the credit check,
 * each a slip on one figure with its part note and the sentence the feedback shows first.
 */
import type { CreditCheck } from "../credit";
import type { CreditVerdict } from "./credit";
import { EXCL_TAX_COMPARED, firstDiagnosis, slipDiagnosis, type NamedSlip } from "../diagnosis";
import { formatEuros, type Cents } from "../money";

/** What the credit slips read from the key. */
export interface CreditFigures {
  check: CreditCheck;
  orderTotalCents: Cents;
  orderTotalExclTaxCents: Cents;
}

/** The learner's two figures, and the verdict drawn from them. */
export interface CreditFiguresGiven {
  outstandingCents?: Cents;
  orderTotalCents?: Cents;
  verdict?: CreditVerdict;
}

/**
 * A verdict its own figures contradict: the learner's outstanding plus order, compared with the
 * limit, says the other thing — the comparison was misread, whatever the figures are worth.
 */
function verdictAgainstFigures({ check }: CreditFigures, given: CreditFiguresGiven): string | undefined {
  const { outstandingCents, orderTotalCents, verdict } = given;
  if (outstandingCents === undefined || orderTotalCents === undefined || verdict === undefined) return undefined;
  const sum = outstandingCents + orderTotalCents;
  const withinLimit = sum <= check.creditLimitCents;
  if (withinLimit === (verdict === "withinLimit")) return undefined;
  const comparison = withinLimit ? "ne dépasse pas" : "dépasse";
  return `Votre conclusion contredit vos montants : ${formatEuros(outstandingCents)} + ${formatEuros(orderTotalCents)} = ${formatEuros(sum)}, qui ${comparison} le plafond de ${formatEuros(check.creditLimitCents)}.`;
}

/**
 * The slips on the outstanding: the accepted orders not yet invoiced forgotten (only when there
 * are some: without them the unpaid invoices are the outstanding), or the new order counted in.
 */
export function outstandingSlips({ check }: CreditFigures): NamedSlip[] {
  const forgotten = formatEuros(check.acceptedOrdersTotalCents);
  return [
    ...(check.acceptedOrdersTotalCents > 0
      ? [
          {
            cents: check.unpaidInvoicesTotalCents,
            confused: `les commandes acceptées non facturées (${forgotten}) font partie de l'encours`,
            diagnosis: `Vous avez oublié les commandes acceptées non facturées (${forgotten})\u00a0: elles font partie de l'encours.`,
          },
        ]
      : []),
    {
      cents: check.projectedCents,
      confused: "c'est l'encours avec la nouvelle commande\u00a0; l'encours est ce que le client doit avant elle",
      diagnosis: "Vous avez compté la nouvelle commande dans l'encours\u00a0: l'encours est ce que le client doit avant elle.",
    },
  ];
}

/** The slips on the order TTC: its HT (never when HT and TTC are equal), or the outstanding added to it. */
export function orderTotalSlips(figures: CreditFigures): NamedSlip[] {
  const { check, orderTotalCents, orderTotalExclTaxCents } = figures;
  return [
    // At 0 % VAT the HT is the TTC: giving it is right, not a slip.
    ...(orderTotalExclTaxCents !== orderTotalCents
      ? [{ cents: orderTotalExclTaxCents, confused: "c'est le montant HT\u00a0; le plafond se compare au montant TTC", diagnosis: EXCL_TAX_COMPARED }]
      : []),
    {
      cents: check.projectedCents,
      confused: "c'est l'encours plus la commande\u00a0; indiquez la commande seule",
      diagnosis: "Vous avez indiqué l'encours plus la commande\u00a0: indiquez le montant TTC de la commande seule.",
    },
  ];
}

/**
 * The credit check's diagnosis: the outstanding's slip first, then the order's — the order of the
 * sum the learner writes (encours + commande), so the first mistake named is the first made —, and
 * last a verdict that its own figures contradict.
 */
export function diagnoseCredit(figures: CreditFigures, given: CreditFiguresGiven): string | undefined {
  return firstDiagnosis([
    slipDiagnosis(given.outstandingCents, figures.check.outstandingCents, outstandingSlips(figures)),
    slipDiagnosis(given.orderTotalCents, figures.orderTotalCents, orderTotalSlips(figures)),
    verdictAgainstFigures(figures, given),
  ]);
}
