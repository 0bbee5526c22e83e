import { type InvoiceInput, parseAmount, parsePercent, parsePercentList } from "@/domain";
import type { CalculatorDraft } from "@/store/calculatorSlice";

/** Field ids of the form; a message per field that cannot be read. */
export type CalculatorErrors = Partial<Record<string, string>>;

export type ReadResult = { ok: true; input: InvoiceInput } | { ok: false; errors: CalculatorErrors };

function readQuantity(text: string): { ok: true; value: number } | { ok: false; reason: string } {
  const normalized = text.trim().replace(",", ".");
  if (!/^\d+(\.\d{1,3})?$/.test(normalized)) {
    return { ok: false, reason: `«\u00a0${text.trim()}\u00a0» n'est pas une quantité\u00a0: écrivez un nombre positif, par exemple 12 ou 2,5.` };
  }
  return { ok: true, value: Number(normalized) };
}

/** Turns what the learner typed into the engine's input, or says in French what is wrong and where. */
export function readCalculatorDraft(draft: CalculatorDraft): ReadResult {
  const errors: CalculatorErrors = {};
  const lines = draft.lines.map((line, index) => {
    const quantity = readQuantity(line.quantity);
    if (!quantity.ok) errors[`line-${index}-quantity`] = quantity.reason;
    const price = parseAmount(line.unitPrice);
    if (!price.ok) errors[`line-${index}-unitPrice`] = price.reason;
    const rate = parsePercent(line.vatRate);
    if (!rate.ok) errors[`line-${index}-vatRate`] = rate.reason;
    return {
      description: line.description.trim() || `Ligne ${index + 1}`,
      quantity: quantity.ok ? quantity.value : 0,
      unitPriceCents: price.ok ? price.cents : 0,
      vatRate: rate.ok ? rate.percent : 0,
    };
  });
  const lists = { tradeDiscounts: draft.tradeDiscounts, allowances: draft.allowances, rebates: draft.rebates } as const;
  const reductions: Partial<Record<keyof typeof lists, number[]>> = {};
  for (const key of Object.keys(lists) as (keyof typeof lists)[]) {
    const parsed = parsePercentList(lists[key]);
    if (parsed.ok) reductions[key] = parsed.percents;
    else errors[key] = parsed.reason;
  }
  const optionalPercent = (text: string, field: string) => {
    if (text.trim() === "") return undefined;
    const parsed = parsePercent(text);
    if (!parsed.ok) errors[field] = parsed.reason;
    return parsed.ok ? parsed.percent : undefined;
  };
  const optionalAmount = (text: string, field: string) => {
    if (text.trim() === "") return undefined;
    const parsed = parseAmount(text);
    if (!parsed.ok) errors[field] = parsed.reason;
    return parsed.ok ? parsed.cents : undefined;
  };
  const cashDiscount = optionalPercent(draft.cashDiscount, "cashDiscount");
  const shippingCents = optionalAmount(draft.shipping, "shipping");
  const depositCents = optionalAmount(draft.deposit, "deposit");
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: { lines, ...reductions, cashDiscount, shippingCents, depositCents },
  };
}
