import { TEST_STATED_RATES } from "../rates.fixtures";
import { invoiceControlSchema } from "../scenario";
import type { ControlOptions } from "./key";
import { toCheckExpectations } from "./printedInvoice";

/** The seller printed on the invoices given to control in the domain tests (scenario data, amounts as text). */
export const CONTROL_SELLER = {
  name: "Papeterie Vauban",
  legalForm: "SAS",
  shareCapital: "50000.00",
  siren: "842157638",
  rcsCity: "Lille",
  vatNumber: "FR62842157638",
  address: { street: "12 rue des Arts", postalCode: "59000", city: "Lille" },
};

export const plain = (text: string): string => text.replace(/[\u00a0\u202f]/gu, " ");

export const seller = CONTROL_SELLER;

/** Course list: buyer address missing, 5 % remise deducted but not printed, line 2 and VAT wrong. */
export const control = invoiceControlSchema.parse({
  list: "course",
  invoice: {
    number: "FA-2026-00057",
    issueDate: "2026-11-05",
    seller,
    buyer: { name: "Librairie Les Mots Passants" },
    lines: [
      { description: "Ramette papier A4 80 g", quantity: 40, unitPrice: "4.90", vatRate: 20, lineTotal: "196.00" },
      { quantity: 25, unitPrice: "3.20", vatRate: 20, lineTotal: "82.00" },
    ],
    shipping: "15.00",
    totals: { gross: "276.00", netCommercial: "262.20", shipping: "15.00", totalExclTax: "277.20", vat: [{ rate: 20, base: "277.20", amount: "55.44" }], totalInclTax: "332.64" },
    dueDate: "2026-12-05",
    recoveryIndemnity: "40.00",
  },
  expected: { tradeDiscounts: [5], purchaseOrderNumber: "BC-118" },
});

export const options: ControlOptions = { list: "course", today: "2026-11-06", statedRates: TEST_STATED_RATES, expected: toCheckExpectations(control.expected) ?? {} };
