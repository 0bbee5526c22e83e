/**
 * A worked example of the recovery ladder, shared by the letter tests (domain and PDF): invoice
 * FA-2026-00042 of 2 400,00 € TTC due 15/10/2026, late-penalty rate 12,15 %.
 */
import type { Customer, SellerIdentity } from "./documents";
import type { DunningLetterInput, DunningLetterStep, LetterInvoice, PaymentOrderSummaryInput, Signatory } from "./letters";

export const LETTER_SELLER: SellerIdentity = {
  name: "Lumière & Cie",
  legalForm: "SAS",
  shareCapitalCents: 5_000_000,
  siren: "842157638",
  siret: "84215763800017",
  rcsCity: "Lyon",
  vatNumber: "FR62842157638",
  address: { street: "12 rue de la République", postalCode: "69002", city: "Lyon" },
  email: "compta@lumiere-cie.fr",
  phone: "04 78 00 00 00",
  iban: "FR76 3000 4000 0100 0000 1234 567",
  size: "small",
};

export const LETTER_CUSTOMER: Customer = {
  id: "C0007",
  name: "Librairie du Parc",
  legalForm: "SARL",
  siren: "910382746",
  billingAddress: { street: "3 place du Parc", postalCode: "38000", city: "Grenoble" },
  contact: { name: "Mme Claire Martin" },
  paymentTerms: { kind: "daysFromInvoice", days: 30 },
  creditLimitCents: 1_000_000,
  conditions: { tradeDiscounts: [] },
  professional: true,
};

/** Who signs the letters of the worked example. */
export const LETTER_SIGNATORY: Signatory = { name: "Camille Roux", title: "Responsable du recouvrement" };

export const LETTER_INVOICE: LetterInvoice = { number: "FA-2026-00042", date: "2026-09-15", amountInclTaxCents: 240_000, dueDate: "2026-10-15" };

/** The day each step is sent in the worked example, and the steps before it. */
export const LADDER_DATES: Readonly<Record<DunningLetterStep | "paymentOrder", string>> = {
  reminder1: "2026-10-25",
  reminder2: "2026-11-11",
  registeredLetter: "2026-11-21",
  formalNotice: "2026-11-29",
  paymentOrder: "2026-12-08",
};

function stepsBefore(today: string): DunningLetterInput["previousSteps"] {
  return (["reminder1", "reminder2", "registeredLetter", "formalNotice"] as const)
    .filter((step) => LADDER_DATES[step] < today)
    .map((step) => ({ step, date: LADDER_DATES[step] }));
}

export function letterInput(step: DunningLetterStep, overrides: Partial<DunningLetterInput> = {}): DunningLetterInput {
  const today = overrides.today ?? LADDER_DATES[step];
  return {
    seller: LETTER_SELLER,
    customer: LETTER_CUSTOMER,
    invoice: LETTER_INVOICE,
    step,
    today,
    previousSteps: stepsBefore(today),
    payments: [],
    latePenaltyRatePercent: 12.15,
    signatory: LETTER_SIGNATORY,
    ...overrides,
  };
}

export function paymentOrderInput(overrides: Partial<PaymentOrderSummaryInput> = {}): PaymentOrderSummaryInput {
  const today = overrides.today ?? LADDER_DATES.paymentOrder;
  return {
    seller: LETTER_SELLER,
    customer: LETTER_CUSTOMER,
    invoice: LETTER_INVOICE,
    today,
    previousSteps: stepsBefore(today),
    payments: [],
    latePenaltyRatePercent: 12.15,
    signatory: LETTER_SIGNATORY,
    ...overrides,
  };
}
