/**
 * Scenarios for the invoice-control stage (stage 4), built through the scenario schema as a
 * teacher would write them: a fictional stationery wholesaler of Lille and its customers.
 */
import { openingLedger, type Scenario, type ScenarioFile } from "@/domain";
import { scenarioSchema } from "@/domain/scenario";
import type { StageInput } from "../contract";
import { playScenario, type PlayResult } from "../player";

/** The fictional seller of every stage-4 and stage-5 fixture (valid SIREN and VAT key). */
export const PAPETERIE_VAUBAN = {
  name: "Papeterie Vauban",
  legalForm: "SAS",
  shareCapital: "50000.00",
  siren: "842157638",
  rcsCity: "Lille",
  vatNumber: "FR62842157638",
  address: { street: "12 rue des Arts", postalCode: "59000", city: "Lille" },
  email: "compta@papeterie-vauban.fr",
  size: "small",
} as const satisfies NonNullable<ScenarioFile["company"]>["identity"];

export const LES_MOTS_PASSANTS = {
  id: "C0042",
  name: "Librairie Les Mots Passants",
  legalForm: "SARL",
  siren: "732829320",
  vatNumber: "FR44732829320",
  billingAddress: { street: "4 place du Marché", postalCode: "62000", city: "Arras" },
  paymentTerms: { kind: "daysFromInvoice", days: 30 },
  creditLimit: "8000.00",
  conditions: { tradeDiscounts: [5] },
} as const;

type ScenarioOverrides = Partial<ScenarioFile>;

/**
 * The fixtures are dated in autumn 2026, a half-year the engine's table does not know: they state
 * its rates, as a teacher would (docs/decisions/0081), carrying over those of the first half-year.
 */
export const ASSUMED_RATES_2026_S2 = {
  halfYear: "2026-S2",
  ecbRefinancingRate: 2.15,
  legalInterestRate: 2.62,
  individualsLegalInterestRate: 6.67,
  source: "Hypothèse de l'exercice : taux du 1er semestre 2026 reconduits",
} as const;

/** A complete scenario around the company; each fixture adds its stage data. */
export function baseScenario(overrides: ScenarioOverrides): Scenario {
  return scenarioSchema.parse({
    schemaVersion: 1,
    id: "fixture",
    title: "Cas d'entraînement",
    summary: "Un cas construit pour les tests.",
    level: "bacpro",
    difficulty: 2,
    durationMinutes: 20,
    objectives: ["Contrôler et suivre les factures"],
    stages: ["invoiceControl"],
    company: {
      identity: PAPETERIE_VAUBAN,
      policies: { newCustomerCreditLimit: "3000.00", defaultPaymentTerms: { kind: "daysFromInvoice", days: 30 }, rates: [ASSUMED_RATES_2026_S2] },
    },
    customers: [LES_MOTS_PASSANTS],
    clock: { start: "2026-11-06" },
    ...overrides,
  });
}

export function stageInputOf(scenario: Scenario, carried: StageInput["carried"] = {}): StageInput {
  return { scenario, ledger: openingLedger(scenario), today: scenario.clock.start, carried };
}

/** The seller as printed: the company's size is a fact of the scenario, not a printed mention. */
const { size: _size, ...SELLER_PRINTED } = PAPETERIE_VAUBAN;

const BUYER_PRINTED = {
  name: "Librairie Les Mots Passants",
  address: { street: "4 place du Marché", postalCode: "62000", city: "Arras" },
  siren: "732829320",
};

/**
 * Course list. Five anomalies: the buyer's address is missing, the 5 % remise agreed is deducted
 * but not printed, line 2 reads 82,00 € for 25 × 3,20 € = 80,00 €, the VAT reads 52,24 € for
 * 20 % × 262,20 € = 52,44 €, and the TTC follows the wrong VAT (314,44 € for 314,64 €).
 */
export function courseControlScenario(): Scenario {
  return baseScenario({
    id: "controle-liste-du-cours",
    invoiceControl: {
      list: "course",
      invoice: {
        number: "FA-2026-00057",
        issueDate: "2026-11-05",
        seller: SELLER_PRINTED,
        buyer: { name: BUYER_PRINTED.name },
        lines: [
          { reference: "PAP-A4-80", description: "Ramette papier A4 80 g", quantity: 40, unitPrice: "4.90", vatRate: 20, lineTotal: "196.00" },
          { reference: "CLA-LEV", description: "Classeur à levier dos 8 cm", quantity: 25, unitPrice: "3.20", vatRate: 20, lineTotal: "82.00" },
        ],
        totals: {
          gross: "276.00",
          netCommercial: "262.20",
          totalExclTax: "262.20",
          vat: [{ rate: 20, base: "262.20", amount: "52.24" }],
          totalInclTax: "314.44",
        },
        dueDate: "2026-12-05",
        paymentTermsText: "30 jours date de facture",
      },
      expected: { tradeDiscounts: [5] },
    },
    notes: { explanations: { "control.reductions": "La remise de 5 % figure dans les conditions du client." }, hints: { "control.buyerDetails": ["Regardez sous le nom du client."] } },
  });
}

/** The course-list control played through the player: these marks, then the submission (a wrong one not corrected: docs/decisions/0130). */
export function playCourseControl(marks: readonly string[]): PlayResult {
  const events = marks.map((field) => ({ type: "learner.findingMarked" as const, field }));
  const played = playScenario(courseControlScenario(), [...events, { type: "learner.controlSubmitted" }, { type: "learner.secondTryDeclined" }]);
  // Declining is refused when the submission was right: not a rejection of the marks.
  return { ...played, rejected: played.rejected.filter((rejected) => rejected.event.type !== "learner.secondTryDeclined") };
}

/**
 * Full legal list. Seven anomalies: seller SIREN missing, VAT number with a wrong key (12 for
 * 62), line 1 without description, the buyer's purchase-order number misprinted, a due date 76
 * days after the invoice, no late-penalty rate, an indemnity of 30 € instead of 40 €.
 */
export function legalControlScenario(): Scenario {
  const { siren: _siren, ...sellerWithoutSiren } = SELLER_PRINTED;
  return baseScenario({
    id: "controle-liste-legale",
    invoiceControl: {
      list: "legal",
      invoice: {
        number: "FA-2026-00058",
        issueDate: "2026-11-05",
        seller: { ...sellerWithoutSiren, vatNumber: "FR12842157638" },
        buyer: BUYER_PRINTED,
        purchaseOrderNumber: "BC-2026-181",
        lines: [
          { quantity: 10, unitPrice: "12.00", vatRate: 20, lineTotal: "120.00" },
          { description: "Agenda scolaire 2027", quantity: 30, unitPrice: "6.50", vatRate: 5.5, lineTotal: "195.00" },
        ],
        totals: {
          gross: "315.00",
          totalExclTax: "315.00",
          vat: [
            { rate: 20, base: "120.00", amount: "24.00" },
            { rate: 5.5, base: "195.00", amount: "10.73" },
          ],
          totalVat: "34.73",
          totalInclTax: "349.73",
        },
        dueDate: "2027-01-20",
        paymentTermsText: "Paiement à réception de la facture",
        cashDiscountCondition: "Pas d'escompte pour paiement anticipé",
        recoveryIndemnity: "30.00",
      },
      expected: { purchaseOrderNumber: "BC-2026-118" },
    },
  });
}

/** An invoice the PGI would print: every course mention present, every figure right. */
export function conformingControlScenario(): Scenario {
  return baseScenario({
    id: "controle-facture-conforme",
    invoiceControl: {
      list: "course",
      invoice: {
        number: "FA-2026-00059",
        issueDate: "2026-11-05",
        seller: SELLER_PRINTED,
        buyer: BUYER_PRINTED,
        lines: [{ description: "Ramette papier A4 80 g", quantity: 40, unitPrice: "4.90", vatRate: 20, lineTotal: "196.00" }],
        reductions: { tradeDiscounts: [5] },
        totals: { gross: "196.00", netCommercial: "186.20", totalExclTax: "186.20", vat: [{ rate: 20, base: "186.20", amount: "37.24" }], totalInclTax: "223.44" },
        dueDate: "2026-12-05",
      },
      expected: { tradeDiscounts: [5] },
    },
  });
}
