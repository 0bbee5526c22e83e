/**
 * The invoice cascade, one VAT rate or several: gross → remises → net commercial → escompte → net
 * financier → port → TVA → TTC, each figure of the answer from `computeInvoice`.
 */
import { cascadeMethodNote, judgeByEitherMethod, type InvoiceInput } from "../../invoice";
import { formatEuros } from "../../money";
import { CUSTOMERS, SINGLE_RATE_SELLERS, TWO_RATE_SELLERS, type Wholesaler } from "./catalogue";
import { defineGenerator, euroQuestion, type Difficulty } from "./generator";
import { CASCADE_FIGURE_NAMES, describeInvoice, drawConditions, drawLines, drawTwoRateLines, workedCascade, type CascadeFigure } from "./invoiceDraw";
import type { Random } from "./random";

export interface CascadeInputs {
  invoice: InvoiceInput;
  /** The figure asked, a field of `computeInvoice`'s result. */
  asked: CascadeFigure;
}

/** A seller's products at one rate: all of an office supplier's, or the 5,5 % goods of a grocer. */
function oneRateSeller(random: Random, difficulty: Difficulty): Wholesaler {
  if (difficulty < 3) return random.pick(SINGLE_RATE_SELLERS);
  const groups = [...SINGLE_RATE_SELLERS, ...TWO_RATE_SELLERS].flatMap((seller) =>
    [...new Set(seller.products.map((p) => p.vatRate))].map((rate) => ({ ...seller, products: seller.products.filter((p) => p.vatRate === rate) })),
  );
  return random.pick(groups.filter((g) => g.products.length >= 4));
}

function cascadePrompt(seller: Wholesaler, customer: string, invoice: InvoiceInput, asked: CascadeFigure): string {
  return `${seller.name} facture à ${customer}\u00a0: ${describeInvoice(invoice)} Calculez ${CASCADE_FIGURE_NAMES[asked]} de la facture, en euros, au centime près.`;
}

export const cascadeOneRate = defineGenerator<CascadeInputs>({
  id: "cascade-un-taux",
  label: "Cascade d'une facture à un taux de TVA\u00a0: remises successives, escompte, port, TVA, TTC",
  stage: "invoicing",
  notion: "invoiceCascade",
  draw(random, difficulty) {
    const seller = oneRateSeller(random, difficulty);
    const lineCount = difficulty === 1 ? random.int(1, 2) : difficulty === 2 ? random.int(2, 3) : random.int(3, 4);
    const conditions = drawConditions(random, {
      tradeDiscounts: difficulty === 1 ? 1 : difficulty === 2 ? random.int(1, 2) : 2,
      cashDiscount: difficulty === 3 || (difficulty === 2 && random.chance(0.5)),
      shipping: difficulty > 1,
    });
    const invoice: InvoiceInput = { lines: drawLines(random, seller, lineCount), ...conditions };
    const askable: CascadeFigure[] =
      difficulty === 1 ? ["netCommercialCents", "totalVatCents", "totalInclTaxCents"] : ["netCommercialCents", ...(invoice.cashDiscount !== undefined ? (["netFinancialCents"] as const) : []), "totalVatCents", "totalInclTaxCents"];
    const asked = random.pick(difficulty === 3 ? askable.filter((f) => f !== "netCommercialCents") : askable);
    const { computed, lines } = workedCascade(invoice, asked);
    const answerCents = computed[asked];
    return {
      inputs: { invoice, asked },
      question: euroQuestion(answerCents, cascadePrompt(seller, random.pick(CUSTOMERS), invoice, asked), [...lines, `Réponse\u00a0: ${CASCADE_FIGURE_NAMES[asked]} est de ${formatEuros(answerCents)}.`]),
    };
  },
});

/**
 * With several rates, a figure computed rate by rate may differ from the printed one by a cent per
 * rate; the simulator accepts both (docs/decisions/0079), so the tolerance is their difference.
 */
export const cascadeSeveralRates = defineGenerator<CascadeInputs>({
  id: "cascade-plusieurs-taux",
  label: "Facture à deux taux de TVA\u00a0: net financier et port répartis entre les taux, TVA par taux, TTC",
  stage: "invoicing",
  notion: "vatRates",
  draw(random, difficulty) {
    const seller = random.pick(TWO_RATE_SELLERS);
    const conditions = drawConditions(random, {
      tradeDiscounts: difficulty === 3 ? 2 : 1,
      cashDiscount: difficulty === 3,
      shipping: difficulty > 1,
    });
    const invoice: InvoiceInput = { lines: drawTwoRateLines(random, seller, difficulty + 1), ...conditions };
    const asked = random.pick<CascadeFigure>(["totalVatCents", "totalInclTaxCents"]);
    const { computed, lines } = workedCascade(invoice, asked);
    const answerCents = computed[asked];
    const perRate = computed.perRateMethod?.[asked];
    const note = cascadeMethodNote(judgeByEitherMethod(answerCents, perRate, answerCents));
    return {
      inputs: { invoice, asked },
      question: euroQuestion(
        answerCents,
        cascadePrompt(seller, random.pick(CUSTOMERS), invoice, asked),
        [...lines, `Réponse\u00a0: ${CASCADE_FIGURE_NAMES[asked]} est de ${formatEuros(answerCents)}${note}.`],
        Math.abs((perRate ?? answerCents) - answerCents),
      ),
    };
  },
});
