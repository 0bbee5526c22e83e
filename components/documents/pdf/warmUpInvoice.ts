import type { InvoiceDocument, SellerIdentity } from "@/domain";

/** A fictional stationery wholesaler of Lyon: the seller of the sample invoice, and of the PDF tests' documents (testDocuments.ts). */
export const SAMPLE_SELLER: SellerIdentity = {
  name: "Papeterie Lumière",
  legalForm: "SAS",
  shareCapitalCents: 5_000_000,
  siren: "842157638",
  rcsCity: "Lyon",
  vatNumber: "FR62842157638",
  address: { street: "12 rue de la République", postalCode: "69002", city: "Lyon" },
  email: "compta@papeterie-lumiere.fr",
  size: "midSize",
  vatOnDebits: true,
};

/**
 * A fictional invoice, never shown nor downloaded: the document `warmUp` (browser.tsx) lays out
 * while the browser is idle. It goes through every part of the invoice template (identity, copy
 * mark, addresses, a table whose last rows stay with the totals, a trade discount, shipping, two
 * VAT rates, the payment block with an IBAN, the page number), so that the learner's first PDF
 * finds react-pdf's code compiled and the fonts' layout tables read, not only a one-line PDF's.
 * The totals are left to the cascade (`totals: {}`), as for any document that does not print them.
 */
export const WARM_UP_INVOICE: InvoiceDocument = {
  kind: "invoice",
  number: "FA-2026-00001",
  issueDate: "2026-11-12",
  saleDate: "2026-11-10",
  purchaseOrderNumber: "CMD-2026-0042",
  seller: { ...SAMPLE_SELLER, iban: "FR76 3000 4000 0100 0000 1234 567" },
  buyer: {
    name: "Librairie des Canuts",
    address: { street: "4 place Bellecour", postalCode: "69002", city: "Lyon" },
    siren: "532418906",
    vatNumber: "FR35532418906",
  },
  deliveryAddress: { street: "Entrepôt — 8 quai Perrache", complement: "Quai n° 3", postalCode: "69002", city: "Lyon" },
  lines: [
    { reference: "CAH-A4", description: "Cahier A4 96 pages, grands carreaux", quantity: 200, unitPriceCents: 250, vatRate: 20, lineTotalCents: 50_000 },
    { reference: "STY-BL", description: "Stylo bille bleu «\u00a0Écolier\u00a0», boîte de 50", quantity: 30, unitPriceCents: 1_200, vatRate: 20, lineTotalCents: 36_000 },
    { reference: "CLS-LV", description: "Classeur à levier, dos de 75\u00a0mm", quantity: 60, unitPriceCents: 480, vatRate: 20, lineTotalCents: 28_800 },
    { reference: "LIV-MATH", description: "Manuel de mathématiques 2de", quantity: 12, unitPriceCents: 2_400, vatRate: 5.5, lineTotalCents: 28_800 },
  ],
  reductions: { tradeDiscounts: [10] },
  shippingCents: 1_500,
  totals: {},
  dueDate: "2026-12-12",
  paymentTermsText: "30 jours date de facture",
  cashDiscountCondition: "Pas d'escompte pour paiement anticipé",
  latePenaltyRate: 12.15,
  recoveryIndemnityCents: 4_000,
  operationNature: "goods",
  vatOnDebitsMention: true,
};
