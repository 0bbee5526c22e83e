import { describe, expect, it } from "vitest";
import { createActor } from "xstate";
import { answeredAtOnce } from "./testing/secondTry";
import {
  createFromParent,
  CREDIT_NOTE_IMMUTABLE_MESSAGE,
  documentTotals,
  getDocument,
  glossaryEntry,
  INVOICE_IMMUTABLE_MESSAGE,
  invoiceBalance,
  paymentsOf,
  POINTS_PER_DECISION,
  validateDocument,
  type SendingChannel,
} from "@/domain";
import type { StageInput, StageOutput } from "./contract";
import { invoicingMachine, INVOICING_DECISION_POINTS, type InvoicingEvent } from "./invoicing";
import { solveInvoicing, wrongAnswers } from "./answerKey/invoicing";
import { CUSTOMER_EMAIL, invoicingInput, ORDER_RECEIVED_ON, processingInput, processingScenario, RESTOCK_DATE, type ProcessingScenarioOptions } from "./testing/processingFixtures";

const plain = (text: string | undefined): string => (text ?? "").replace(/\s/g, " ");

function run(input: StageInput, events: readonly InvoicingEvent[]) {
  const actor = createActor(answeredAtOnce(invoicingMachine), { input }).start();
  for (const event of events) actor.send(event);
  return actor;
}

function finish(input: StageInput, events: readonly InvoicingEvent[]): StageOutput {
  const snapshot = run(input, events).getSnapshot();
  expect(snapshot.status).toBe("done");
  return snapshot.output as StageOutput;
}

/** The solver's events up to (not including) the first of a type. */
function until(events: readonly InvoicingEvent[], type: InvoicingEvent["type"]): InvoicingEvent[] {
  const index = events.findIndex((e) => e.type === type);
  return index < 0 ? [...events] : events.slice(0, index);
}

const priceError: ProcessingScenarioOptions["incident"] = {
  kind: "priceError",
  reference: "STY-BL",
  correctUnitPrice: "11.00",
  reportedOn: "2026-11-16",
  message: "Les stylos nous avaient été annoncés à 11,00 € HT la boîte.",
};
const returnedGoods: ProcessingScenarioOptions["incident"] = { kind: "returnedGoods", reference: "CAH-A4", quantity: 20, message: "Nous vous retournons 20 cahiers en trop." };
const damagedGoods: ProcessingScenarioOptions["incident"] = {
  kind: "damagedGoods",
  reference: "CAH-A4",
  quantity: 20,
  allowancePercent: 10,
  reportedOn: "2026-11-14",
  message: "20 cahiers arrivés abîmés\u00a0: nous les gardons contre un rabais de 10 %.",
};

const FIXTURES: Record<string, () => StageInput> = {
  "partial delivery invoiced": () => invoicingInput(processingScenario()),
  "deposit then final invoice": () => invoicingInput(processingScenario(), { depositRequiredCents: 30000 }),
  "two delivery notes and a deposit": () => invoicingInput(processingScenario({ restock: true }), { depositRequiredCents: 30000 }),
  "price error corrected by a credit note": () => invoicingInput(processingScenario({ incident: priceError })),
  "returned goods": () => invoicingInput(processingScenario({ incident: returnedGoods })),
  "damaged goods, rabais": () => invoicingInput(processingScenario({ incident: damagedGoods })),
  "customer without email": () => invoicingInput(processingScenario({ contactEmail: false })),
};

describe("invoicing: the solver", () => {
  for (const [name, build] of Object.entries(FIXTURES)) {
    it(`${name}: ends with full marks`, () => {
      const input = build();
      const output = finish(input, solveInvoicing(input));
      expect(output.stage).toBe("invoicing");
      expect(output.score.points).toBe(output.score.maxPoints);
      expect(output.score.maxPoints).toBe(output.trace.length * POINTS_PER_DECISION);
      expect(output.trace.every((t) => t.verdict === "correct")).toBe(true);
      for (const id of output.trace.flatMap((t) => t.glossary ?? [])) expect(glossaryEntry(id), id).toBeDefined();
    });
  }

  it("lists its decision points with stable ids", () => {
    expect(INVOICING_DECISION_POINTS.map((p) => p.id)).toEqual([
      "invoicing.deposit",
      "invoicing.draft",
      "invoicing.cascade",
      "invoicing.validation",
      "invoicing.immutability",
      "invoicing.creditNote",
      "invoicing.sending",
    ]);
  });
});

describe("the invoice of a partial delivery", () => {
  const input = invoicingInput(processingScenario());
  const output = finish(input, solveInvoicing(input));
  const invoice = getDocument(output.ledger, output.carried.invoiceId ?? "");

  it("continues the opening series: last FA-2026-00041 → FA-2026-00042", () => {
    expect(invoice).toMatchObject({ kind: "invoice", status: "validated", number: "FA-2026-00042", date: ORDER_RECEIVED_ON, dueDate: "2026-12-12" });
    expect(output.ledger.series.find((s) => s.kind === "invoice")).toMatchObject({ prefix: "FA", year: 2026, lastSequence: 42 });
    const validation = output.trace.find((t) => t.decisionPoint === "invoicing.validation");
    expect(plain(validation?.explanation)).toContain("Dernière facture de la série : FA-2026-00041 du 30/10/2026 ; la facture prend le numéro suivant, FA-2026-00042");
    expect(validation?.explanation).toContain("Échéance\u00a0: 12/12/2026 (30 jours date de facture)");
  });

  it("invoices what was delivered, not the back-order", () => {
    expect(invoice.lines.map((l) => [l.reference, l.quantity, l.unitPriceCents])).toEqual([
      ["CAH-A4", 200, 250],
      ["STY-BL", 30, 1200],
      ["CLS-LV", 60, 480],
    ]);
    // 1 148,00 − 10 % = 1 033,20 − 5 % = 981,54 ; TVA 196,31 ; TTC 1 177,85.
    expect(documentTotals(output.ledger, invoice.id)).toMatchObject({ grossCents: 114800, netCommercialCents: 98154, totalVatCents: 19631, totalInclTaxCents: 117785, amountDueCents: 117785 });
    const draft = output.trace.find((t) => t.decisionPoint === "invoicing.draft");
    expect(draft?.explanation).toContain("BL-2026-00001 du 12/11/2026 (200 × CAH-A4, 30 × STY-BL, 60 × CLS-LV)");
    expect(draft?.explanation).toContain("Le reliquat non livré (40 × CLS-LV) n'est pas facturé");
  });

  it("hands the invoice, the documents and the outbox to the next stages", () => {
    expect(output.carried).toMatchObject({ invoiceId: invoice.id, orderStatus: "partiallyDelivered" });
    expect(output.carried.documentIds).toEqual([...(input.carried.documentIds ?? []), invoice.id]);
    expect(output.carried.outbox).toEqual([
      {
        documentId: invoice.id,
        number: "FA-2026-00042",
        channel: "email",
        to: CUSTOMER_EMAIL,
        subject: "Facture FA-2026-00042 du 12/11/2026 — votre commande BC-2026-118",
        attachmentName: "FA-2026-00042.pdf",
        date: ORDER_RECEIVED_ON,
        duplicateKept: true,
      },
    ]);
    // A small seller in November 2026: the course's email, and the date the reform will reach it.
    expect(output.trace.at(-1)).toMatchObject({
      verdict: "correct",
      expected: "Envoi par courriel (PDF)",
      explanation:
        "Le cours\u00a0: la facture part en PDF par courriel\u00a0; la réforme s'appliquera à ce vendeur (PME) le 1er septembre 2027\u00a0: il devra alors déposer ses factures sur sa plateforme agréée. " +
        "Facture FA-2026-00042 envoyée par courriel à compta@librairie-martin.fr, en pièce jointe PDF (FA-2026-00042.pdf), objet «\u00a0Facture FA-2026-00042 du 12/11/2026 — votre commande BC-2026-118\u00a0»\u00a0: c'est la facturation dématérialisée du cours. " +
        "Le double est conservé dans le PGI (archivage 10 ans).",
    });
  });

  it("invoicing the order instead of the delivery note loses the point; the PGI invoices the delivery note", () => {
    const events = solveInvoicing(input).map((e) => (e.type === "learner.invoiceDrafted" ? { ...e, deliveryNoteIds: [input.carried.orderId ?? ""] } : e));
    const result = finish(input, events);
    const draft = result.trace.find((t) => t.decisionPoint === "invoicing.draft");
    expect(draft).toMatchObject({ verdict: "wrong", points: 0, answer: "CM-2026-00001 (commande)", expected: "BL-2026-00001 du 12/11/2026" });
    expect(draft?.explanation).toContain("Une commande ne se facture pas\u00a0: on facture la marchandise livrée");
    expect(documentTotals(result.ledger, result.carried.invoiceId ?? "").totalInclTaxCents).toBe(117785);
  });

  it("a wrong figure in the cascade loses the point and prints the expected cascade with the figures", () => {
    const events = solveInvoicing(input).map((e) => (e.type === "learner.cascadeComputed" ? { ...e, netCommercialCents: 97580, totalExclTaxCents: 97580 } : e));
    const entry = finish(input, events).trace.find((t) => t.decisionPoint === "invoicing.cascade");
    expect(entry).toMatchObject({ verdict: "wrong", points: 0 });
    const text = plain(entry?.explanation);
    expect(text).toContain("net commercial HT : 975,80 € au lieu de 981,54 €");
    expect(text).toContain("Montant brut HT 1 148,00 € ; Remise 10 % -114,80 € ; Net après remise 10 % 1 033,20 € ; Remise 5 % -51,66 € ; Net commercial HT 981,54 €");
    expect(text).toContain("Total TTC 1 177,85 € ; Net à payer 1 177,85 €");
  });
});

describe("a validated invoice cannot be edited nor deleted", () => {
  const input = invoicingInput(processingScenario());
  const events = solveInvoicing(input);
  const validated = until(events, "learner.invoiceSent");

  const attempts: InvoicingEvent[] = [
    { type: "learner.invoiceEditAttempted", patch: { shippingCents: 1500 } },
    { type: "learner.draftEdited", patch: { lines: [] } },
    { type: "learner.invoiceDeleteAttempted" },
  ];
  for (const attempt of attempts) {
    it(`${attempt.type}: recorded as refused with the course's message, the PGI unchanged`, () => {
      const actor = run(input, validated);
      const before = actor.getSnapshot();
      expect(before.value).toBe("sending");
      // The attempt is possible (the course teaches the refusal), and changes nothing.
      expect(before.can(attempt)).toBe(true);
      actor.send(attempt);
      const after = actor.getSnapshot();
      expect(after.value).toBe("sending");
      expect(after.context.ledger).toEqual(before.context.ledger);
      const entry = after.context.lastFeedback;
      expect(entry).toMatchObject({ decisionPoint: "invoicing.immutability", verdict: "refused", correct: false, points: 0, maxPoints: 2 });
      expect(entry?.explanation).toContain(INVOICE_IMMUTABLE_MESSAGE);
      expect(entry?.explanation).toContain("la facture FA-2026-00042 du 12/11/2026 est inchangée");
      for (const event of events.slice(validated.length)) actor.send(event);
      expect(actor.getSnapshot().output?.score).toMatchObject({ points: 8, maxPoints: 10 });
    });
  }

  it("gives the teacher's note on the refusal: the only moment that note can be read", () => {
    const scenario = processingScenario();
    const noted = invoicingInput({ ...scenario, notes: { explanations: { "invoicing.immutability": "Une facture validée se corrige par un avoir." }, hints: {} } });
    const actor = run(noted, until(solveInvoicing(noted), "learner.invoiceSent"));
    actor.send({ type: "learner.invoiceEditAttempted", patch: { shippingCents: 1500 } });
    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ decisionPoint: "invoicing.immutability", teacherExplanation: "Une facture validée se corrige par un avoir." });
  });

  it("while still a draft, the invoice can be edited; validating an edited draft is wrong and the PGI validates the right one", () => {
    const beforeValidation = until(events, "learner.invoiceValidated");
    const actor = run(input, beforeValidation);
    const edit: InvoicingEvent = { type: "learner.draftEdited", patch: { shippingCents: 1500 } };
    expect(actor.getSnapshot().can(edit)).toBe(true);
    expect(actor.getSnapshot().can({ type: "learner.invoiceDeleteAttempted" })).toBe(false);
    actor.send(edit);
    const invoiceId = actor.getSnapshot().context.invoiceId ?? "";
    expect(getDocument(actor.getSnapshot().context.ledger, invoiceId).shippingCents).toBe(1500);
    for (const event of events.slice(beforeValidation.length)) actor.send(event);
    const output = actor.getSnapshot().output as StageOutput;
    const validation = output.trace.find((t) => t.decisionPoint === "invoicing.validation");
    expect(validation).toMatchObject({ verdict: "wrong", points: 0 });
    expect(plain(validation?.explanation)).toContain("Le brouillon avait été modifié (port HT : 15,00 € au lieu de 0,00 €)");
    expect(getDocument(output.ledger, invoiceId)).toMatchObject({ number: "FA-2026-00042", shippingCents: 0 });
  });

  it("the deposit invoice and the credit note are frozen too", () => {
    const depositInput = invoicingInput(processingScenario({ incident: returnedGoods }), { depositRequiredCents: 30000 });
    const all = solveInvoicing(depositInput);
    const actor = run(depositInput, all.slice(0, -1));
    const { depositInvoiceId, creditNoteId } = actor.getSnapshot().context;
    const before = actor.getSnapshot().context.ledger;
    actor.send({ type: "learner.invoiceEditAttempted", documentId: depositInvoiceId ?? "", patch: { depositCents: 0 } });
    expect(actor.getSnapshot().context.lastFeedback?.explanation).toContain(INVOICE_IMMUTABLE_MESSAGE);
    actor.send({ type: "learner.invoiceDeleteAttempted", documentId: creditNoteId ?? "" });
    expect(actor.getSnapshot().context.lastFeedback?.explanation).toContain(CREDIT_NOTE_IMMUTABLE_MESSAGE);
    expect(actor.getSnapshot().context.ledger).toEqual(before);
    // An unknown document: nothing to refuse.
    expect(actor.getSnapshot().can({ type: "learner.invoiceDeleteAttempted", documentId: "ZZZ" })).toBe(false);
  });
});

describe("the deposit is invoiced first and deducted on the final invoice", () => {
  const input = invoicingInput(processingScenario(), { depositRequiredCents: 30000 });
  const events = solveInvoicing(input);
  const output = finish(input, events);

  it("a deposit invoice AC-2026-00001 of 250,00 € HT + 50,00 € TVA, paid", () => {
    expect(events[0]).toEqual({ type: "learner.depositInvoiceIssued", amountInclTaxCents: 30000 });
    const depositId = output.carried.documentIds?.at(-2) ?? "";
    expect(getDocument(output.ledger, depositId)).toMatchObject({ kind: "depositInvoice", status: "validated", number: "AC-2026-00001" });
    expect(documentTotals(output.ledger, depositId)).toMatchObject({ totalExclTaxCents: 25000, totalVatCents: 5000, totalInclTaxCents: 30000 });
    expect(paymentsOf(output.ledger, depositId).map((p) => p.amountCents)).toEqual([30000]);
    expect(invoiceBalance(output.ledger, depositId)).toBe(0);
    expect(plain(output.trace[0]?.explanation)).toContain("Facture d'acompte AC-2026-00001 du 12/11/2026 : 250,00 € HT + TVA 20 % 50,00 € = 300,00 € TTC");
  });

  it("the final invoice deducts 300,00 € TTC: net à payer 1 177,85 − 300,00 = 877,85 €", () => {
    const invoiceId = output.carried.invoiceId ?? "";
    expect(getDocument(output.ledger, invoiceId)).toMatchObject({ number: "FA-2026-00042", depositCents: 30000 });
    expect(documentTotals(output.ledger, invoiceId)).toMatchObject({ totalInclTaxCents: 117785, depositCents: 30000, amountDueCents: 87785 });
    const cascade = output.trace.find((t) => t.decisionPoint === "invoicing.cascade");
    expect(plain(cascade?.explanation)).toContain("Total TTC 1 177,85 € ; Acompte versé -300,00 € ; Net à payer 877,85 €");
    expect(output.carried.documentIds).toEqual([...(input.carried.documentIds ?? []), output.carried.documentIds?.at(-2), invoiceId]);
  });

  it("drafting the final invoice before the deposit invoice is out of order", () => {
    const actor = run(input, []);
    actor.send(events[1]!);
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe("depositing");
    expect(snapshot.context.lastFeedback).toMatchObject({ decisionPoint: "invoicing.draft", verdict: "outOfOrder", points: 0 });
    expect(snapshot.context.lastFeedback?.explanation).toContain("La facture d'acompte s'établit avant la facture finale, qui la cite et en déduit le HT et la TVA");
  });

  it("with two delivery notes, one invoice: 1 374,84 − 300,00 = 1 074,84 €", () => {
    const both = invoicingInput(processingScenario({ restock: true }), { depositRequiredCents: 30000 });
    const result = finish(both, solveInvoicing(both));
    const invoice = getDocument(result.ledger, result.carried.invoiceId ?? "");
    expect(invoice.deliveryNoteIds).toHaveLength(2);
    expect(invoice.date).toBe(RESTOCK_DATE);
    expect(documentTotals(result.ledger, invoice.id)).toMatchObject({ netCommercialCents: 114570, totalInclTaxCents: 137484, amountDueCents: 107484 });
  });
});

describe("a rabais on damaged goods is judged by its amount, computed on the net (docs/decisions/0080)", () => {
  it("refuses the per-unit rabais 20 × 0,25 € (5,00 €) and explains the 4,28 € on the net after the remises", () => {
    const input = invoicingInput(processingScenario({ incident: damagedGoods }));
    const events = solveInvoicing(input);
    const actor = run(input, until(events, "learner.creditNoteIssued"));
    actor.send({ type: "learner.creditNoteIssued", lines: [{ reference: "CAH-A4", quantity: 20, unitPriceCents: 25 }], reason: "Rabais de 10 % sur 20 cahiers" });
    const feedback = actor.getSnapshot().context.lastFeedback;
    expect(feedback).toMatchObject({ decisionPoint: "invoicing.creditNote", correct: false });
    expect(feedback?.explanation).toContain("Écarts\u00a0: CAH-A4\u00a0: rabais de 5,00\u00a0€ HT saisi, 4,28\u00a0€ HT attendu");
    expect(feedback?.explanation).toContain("elle crédite un rabais de 4,28\u00a0€ HT, calculé en une fois sur le net des articles endommagés après les remises de la facture (10\u00a0% puis 5\u00a0%)\u00a0: 4,28\u00a0€ HT, TVA 20\u00a0% 0,86\u00a0€, 5,14\u00a0€ TTC.");
  });

  it("accepts the same rabais typed as 4 × 1,07 €", () => {
    const input = invoicingInput(processingScenario({ incident: damagedGoods }));
    const actor = run(input, until(solveInvoicing(input), "learner.creditNoteIssued"));
    actor.send({ type: "learner.creditNoteIssued", lines: [{ reference: "CAH-A4", quantity: 4, unitPriceCents: 107 }], reason: "Rabais de 10 % sur 20 cahiers" });
    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ decisionPoint: "invoicing.creditNote", correct: true });
  });
});

describe("a credit note corrects the validated invoice and cites its number and date", () => {
  const cases = [
    // 30 × 1,00 = 30,00 − 10 % = 27,00 − 5 % = 25,65 ; TVA 5,13 ; TTC 30,78.
    { name: "price error", incident: priceError, lines: [["STY-BL", 30, 100]], totals: { totalExclTaxCents: 2565, totalVatCents: 513, totalInclTaxCents: 3078 }, date: "2026-11-16" },
    // 20 × 2,50 = 50,00 − 10 % = 45,00 − 5 % = 42,75 ; TVA 8,55 ; TTC 51,30.
    { name: "returned goods", incident: returnedGoods, lines: [["CAH-A4", 20, 250]], totals: { totalExclTaxCents: 4275, totalVatCents: 855, totalInclTaxCents: 5130 }, date: ORDER_RECEIVED_ON },
    // Rabais on the net (docs/decisions/0080): 20 × 2,50 = 50,00 − 10 % = 45,00 − 5 % = 42,75 ;
    // 10 % = 4,275 → 4,28, credited as one amount without further reduction ; TVA 0,856 → 0,86 ; TTC 5,14.
    { name: "damaged goods", incident: damagedGoods, lines: [["CAH-A4", 1, 428]], totals: { totalExclTaxCents: 428, totalVatCents: 86, totalInclTaxCents: 514 }, date: "2026-11-14" },
  ] as const;

  for (const c of cases) {
    it(`${c.name}: AV-2026-00001 on FA-2026-00042 du 12/11/2026, the invoice untouched`, () => {
      const input = invoicingInput(processingScenario({ incident: c.incident }));
      const events = solveInvoicing(input);
      const actor = run(input, until(events, "learner.creditNoteIssued"));
      const waiting = actor.getSnapshot();
      expect(waiting.value).toBe("correcting");
      expect(waiting.context.notice).toContain(c.incident?.message);
      const invoiceBefore = getDocument(waiting.context.ledger, waiting.context.invoiceId ?? "");
      for (const event of events.slice(until(events, "learner.creditNoteIssued").length)) actor.send(event);
      const output = actor.getSnapshot().output as StageOutput;
      const noteId = output.carried.documentIds?.at(-1) ?? "";
      const note = getDocument(output.ledger, noteId);
      expect(note).toMatchObject({ kind: "creditNote", status: "validated", number: "AV-2026-00001", date: c.date, creditedInvoice: { number: "FA-2026-00042", date: ORDER_RECEIVED_ON } });
      expect(note.lines.map((l) => [l.reference, l.quantity, l.unitPriceCents])).toEqual(c.lines);
      expect(documentTotals(output.ledger, noteId)).toMatchObject(c.totals);
      expect(getDocument(output.ledger, invoiceBefore.id)).toEqual(invoiceBefore);
      expect(invoiceBalance(output.ledger, invoiceBefore.id)).toBe(117785 - c.totals.totalInclTaxCents);
      expect(output.carried.invoiceId).toBe(invoiceBefore.id);
      const entry = output.trace.find((t) => t.decisionPoint === "invoicing.creditNote");
      expect(entry?.explanation).toContain("elle se rapporte à la facture FA-2026-00042 du 12/11/2026");
      expect(output.carried.outbox?.map((o) => o.subject)).toEqual([
        "Facture FA-2026-00042 du 12/11/2026 — votre commande BC-2026-118",
        `Facture d'avoir AV-2026-00001 du ${c.date.split("-").reverse().join("/")} — facture FA-2026-00042 du 12/11/2026`,
      ]);
      expect(output.today).toBe(c.date);
    });
  }

  it("cancelling the whole invoice instead loses the point; the PGI credits only the difference", () => {
    const input = invoicingInput(processingScenario({ incident: priceError }));
    const events = solveInvoicing(input).map((e) => (e.type === "learner.creditNoteIssued" ? { type: "learner.creditNoteIssued" as const, full: true, reason: "Annulation" } : e));
    const output = finish(input, events);
    const entry = output.trace.find((t) => t.decisionPoint === "invoicing.creditNote");
    expect(entry).toMatchObject({ verdict: "wrong", points: 0, answer: "Avoir total (annulation de la facture)" });
    expect(entry?.explanation).toContain("avoir total\u00a0: toute la facture serait annulée");
    expect(documentTotals(output.ledger, output.carried.documentIds?.at(-1) ?? "").totalInclTaxCents).toBe(3078);
  });

  it("a credit note without an incident is out of order", () => {
    const input = invoicingInput(processingScenario());
    const actor = run(input, until(solveInvoicing(input), "learner.invoiceSent"));
    actor.send({ type: "learner.creditNoteIssued", full: true, reason: "Erreur" });
    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ verdict: "outOfOrder" });
    expect(actor.getSnapshot().context.lastFeedback?.explanation).toContain("Aucune correction n'est demandée");
  });
});

/** The key's events with every sending on another route. */
const sent = (channel: SendingChannel) => (e: InvoicingEvent): InvoicingEvent => (e.type === "learner.invoiceSent" ? { ...e, channel } : e);

describe("sending", () => {
  it("by post when the account has no email, and by email is then wrong", () => {
    const input = invoicingInput(processingScenario({ contactEmail: false }));
    const events = solveInvoicing(input);
    expect(events.at(-1)).toEqual({ type: "learner.invoiceSent", channel: "post" });
    const output = finish(input, events.map(sent("email")));
    expect(output.carried.outbox?.[0]).toMatchObject({ channel: "post", to: "Librairie Martin, 4 place Bellecour, 69002 Lyon" });
    expect(output.carried.outbox?.[0]?.lifecycle).toBeUndefined();
    expect(output.trace.at(-1)).toMatchObject({ verdict: "wrong", answer: "Envoi par courriel (PDF)", expected: "Envoi par courrier postal" });
    expect(output.trace.at(-1)?.explanation).toMatch(/^Le compte client n'a pas d'adresse électronique\u00a0: aucun courriel ne peut partir, la facture part par courrier\. Le cours\u00a0: /u);
  });

  it("before the reform, depositing on a platform is wrong and says when the obligation will come", () => {
    const input = invoicingInput(processingScenario({ sellerSize: "small" }));
    const output = finish(input, solveInvoicing(input).map(sent("platform")));
    expect(output.trace.at(-1)).toMatchObject({ verdict: "wrong", answer: "Envoi par plateforme agréée (Factur-X)", expected: "Envoi par courriel (PDF)" });
    expect(output.trace.at(-1)?.explanation).toMatch(
      /^Le dépôt sur la plateforme agréée est l'obligation de la réforme, qui n'atteint ce vendeur que le 1er septembre 2027\u00a0: la facture est datée d'avant\. Le cours\u00a0: /u,
    );
    expect(output.carried.outbox?.[0]?.channel).toBe("email");
  });

  it("a consumer of a large seller after the reform still receives a PDF by email", () => {
    const scenario = processingScenario({ sellerSize: "large" });
    const input = invoicingInput({ ...scenario, customers: scenario.customers.map((c) => ({ ...c, professional: false })) });
    const events = solveInvoicing(input);
    expect(events.at(-1)).toEqual({ type: "learner.invoiceSent", channel: "email" });
    const output = finish(input, events.map(sent("platform")));
    expect(output.trace.at(-1)?.explanation).toMatch(
      /^La plateforme agréée sert aux factures entre entreprises établies en France\u00a0: un particulier n'y reçoit pas ses factures\. Le client est un particulier\u00a0: /u,
    );
  });
});

describe("sending after the reform: a large seller deposits on its approved platform", () => {
  const input = invoicingInput(processingScenario({ sellerSize: "large" }));
  const rule =
    "Depuis le 1er septembre 2026, une grande entreprise ou une entreprise de taille intermédiaire (ETI) émet ses factures à ses clients professionnels français par sa plateforme agréée\u00a0: la facture est déposée au format structuré Factur-X (un PDF/A-3 qui porte ses données en XML\u00a0; UBL ou CII sont aussi admis), et la plateforme la transmet à celle du client\u00a0; un PDF par courriel ou une facture papier n'est plus une facture valable.";
  const facts =
    "Facture FA-2026-00042 déposée le 12/11/2026 sur la plateforme agréée du vendeur, au format Factur-X (FA-2026-00042.pdf), pour Librairie Martin (SIREN 523 456 788)\u00a0: statut «\u00a0Déposée\u00a0», puis «\u00a0Mise à disposition\u00a0» du client par sa propre plateforme. Le double est conservé dans le PGI (archivage 10 ans).";

  it("the key deposits it; deposited, made available and approved on 12/11/2026", () => {
    const events = solveInvoicing(input);
    expect(events.at(-1)).toEqual({ type: "learner.invoiceSent", channel: "platform" });
    const output = finish(input, events);
    expect(output.score.points).toBe(output.score.maxPoints);
    expect(output.trace.at(-1)).toMatchObject({ verdict: "correct", explanation: `${rule} ${facts}` });
    expect(output.carried.outbox).toEqual([
      {
        documentId: output.carried.invoiceId,
        number: "FA-2026-00042",
        channel: "platform",
        to: "Librairie Martin (SIREN 523 456 788)",
        subject: "Facture FA-2026-00042 du 12/11/2026 — votre commande BC-2026-118",
        attachmentName: "FA-2026-00042.pdf",
        date: ORDER_RECEIVED_ON,
        duplicateKept: true,
        lifecycle: [
          { status: "deposited", date: ORDER_RECEIVED_ON },
          { status: "madeAvailable", date: ORDER_RECEIVED_ON },
          { status: "approved", date: ORDER_RECEIVED_ON },
        ],
      },
    ]);
  });

  it("a PDF by email is the world before the reform: wrong, named, and the PGI deposits it", () => {
    const output = finish(input, solveInvoicing(input).map(sent("email")));
    expect(output.trace.at(-1)).toMatchObject({
      verdict: "wrong",
      points: 0,
      answer: "Envoi par courriel (PDF)",
      expected: "Envoi par plateforme agréée (Factur-X)",
      explanation: `Un PDF envoyé par courriel, c'est la facture dématérialisée d'avant la réforme\u00a0: pour ce vendeur et ce client, ce n'est plus une facture valable. ${rule} ${facts}`,
    });
    expect(output.carried.outbox?.[0]?.channel).toBe("platform");
  });

  it("a paper invoice is wrong too, and named as such", () => {
    const output = finish(input, solveInvoicing(input).map(sent("post")));
    expect(output.trace.at(-1)?.explanation).toBe(
      `Une facture papier par la poste, c'est l'envoi d'avant la réforme\u00a0: pour ce vendeur et ce client, ce n'est plus une facture valable. ${rule} ${facts}`,
    );
  });

  it("with an incident the invoice goes « En litige » on the day of the complaint, and the credit note is deposited too", () => {
    const withIncident = invoicingInput(processingScenario({ sellerSize: "large", incident: damagedGoods }));
    const events = solveInvoicing(withIncident);
    expect(events.filter((e) => e.type === "learner.invoiceSent")).toEqual([
      { type: "learner.invoiceSent", channel: "platform" },
      { type: "learner.invoiceSent", channel: "platform" },
    ]);
    const output = finish(withIncident, events);
    expect(output.carried.outbox?.map((entry) => [entry.number, entry.lifecycle])).toEqual([
      [
        "FA-2026-00042",
        [
          { status: "deposited", date: "2026-11-12" },
          { status: "madeAvailable", date: "2026-11-12" },
          { status: "disputed", date: "2026-11-14" },
        ],
      ],
      [
        "AV-2026-00001",
        [
          { status: "deposited", date: "2026-11-14" },
          { status: "madeAvailable", date: "2026-11-14" },
        ],
      ],
    ]);
  });

  it("names the approved platform, Factur-X and the lifecycle in the glossary of the decision", () => {
    const output = finish(input, solveInvoicing(input));
    const glossary = output.trace.at(-1)?.glossary ?? [];
    expect(glossary).toEqual(["invoice", "approvedPlatform", "facturX", "invoiceLifecycle"]);
    for (const id of glossary) expect(glossaryEntry(id), id).toBeDefined();
  });
});

describe("nothing delivered, nothing to invoice", () => {
  it("ends at once, without a decision", () => {
    const input = processingInput(processingScenario());
    const orderId = input.carried.orderId ?? "";
    const acknowledgement = createFromParent(input.ledger, orderId, "orderAcknowledgement", ORDER_RECEIVED_ON);
    if (!acknowledgement.ok) throw new Error(acknowledgement.error.message);
    const validated = validateDocument(acknowledgement.ledger, acknowledgement.document.id, ORDER_RECEIVED_ON);
    if (!validated.ok) throw new Error(validated.error.message);
    const snapshot = run({ ...input, ledger: validated.ledger }, []).getSnapshot();
    expect(snapshot.status).toBe("done");
    expect(snapshot.output?.trace).toEqual([]);
    expect(snapshot.output?.carried.invoiceId).toBeUndefined();
    expect(solveInvoicing({ ...input, ledger: validated.ledger })).toEqual([]);
  });
});

describe("hints", () => {
  it("the teacher's first, then the engine's with the figures; each costs a point", () => {
    const input = invoicingInput(processingScenario({ notes: { explanations: {}, hints: { "invoicing.validation": ["Regardez la dernière facture émise."] } } }));
    const events = solveInvoicing(input);
    const beforeValidation = until(events, "learner.invoiceValidated");
    const actor = run(input, [...beforeValidation, { type: "learner.hintRequested" }, { type: "learner.hintRequested" }, { type: "learner.hintRequested" }, { type: "learner.hintRequested" }]);
    const shown = actor.getSnapshot().context.hintsShown;
    expect(shown).toHaveLength(3);
    expect(shown[0]).toBe("Regardez la dernière facture émise.");
    expect(shown[2]).toBe("Dernière facture de la série\u00a0: FA-2026-00041 du 30/10/2026.");
    for (const event of events.slice(beforeValidation.length)) actor.send(event);
    expect(actor.getSnapshot().output?.trace.find((t) => t.decisionPoint === "invoicing.validation")).toMatchObject({ verdict: "correct", hintsUsed: 3, points: 0 });
  });
});

describe("every wrong variant loses its point and says why", () => {
  for (const [name, build] of Object.entries(FIXTURES)) {
    it(name, () => {
      const input = build();
      const events = solveInvoicing(input);
      const full = finish(input, events).score.points;
      let variants = 0;
      events.forEach((event, index) => {
        const wrong = wrongAnswers(input, event);
        expect(wrong.length).toBeGreaterThan(0);
        for (const variant of wrong) {
          variants += 1;
          const output = finish(input, [...events.slice(0, index), variant, ...events.slice(index + 1)]);
          expect(output.score.points).toBeLessThan(full);
          const entry = output.trace.find((t) => t.verdict === "wrong");
          expect(entry?.explanation.length).toBeGreaterThan(40);
          expect(entry?.answer).not.toBe(entry?.expected);
        }
      });
      expect(variants).toBeGreaterThanOrEqual(6);
    });
  }
});
