/**
 * Scenarios for the payment follow-up stage (stage 5): Papeterie Vauban follows up an invoice of
 * 2 400,00 € TTC (2 000,00 € HT at 20 %) issued on 15/09/2026 to Librairie Les Mots Passants,
 * due on 15/10/2026. The course's ladder climbed on time, every letter on a working day
 * (docs/decisions/0085, 0095): R1 26/10 (due + 10 is Sunday 25/10), R2 05/11, LRAR 16/11 (05/11 + 10
 * is Sunday 15/11), mise en demeure 24/11, injonction de payer 02/12. The exercise and the dispute
 * below keep the history they were written with, reminder 1 recorded on 25/10.
 */
import type { Scenario, ScenarioFile } from "@/domain";
import { ASSUMED_RATES_2026_S2, baseScenario, PAPETERIE_VAUBAN } from "./controlFixtures";

export const FOLLOWED_INVOICE = "FA-2026-00012";
export const DUE_DATE = "2026-10-15";
/** 2 400,00 € TTC. */
export const INVOICE_TTC_CENTS = 240_000;

type FollowUpFile = NonNullable<ScenarioFile["followUp"]>;

export interface FollowUpFixtureOptions {
  id: string;
  start: string;
  endsOn?: string;
  actionsTaken?: FollowUpFile["actionsTaken"];
  events?: ScenarioFile["events"];
  dunning?: NonNullable<ScenarioFile["company"]>["policies"]["dunning"];
  invoices?: string[];
  notes?: ScenarioFile["notes"];
  /** A second invoice of the same customer, 1 200,00 € TTC due 05/11/2026. */
  secondInvoice?: boolean;
}

export const SECOND_INVOICE = "FA-2026-00015";

export function followUpScenario(options: FollowUpFixtureOptions): Scenario {
  return baseScenario({
    id: options.id,
    stages: ["paymentFollowUp"],
    company: {
      identity: PAPETERIE_VAUBAN,
      policies: {
        newCustomerCreditLimit: "3000.00",
        defaultPaymentTerms: { kind: "daysFromInvoice", days: 30 },
        latePenaltyRate: 12.15,
        rates: [ASSUMED_RATES_2026_S2],
        ...(options.dunning !== undefined ? { dunning: options.dunning } : {}),
      },
    },
    ledger: {
      openInvoices: [
        {
          number: FOLLOWED_INVOICE,
          customerId: "C0042",
          issueDate: "2026-09-15",
          dueDate: DUE_DATE,
          lines: [{ description: "Cartouches d'encre pour traceur", quantity: 10, unitPrice: "200.00", vatRate: 20 }],
        },
        ...(options.secondInvoice === true
          ? [{ number: SECOND_INVOICE, customerId: "C0042", issueDate: "2026-10-06", dueDate: "2026-11-05", lines: [{ description: "Agendas 2027", quantity: 100, unitPrice: "10.00", vatRate: 20 as const }] }]
          : []),
      ],
    },
    clock: { start: options.start },
    events: options.events ?? [],
    followUp: {
      invoices: options.invoices ?? [FOLLOWED_INVOICE, ...(options.secondInvoice === true ? [SECOND_INVOICE] : [])],
      actionsTaken: options.actionsTaken ?? [],
      endsOn: options.endsOn ?? "2026-12-31",
    },
    ...(options.notes !== undefined ? { notes: options.notes } : {}),
  });
}

/** The issue's exercise: 27 days past due (11/11/2026), reminder 1 sent on 25/10, nothing else. */
export function twentySevenDaysScenario(): Scenario {
  return followUpScenario({
    id: "relance-27-jours",
    start: "2026-11-11",
    actionsTaken: [{ invoice: FOLLOWED_INVOICE, step: "reminder1", date: "2026-10-25" }],
    notes: {
      explanations: { "followUp.FA-2026-00012.2026-11-11": "Dix jours après la relance 1, la relance 2 s'imposait." },
      hints: { "followUp.FA-2026-00012.2026-11-11": ["Comptez les jours depuis la relance 1."] },
    },
  });
}

/** The whole ladder from before the due date; the customer pays 1 000,00 € on 02/11 and nothing more. */
export function fullLadderScenario(): Scenario {
  return followUpScenario({
    id: "echelle-complete",
    start: "2026-10-10",
    events: [{ type: "payment", date: "2026-11-02", invoice: FOLLOWED_INVOICE, amount: "1000.00", method: "transfer" }],
  });
}

/** The balance is paid in full on 08/11, after the second reminder: the ladder stops. */
export function fullPaymentScenario(): Scenario {
  return followUpScenario({
    id: "reglement-integral",
    start: "2026-10-20",
    events: [{ type: "payment", date: "2026-11-08", invoice: FOLLOWED_INVOICE, amount: "2400.00", method: "cheque" }],
  });
}

/**
 * A dispute from 28/10 to 05/11 (two boxes damaged), settled by a credit note of 200,00 € HT
 * (240,00 € TTC); R1 was sent on 25/10, so R2 falls due on 13/11 (decision 0014); the customer
 * pays the balance of 2 160,00 € on 20/11 (or `payment`, written otherwise).
 */
export function disputeScenario(payment: NonNullable<ScenarioFile["events"]>[number] = { type: "payment", date: "2026-11-20", invoice: FOLLOWED_INVOICE, amount: "2160.00", method: "transfer" }): Scenario {
  return followUpScenario({
    id: "litige-avoir",
    start: "2026-10-26",
    actionsTaken: [{ invoice: FOLLOWED_INVOICE, step: "reminder1", date: "2026-10-25" }],
    events: [
      { type: "goodsDamaged", date: "2026-10-27", invoice: FOLLOWED_INVOICE, description: "deux cartons de cartouches écrasés" },
      { type: "disputeOpened", date: "2026-10-28", invoice: FOLLOWED_INVOICE, reason: "Deux cartons livrés abîmés, le client refuse de payer la totalité." },
      { type: "disputeSettled", date: "2026-11-05", invoice: FOLLOWED_INVOICE, resolution: "Avoir de 200,00 € HT pour les deux cartons abîmés.", settlement: "creditNote", amount: "200.00" },
      payment,
    ],
  });
}

/** Two invoices followed at once, one of them named "@stage" (the invoicing stage's). */
export function twoInvoicesScenario(): Scenario {
  return followUpScenario({
    id: "deux-factures",
    start: "2026-11-11",
    endsOn: "2026-11-30",
    secondInvoice: true,
    invoices: [FOLLOWED_INVOICE, "@stage"],
    actionsTaken: [{ invoice: FOLLOWED_INVOICE, step: "reminder1", date: "2026-10-25" }],
    // The stage's invoice (due 05/11) owes reminder 1 on Monday 16/11 (05/11 + 10 is Sunday 15/11), the day before its payment.
    events: [{ type: "payment", date: "2026-11-17", invoice: "@stage", amount: "1200.00", method: "transfer" }],
  });
}
