import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../dates";
import { dunningStatus } from "./ladder";
import {
  creditNotesOf,
  dunningDocumentOf,
  followUpDunningInput,
  followUpPenalties,
  followUpStatus,
  invoiceDueDate,
  nextDueStepDate,
  paymentOrderCourtOf,
  settleDisputeByCreditNote,
  stepDueNow,
} from "./key";
import { describeWorldEvent, eventsDueBetween, nextEventDate, resolveInvoiceRef, scheduleEvents } from "./worldEvents";
import { getDocument, invoiceBalance, recordPayment } from "../ledger";
import { scenarioSchema, worldEventSchema } from "../scenario";
import type { ScenarioFile, WorldEvent } from "../scenarioTypes";
import { TEST_STATED_RATES } from "../rates.fixtures";
import { openingLedger, sellerOf } from "../scenarioLedger";

const plain = (text: string): string => text.replace(/[\u00a0\u202f]/gu, " ");

const events: WorldEvent[] = [
  { type: "payment", date: "2026-11-20", invoice: "FA-2026-00012", amount: 50000, method: "transfer" },
  { type: "disputeOpened", date: "2026-10-28", invoice: "@stage", reason: "Cartons abîmés." },
  { type: "goodsDamaged", date: "2026-10-28", invoice: "FA-2026-00012", description: "deux cartons écrasés" },
  { type: "payment", date: "2026-11-02", invoice: "FA-2026-00099", amount: 10000, method: "cheque" },
];

const CUSTOMER = {
  id: "C0042",
  name: "Librairie Les Mots Passants",
  billingAddress: { street: "4 place du Marché", postalCode: "62000", city: "Arras" },
  paymentTerms: { kind: "daysFromInvoice" as const, days: 30 },
  creditLimit: "8000.00",
};

function scenario(overrides: Partial<ScenarioFile> = {}) {
  return scenarioSchema.parse({
    schemaVersion: 1,
    id: "suivi",
    title: "Suivi",
    summary: "Suivi d'une facture",
    level: "bts",
    difficulty: 2,
    durationMinutes: 15,
    objectives: ["Relancer"],
    stages: ["paymentFollowUp"],
    company: {
      identity: {
        name: "Papeterie Vauban",
        legalForm: "SAS",
        shareCapital: "50000.00",
        siren: "842157638",
        rcsCity: "Lille",
        vatNumber: "FR62842157638",
        address: { street: "12 rue des Arts", postalCode: "59000", city: "Lille" },
        size: "small",
      },
      policies: { newCustomerCreditLimit: "3000.00", defaultPaymentTerms: { kind: "daysFromInvoice", days: 30 } },
    },
    customers: [CUSTOMER],
    ledger: {
      openInvoices: [{ number: "FA-2026-00012", customerId: "C0042", issueDate: "2026-09-15", lines: [{ description: "Cartouches", quantity: 10, unitPrice: "200.00", vatRate: 20 }] }],
    },
    clock: { start: "2026-10-26" },
    ...overrides,
  });
}

describe("invoice references", () => {
  it("reads a number as the ledger id and @stage as the invoicing stage's invoice", () => {
    expect(resolveInvoiceRef("FA-2026-00012", {})).toBe("FA-2026-00012");
    expect(resolveInvoiceRef("@stage", { invoiceId: "D0007" })).toBe("D0007");
    expect(() => resolveInvoiceRef("@stage", {})).toThrow(/aucune facture n'a été émise/u);
  });
});

describe("the schedule of world events", () => {
  const schedule = scheduleEvents(events, { invoiceId: "D0007" }, ["FA-2026-00012", "D0007"]);

  it("keeps the followed invoices' events, refs resolved, by date then in the scenario's order", () => {
    expect(schedule.map((e) => [e.date, e.type, e.invoice, e.ref, e.index])).toEqual([
      ["2026-10-28", "disputeOpened", "D0007", "@stage", 1],
      ["2026-10-28", "goodsDamaged", "FA-2026-00012", "FA-2026-00012", 2],
      ["2026-11-20", "payment", "FA-2026-00012", "FA-2026-00012", 0],
    ]);
  });

  it("finds the events a clock reaches moving from one date to another (the start excluded, the end included)", () => {
    expect(eventsDueBetween(schedule, "2026-10-27", "2026-10-28").map((e) => e.index)).toEqual([1, 2]);
    expect(eventsDueBetween(schedule, "2026-10-28", "2026-11-19")).toEqual([]);
    expect(eventsDueBetween(schedule, "2026-10-28", "2026-11-20").map((e) => e.index)).toEqual([0]);
  });

  it("gives the next event date after a day, or null", () => {
    expect(nextEventDate(schedule, "2026-10-26")).toBe("2026-10-28");
    expect(nextEventDate(schedule, "2026-10-28")).toBe("2026-11-20");
    expect(nextEventDate(schedule, "2026-11-20")).toBeNull();
  });
});

describe("the next due step", () => {
  const base = { invoice: { amountInclTaxCents: 240_000, dueDate: "2026-10-15" }, actionsTaken: [], payments: [] };

  it("is the earliest next.date after the day among the invoices, steps already due excluded", () => {
    const early = dunningStatus({ ...base, today: "2026-10-20" }); // R1 due 26/10 (due + 10 is Sunday 25/10)
    const other = dunningStatus({ ...base, invoice: { amountInclTaxCents: 10_000, dueDate: "2026-10-01" }, today: "2026-10-20" }); // R1 due 11/10, already due
    expect(nextDueStepDate([early, other], "2026-10-20")).toBe("2026-10-26");
    expect(nextDueStepDate([other], "2026-10-20")).toBeNull();
    expect(stepDueNow(other)).toBe("reminder1");
    expect(stepDueNow(early)).toBeNull();
  });

  it("has none while a dispute is open or once the invoice is paid", () => {
    const disputed = dunningStatus({ ...base, today: "2026-10-29", dispute: { openedOn: "2026-10-28" } });
    const paid = dunningStatus({ ...base, today: "2026-10-29", payments: [{ date: "2026-10-20", amountCents: 240_000 }] });
    expect(nextDueStepDate([disputed, paid], "2026-10-29")).toBeNull();
    expect(stepDueNow(disputed)).toBeNull();
  });
});

describe("the dunning input of a followed invoice", () => {
  const s = scenario();
  const ledger = openingLedger(s);

  it("reads amount and due date from the PGI, payments recorded and received, steps and dispute from the facts", () => {
    const paid = recordPayment(ledger, { invoiceId: "FA-2026-00012", date: "2026-11-02", amountCents: 100_000, method: "transfer" });
    expect(paid.ok).toBe(true);
    if (!paid.ok) return;
    const input = followUpDunningInput(paid.ledger, "FA-2026-00012", "2026-11-04", {
      actionsTaken: [{ step: "reminder1", date: "2026-10-25" }],
      paymentsNotRecorded: [{ date: "2026-11-03", amountCents: 40_000 }],
      policy: { reminder2AfterReminder1Days: 9 },
    });
    expect(input).toEqual({
      invoice: { amountInclTaxCents: 240_000, dueDate: "2026-10-15" },
      today: "2026-11-04",
      actionsTaken: [{ step: "reminder1", date: "2026-10-25" }],
      payments: [
        { date: "2026-11-02", amountCents: 100_000 },
        { date: "2026-11-03", amountCents: 40_000 },
      ],
      creditNotes: [],
      policy: { reminder2AfterReminder1Days: 9 },
    });
    const status = followUpStatus(paid.ledger, "FA-2026-00012", "2026-11-04", { actionsTaken: [{ step: "reminder1", date: "2026-10-25" }], paymentsNotRecorded: [{ date: "2026-11-03", amountCents: 40_000 }] });
    expect(status.balanceCents).toBe(100_000);
    expect(status.dueNow).toBe("reminder2");
  });

  it("computes the due date from the buyer's terms when the PGI did not fix it", () => {
    const invoice = { ...getDocument(ledger, "FA-2026-00012") };
    delete invoice.dueDate;
    expect(invoiceDueDate(invoice)).toBe("2026-10-15");
  });
});

describe("penalties of a followed invoice, by kind of debtor (docs/decisions/0082)", () => {
  const ledger = openingLedger(scenario());
  const steps = [{ step: "reminder1" as const, date: "2026-10-25" }, { step: "formalNotice" as const, date: "2026-11-22" }];
  const on = (today: string, professional: boolean) =>
    followUpPenalties(followUpDunningInput(ledger, "FA-2026-00012", today, { actionsTaken: steps }), { professional, latePenaltyRatePercent: 12.15, statedRates: TEST_STATED_RATES });

  it("a professional owes the printed rate from the due date, and 40 €: 2 400,00 € × 12,15 % × 68 / 365 = 54,33 €", () => {
    expect(on("2026-12-22", true)).toMatchObject({ basis: "latePenalty", penaltyCents: 5_433, indemnityCents: 4_000 });
  });

  it("a consumer owes nothing before the formal notice, then legal interest: 2 400,00 € × 2,62 % × 30 / 365 = 5,17 €, never 40 €", () => {
    expect(on("2026-11-21", false)).toMatchObject({ basis: "legalInterest", penaltyCents: 0, indemnityCents: 0, totalCents: 0 });
    expect(on("2026-12-22", false)).toMatchObject({ basis: "legalInterest", ratePercent: 2.62, penaltyCents: 517, indemnityCents: 0, totalCents: 517 });
  });
});

describe("settling a dispute by credit note", () => {
  const ledger = openingLedger(scenario());

  it("issues a validated avoir of the amount HT at the invoice's rate, which reduces what is owed", () => {
    const settled = settleDisputeByCreditNote(ledger, "FA-2026-00012", { settlement: "creditNote", date: "2026-11-05", amountCents: 20_000, reason: "Deux cartons abîmés" });
    expect(settled.ok).toBe(true);
    if (!settled.ok) return;
    expect(settled.number).toBe("AV-2026-00001");
    expect(settled.document).toMatchObject({ kind: "creditNote", status: "validated", date: "2026-11-05", lines: [{ description: "Avoir — Deux cartons abîmés", quantity: 1, unitPriceCents: 20_000, vatRate: 20 }] });
    expect(creditNotesOf(settled.ledger, "FA-2026-00012")).toEqual([{ date: "2026-11-05", amountCents: 24_000 }]);
    expect(invoiceBalance(settled.ledger, "FA-2026-00012")).toBe(216_000);
  });

  it("names an allowance as such, and refuses more than the invoice", () => {
    const allowance = settleDisputeByCreditNote(ledger, "FA-2026-00012", { settlement: "allowance", date: "2026-11-05", amountCents: 5_000, reason: "retard de livraison" });
    expect(allowance.ok && allowance.document.lines[0]?.description).toBe("Rabais accordé — retard de livraison");
    const tooMuch = settleDisputeByCreditNote(ledger, "FA-2026-00012", { settlement: "creditNote", date: "2026-11-05", amountCents: 300_000, reason: "erreur" });
    expect(tooMuch.ok).toBe(false);
  });
});

describe("the journal", () => {
  it("tells each event in French", () => {
    expect(plain(describeWorldEvent(events[0] as WorldEvent, "FA-2026-00012"))).toBe("20/11/2026 — Relevé bancaire : virement de 500,00 € reçu pour la facture FA-2026-00012.");
    expect(describeWorldEvent(events[1] as WorldEvent, "FA-2026-00043")).toBe("28/10/2026 — Le client conteste la facture FA-2026-00043\u00a0: Cartons abîmés.");
    expect(describeWorldEvent(events[2] as WorldEvent, "FA-2026-00012")).toContain("protestation auprès du transporteur sous 3 jours");
    const settled = worldEventSchema.parse({ type: "disputeSettled", date: "2026-11-05", invoice: "FA-2026-00012", resolution: "Avoir de 200 € HT.", settlement: "creditNote", amount: "200.00" });
    expect(settled).toMatchObject({ settlement: "creditNote", amount: 20_000 });
    expect(describeWorldEvent(settled, "FA-2026-00012")).toBe("05/11/2026 — Litige sur la facture FA-2026-00012 réglé\u00a0: Avoir de 200 € HT.");
  });
});

describe("the letter of a dunning step, from the invoice of the PGI", () => {
  const s = scenario();
  const seller = sellerOf(s);
  const paidThenLater = (() => {
    const first = recordPayment(openingLedger(s), { invoiceId: "FA-2026-00012", date: "2026-11-02", amountCents: 100_000, method: "transfer" });
    if (!first.ok) throw new Error(first.error.message);
    const later = recordPayment(first.ledger, { invoiceId: "FA-2026-00012", date: "2026-11-20", amountCents: 50_000, method: "transfer" });
    if (!later.ok) throw new Error(later.error.message);
    return later.ledger;
  })();
  const request = (step: "preReminder" | "reminder1" | "reminder2" | "paymentOrder", date: string) => ({
    seller,
    taken: { step, date },
    history: [
      { step: "reminder1" as const, date: "2026-10-25" },
      { step: "reminder2" as const, date: "2026-11-11" },
    ],
    latePenaltyRatePercent: 12.15,
    signatory: { name: "Camille Roux", title: "Responsable du recouvrement" },
  });

  it("writes reminder 2 on its day with the payment received before it, not the one after, and cites reminder 1", () => {
    const doc = dunningDocumentOf(paidThenLater, "FA-2026-00012", request("reminder2", "2026-11-11"));
    expect(doc?.kind).toBe("letter");
    if (doc?.kind !== "letter") return;
    const { letter } = doc;
    expect(letter.step).toBe("reminder2");
    expect(letter.recipient.name).toBe("Librairie Les Mots Passants");
    expect(letter.invoiceReferences.map((r) => plain(r.value))).toEqual(["FA-2026-00012", "15/09/2026", "2 400,00 €", "15/10/2026"]);
    // 1 000,00 € paid 18 days late: 5,99 €; 1 400,00 € still due 27 days late: 12,58 €.
    expect(letter.figures).toMatchObject({ paidCents: 100_000, creditedCents: 0, balanceCents: 140_000, penaltyCents: 1_857, indemnityCents: 4_000, totalCents: 145_857 });
    expect(letter.amounts.map((r) => [r.label, plain(r.value)])).toContainEqual(["Règlements reçus", "− 1 000,00 €"]);
    expect(plain(letter.paragraphs.join(" "))).toContain("notre relance du 25 octobre 2026");
    expect(plain(letter.paragraphs.join(" "))).not.toContain("deuxième relance du 11");
  });

  it("deducts a credit note from the start: no penalty runs on what was never owed", () => {
    const credited = settleDisputeByCreditNote(paidThenLater, "FA-2026-00012", { settlement: "creditNote", date: "2026-11-05", amountCents: 20_000, reason: "Deux cartons abîmés" });
    if (!credited.ok) throw new Error(credited.error.message);
    const doc = dunningDocumentOf(credited.ledger, "FA-2026-00012", request("reminder2", "2026-11-11"));
    if (doc?.kind !== "letter") throw new Error("lettre attendue");
    // 2 400,00 − 240,00 = 2 160,00; 1 000,00 paid 18 days late: 5,99 €; 1 160,00 € 27 days late: 10,43 €.
    expect(doc.letter.figures).toMatchObject({ creditedCents: 24_000, paidCents: 100_000, balanceCents: 116_000, penaltyCents: 1_642, totalCents: 121_642 });
    expect(doc.letter.amounts.map((r) => [r.label, plain(r.value)])).toContainEqual(["Avoirs déduits", "− 240,00 €"]);
  });

  it("gives the injonction de payer summary for the last rung, listing the letters sent before it", () => {
    const doc = dunningDocumentOf(paidThenLater, "FA-2026-00012", request("paymentOrder", "2026-12-20"));
    if (doc?.kind !== "paymentOrder") throw new Error("récapitulatif attendu");
    // The customer's file gives no legal form: not presumed a trader (docs/decisions/0083).
    expect([doc.summary.court, doc.summary.form]).toEqual(["Tribunal judiciaire dont dépend le siège du débiteur", "Cerfa n° 12948"]);
    expect(doc.summary.signature).toEqual(["Camille Roux", "Responsable du recouvrement"]);
    expect(doc.summary.figures.principalCents).toBe(90_000);
    expect(doc.summary.claim.slice(0, 2).map((r) => [r.label, plain(r.value)])).toEqual([
      ["Règlements reçus", "− 1 500,00 €"],
      ["Principal (solde de la facture)", "900,00 €"],
    ]);
    expect(doc.summary.documents).toEqual(["Facture n° FA-2026-00012 du 15/09/2026", "Lettre de relance 1 du 25/10/2026", "Lettre de relance 2 du 11/11/2026"]);
  });

  it("names the court the scenario gives for a trader, in the summary and in the stage's feedback alike", () => {
    const named = scenario({ customers: [{ ...CUSTOMER, legalForm: "SARL", competentCourt: "Tribunal de commerce d'Arras" }] });
    const doc = dunningDocumentOf(openingLedger(named), "FA-2026-00012", request("paymentOrder", "2026-12-20"));
    if (doc?.kind !== "paymentOrder") throw new Error("récapitulatif attendu");
    expect([doc.summary.court, doc.summary.form]).toEqual(["Tribunal de commerce d'Arras", "Cerfa n° 12946"]);
    expect(paymentOrderCourtOf(openingLedger(named), "FA-2026-00012")).toMatchObject({ name: doc.summary.court, form: doc.summary.form });
  });

  it("has no letter for a courtesy pre-reminder, and refuses an invoice without a number", () => {
    expect(dunningDocumentOf(paidThenLater, "FA-2026-00012", request("preReminder", "2026-10-10"))).toBeNull();
    const draft = { ...paidThenLater, documents: paidThenLater.documents.map((d) => (d.id === "FA-2026-00012" ? { ...d, number: undefined } : d)) };
    expect(() => dunningDocumentOf(draft, "FA-2026-00012", request("reminder1", "2026-10-25"))).toThrow(/seule une facture validée se relance/u);
  });
});

describe("the letter of a step — invariants (fast-check)", () => {
  const s = scenario();
  const seller = sellerOf(s);
  const payment = fc.record({ day: fc.integer({ min: 0, max: 120 }), cents: fc.integer({ min: 1, max: 80_000 }) });

  it("accounts for every cent: paid + credited + balance = TTC; total = balance + penalties + indemnity; only what came before the letter", () => {
    fc.assert(
      fc.property(
        fc.array(payment, { maxLength: 3 }),
        fc.option(payment, { nil: undefined }),
        fc.integer({ min: 1, max: 150 }),
        fc.constantFrom("reminder1" as const, "reminder2" as const, "registeredLetter" as const, "formalNotice" as const),
        (payments, credit, letterDay, step) => {
          let ledger = openingLedger(s);
          if (credit !== undefined) {
            const settled = settleDisputeByCreditNote(ledger, "FA-2026-00012", { settlement: "creditNote", date: addDays("2026-10-15", credit.day), amountCents: Math.min(credit.cents, 50_000), reason: "Casse" });
            if (settled.ok) ledger = settled.ledger;
          }
          for (const p of [...payments].sort((a, b) => a.day - b.day)) {
            const recorded = recordPayment(ledger, { invoiceId: "FA-2026-00012", date: addDays("2026-10-15", p.day), amountCents: p.cents, method: "transfer" });
            if (recorded.ok) ledger = recorded.ledger;
          }
          const date = addDays("2026-10-15", letterDay);
          const doc = dunningDocumentOf(ledger, "FA-2026-00012", { seller, taken: { step, date }, history: [], latePenaltyRatePercent: 12.15 });
          if (doc?.kind !== "letter") return false;
          const { figures } = doc.letter;
          const paidBefore = ledger.payments.filter((p) => p.date <= date).reduce((sum, p) => sum + p.amountCents, 0);
          const creditedBefore = creditNotesOf(ledger, "FA-2026-00012").filter((c) => c.date <= date).reduce((sum, c) => sum + c.amountCents, 0);
          expect(figures.creditedCents).toBe(creditedBefore);
          expect(figures.paidCents).toBe(Math.min(paidBefore, 240_000 - creditedBefore));
          expect(figures.paidCents + figures.creditedCents + figures.balanceCents).toBe(240_000);
          expect(figures.totalCents).toBe(figures.balanceCents + figures.penaltyCents + figures.indemnityCents);
          expect(figures.deadline > date).toBe(true);
          return true;
        },
      ),
      { numRuns: 150 },
    );
  });
});
