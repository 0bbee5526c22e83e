/**
 * The deposit asked with an order (stage 1, check 7): a share of the order TTC, computed as the
 * intake's answer key computes it (`percentOf` on the TTC of `computeInvoice`), and at the top
 * difficulty the final invoice's net à payer once the deposit is deducted.
 */
import { computeInvoice, type InvoiceInput } from "../../invoice";
import { formatEuros, formatPercent, percentOf } from "../../money";
import { CUSTOMERS, SINGLE_RATE_SELLERS } from "./catalogue";
import { defineGenerator, euroQuestion } from "./generator";
import { describeInvoice, drawConditions, drawLines, workedCascade } from "./invoiceDraw";

export interface DepositInputs {
  /** The order, priced as an invoice without deposit. */
  order: InvoiceInput;
  depositPercent: number;
  /** The deposit itself, or the final invoice's net à payer once it is deducted. */
  asked: "deposit" | "amountDue";
}

const DEPOSIT_PERCENTS = [20, 25, 30, 40, 50];

const DEPOSIT_RULE = "L'acompte engage les deux parties (à la différence des arrhes, qui permettent à chacune de se dédire)\u00a0; il sera déduit de la facture finale.";

export const depositOnOrder = defineGenerator<DepositInputs>({
  id: "acompte",
  label: "Acompte exigé à la commande\u00a0: part du montant TTC, puis net à payer de la facture finale",
  stage: "orderIntake",
  notion: "deposit",
  draw(random, difficulty) {
    const seller = random.pick(SINGLE_RATE_SELLERS);
    const customer = random.pick(CUSTOMERS);
    const conditions = drawConditions(random, { tradeDiscounts: difficulty === 3 ? 2 : difficulty === 2 ? 1 : random.int(0, 1), cashDiscount: false, shipping: difficulty === 3 });
    const order: InvoiceInput = { lines: drawLines(random, seller, difficulty === 1 ? random.int(1, 2) : random.int(2, 3)), ...conditions };
    const depositPercent = random.pick(DEPOSIT_PERCENTS);
    const asked = difficulty === 3 ? "amountDue" : "deposit";

    const totalCents = computeInvoice(order).totalInclTaxCents;
    const depositCents = percentOf(totalCents, depositPercent, "depositPercent");
    const depositLine = `Acompte ${formatPercent(depositPercent)} du total TTC\u00a0: ${formatEuros(totalCents)} × ${formatPercent(depositPercent)} = ${formatEuros(depositCents)}.`;
    const policy = `Les conditions de vente du fournisseur exigent un acompte de ${formatPercent(depositPercent)} du montant TTC à la commande.`;

    if (asked === "deposit") {
      const cascade = difficulty === 1 ? [] : workedCascade(order, "totalInclTaxCents").lines;
      const orderText = difficulty === 1 ? `${customer} passe commande à ${seller.name} pour ${formatEuros(totalCents)} TTC.` : `${customer} commande à ${seller.name}\u00a0: ${describeInvoice(order)}`;
      return {
        inputs: { order, depositPercent, asked },
        question: euroQuestion(depositCents, `${orderText} ${policy} Quel est le montant de l'acompte, en euros, au centime près\u00a0?`, [
          ...cascade,
          depositLine,
          DEPOSIT_RULE,
          `Réponse\u00a0: l'acompte est de ${formatEuros(depositCents)}.`,
        ]),
      };
    }
    const { computed, lines } = workedCascade({ ...order, depositCents }, "amountDueCents");
    return {
      inputs: { order, depositPercent, asked },
      question: euroQuestion(
        computed.amountDueCents,
        `${customer} commande à ${seller.name}\u00a0: ${describeInvoice(order)} ${policy} La commande est livrée en totalité et facturée. Quel est le net à payer de la facture finale, en euros, au centime près\u00a0?`,
        [...lines.slice(0, -1), depositLine, ...lines.slice(-1), `Réponse\u00a0: le net à payer est de ${formatEuros(computed.amountDueCents)}.`],
      ),
    };
  },
});
