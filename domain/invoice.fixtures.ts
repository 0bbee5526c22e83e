/**
 * The two-rate invoice of issue 9 (docs/decisions/0079), shared by the tests of the cascade, of
 * the invoicing judge and of the invoice control: 11 × 89,21 € at 20 % and 24 × 89,75 € at 5,5 %,
 * remise 10 % (printed net 2 821,78 €), ristourne 2 % (56,44 € on the total, 56,43 € rate by
 * rate), port 30,00 €. Figures verified by hand in domain/invoice.test.ts.
 */
import type { InvoiceInput } from "./invoice";

export const TWO_RATE_INVOICE: InvoiceInput = {
  lines: [
    { description: "Lampe", quantity: 11, unitPriceCents: 8_921, vatRate: 20 },
    { description: "Livre", quantity: 24, unitPriceCents: 8_975, vatRate: 5.5 },
  ],
  tradeDiscounts: [10],
  rebates: [2],
  shippingCents: 3_000,
};
