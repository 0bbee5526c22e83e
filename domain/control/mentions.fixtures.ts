/**
 * The invoice the rule tests of stage 4 control, and their helpers: a fictional seller in Lyon, a
 * bookshop customer, every mention of the legal list printed right.
 */
import type { CompanySize, InvoiceDocument } from "../documents";
import { TEST_STATED_RATES } from "../rates.fixtures";
import { checkInvoice } from "./check";
import type { Finding } from "./findings";
import type { InvoiceCheckOptions } from "./vocabulary";

// ---------------------------------------------------------------------------------------------
// Fixtures: a fictional seller in Lyon, a bookshop customer. Both SIRENs are Luhn-valid (checked
// below), the VAT key was computed by hand: (12 + 3 × (842157638 mod 97)) mod 97 = 62.
// ---------------------------------------------------------------------------------------------

export const SELLER_SIREN = "842157638";
export const SELLER_VAT = "FR62842157638";
export const BUYER_SIREN = "910382746";

/** 4 × 45,00 + 1 × 35,00 at 20 %, 2 × 12,00 at 5,5 %; remises 10 % then 5 %; port 20,00; acompte 50,00. */
/** `size` "unknown" prints no size (an undefined argument would take the default). */
export function invoice(issueDate = "2026-11-20", size: CompanySize | "unknown" = "midSize"): InvoiceDocument {
  return {
    kind: "invoice",
    number: "FA-2026-00042",
    issueDate,
    seller: {
      name: "Lumière & Cie",
      legalForm: "SAS",
      shareCapitalCents: 5_000_000,
      siren: SELLER_SIREN,
      rcsCity: "Lyon",
      vatNumber: SELLER_VAT,
      address: { street: "12 rue de la République", postalCode: "69002", city: "Lyon" },
      ...(size !== "unknown" ? { size } : {}),
      vatOnDebits: true,
    },
    buyer: {
      name: "Librairie du Parc SARL",
      address: { street: "3 place du Parc", postalCode: "38000", city: "Grenoble" },
      siren: BUYER_SIREN,
    },
    deliveryAddress: { street: "ZI des Glairons, entrepôt 4", postalCode: "38400", city: "Saint-Martin-d'Hères" },
    purchaseOrderNumber: "CMD-7781",
    saleDate: "2026-11-18",
    lines: [
      { reference: "LMP-01", description: "Lampe de bureau LED", quantity: 4, unitPriceCents: 4500, vatRate: 20, lineTotalCents: 18000 },
      { reference: "SRV-MES", description: "Mise en service (forfait)", quantity: 1, unitPriceCents: 3500, vatRate: 20, lineTotalCents: 3500 },
      { reference: "LIV-ECL", description: "Guide de l'éclairage (livre)", quantity: 2, unitPriceCents: 1200, vatRate: 5.5, lineTotalCents: 2400 },
    ],
    reductions: { tradeDiscounts: [10, 5] },
    shippingCents: 2000,
    depositCents: 5000,
    // Worked by hand, per rate (docs/decisions/0003): 20 %: 215,00 − 21,50 = 193,50 − 9,68 = 183,82;
    // 5,5 %: 24,00 − 2,40 = 21,60 − 1,08 = 20,52. Port 20,00 pro rata: 17,99 and 2,01.
    // Bases 201,81 and 22,53; TVA 40,36 (40,362) and 1,24 (1,23915).
    totals: {
      grossCents: 23900,
      netCommercialCents: 20434,
      shippingCents: 2000,
      totalExclTaxCents: 22434,
      vat: [
        { rate: 20, baseCents: 20181, amountCents: 4036 },
        { rate: 5.5, baseCents: 2253, amountCents: 124 },
      ],
      totalVatCents: 4160,
      totalInclTaxCents: 26594,
      depositCents: 5000,
      amountDueCents: 21594,
    },
    dueDate: "2026-12-20",
    paymentTermsText: "30 jours date de facture",
    cashDiscountCondition: "Escompte de 2 % pour paiement sous 10 jours",
    latePenaltyRate: 12.15,
    recoveryIndemnityCents: 4000,
    operationNature: "mixed",
    vatOnDebitsMention: true,
  };
}

/** What the order and the delivery note tell the controller. */
export const CONTEXT: NonNullable<InvoiceCheckOptions["expected"]> = {
  purchaseOrderNumber: "CMD-7781",
  saleDate: "2026-11-18",
  deliveryAddressDiffers: true,
  reductions: { tradeDiscounts: [10, 5] },
};

export const TODAY = "2026-11-28";

export function legal(doc: InvoiceDocument, expected = CONTEXT) {
  return checkInvoice(doc, { list: "legal", today: TODAY, expected, statedRates: TEST_STATED_RATES });
}

/** The invoice numbered `number`, checked knowing the numbers issued before it. */
export function withPrevious(number: string, previousNumbers: string[]) {
  return legal(edit(invoice(), (d) => (d.number = number)), { ...CONTEXT, previousNumbers });
}

export function course(doc: InvoiceDocument, expected = CONTEXT) {
  return checkInvoice(doc, { list: "course", today: TODAY, expected, statedRates: TEST_STATED_RATES });
}

/** A return of one lamp: 45,00 HT + 9,00 TVA. */
export function creditNote(): InvoiceDocument {
  const base = edit(invoice("2026-11-25"), (d) => {
    delete d.shippingCents;
    delete d.depositCents;
  });
  return {
    ...base,
    kind: "creditNote",
    number: "AV-2026-00007",
    originalInvoice: { number: "FA-2026-00042", date: "2026-11-20" },
    lines: [{ description: "Lampe de bureau LED (retour, défectueuse)", quantity: 1, unitPriceCents: 4500, vatRate: 20, lineTotalCents: 4500 }],
    reductions: {},
    totals: { grossCents: 4500, totalExclTaxCents: 4500, vat: [{ rate: 20, baseCents: 4500, amountCents: 900 }], totalVatCents: 900, totalInclTaxCents: 5400 },
  };
}

export function edit(doc: InvoiceDocument, change: (d: InvoiceDocument) => void): InvoiceDocument {
  const copy = structuredClone(doc);
  change(copy);
  return copy;
}

export function summary(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.code} @ ${f.field}`);
}

export const NBSP = "\u00a0";
export const NNBSP = "\u202f";

/** Example 1 of domain.md: 1 000,00 €, remises 10 %, 5 %, 2 % → 837,90; TVA 167,58; TTC 1 005,48. */
export function example1(): InvoiceDocument {
  return edit(invoice(), (d) => {
    d.lines = [{ description: "Lot de luminaires", quantity: 10, unitPriceCents: 10000, vatRate: 20, lineTotalCents: 100000 }];
    d.reductions = { tradeDiscounts: [10, 5, 2] };
    delete d.shippingCents;
    delete d.depositCents;
    d.totals = {
      grossCents: 100000,
      netCommercialCents: 83790,
      totalExclTaxCents: 83790,
      vat: [{ rate: 20, baseCents: 83790, amountCents: 16758 }],
      totalVatCents: 16758,
      totalInclTaxCents: 100548,
    };
  });
}
