import { describe, expect, it } from "vitest";
import { computeInvoice } from "../invoice";
import { TWO_RATE_INVOICE } from "../invoice.fixtures";
import { createCreditNote, createDepositInvoice, createInvoiceFromDeliveryNotes, documentTotals, recordPayment, validateInvoice } from "../ledger";
import { acknowledged, delivered, must, TODAY, withOrder } from "../processing/processing.fixtures";
import {
  allowanceOnUnits,
  cascadeFigures,
  creditNoteDifferences,
  creditNoteFor,
  depositStillToInvoice,
  draftContent,
  draftDifferences,
  issuableDepositAmount,
  judgeCascade,
  lastNumberOfSeries,
  nextDocumentNumber,
  uninvoicedDeliveryNotes,
} from "./key";
import { outboxEntry, withCashedIn, withLifecycleStep } from "./outbox";

describe("invoicing helpers", () => {
  it("lists the delivery notes no invoice takes yet", () => {
    const { ledger, orderId, noteId } = delivered([{ reference: "CAH-A4", quantity: 200 }]);
    expect(uninvoicedDeliveryNotes(ledger, orderId).map((n) => n.id)).toEqual([noteId]);
    const drafted = must(createInvoiceFromDeliveryNotes(ledger, [noteId], TODAY));
    expect(uninvoicedDeliveryNotes(drafted.ledger, orderId)).toEqual([]);
  });

  it("continues the opening series: last FA-2026-00041, next FA-2026-00042", () => {
    const { ledger } = withOrder();
    expect(lastNumberOfSeries(ledger, "invoice")).toBe("FA-2026-00041 du 30/10/2026");
    expect(nextDocumentNumber(ledger, "invoice", TODAY)).toBe("FA-2026-00042");
    expect(lastNumberOfSeries(ledger, "creditNote")).toBeUndefined();
    expect(nextDocumentNumber(ledger, "creditNote", TODAY)).toBe("AV-2026-00001");
    // A series is chronological: no number before the last one's date.
    expect(nextDocumentNumber(ledger, "invoice", "2026-10-01")).toBeUndefined();
  });

  it("counts the deposit still to invoice and finds an amount that splits into HT + VAT", () => {
    const { ledger, orderId } = acknowledged();
    expect(depositStillToInvoice(ledger, orderId, undefined)).toBe(0);
    expect(depositStillToInvoice(ledger, orderId, 30000)).toBe(30000);
    // At 20 %, 0,03 € TTC has no HT base (0,02 → 0,02 ; 0,03 → 0,04): the next amount is 0,04 €.
    expect(issuableDepositAmount(ledger, orderId, 3, TODAY)).toBe(4);
    expect(issuableDepositAmount(ledger, orderId, 30000, TODAY)).toBe(30000);
    const deposit = must(createDepositInvoice(ledger, orderId, 30000, TODAY));
    const validated = must(validateInvoice(deposit.ledger, deposit.document.id, TODAY));
    expect(depositStillToInvoice(validated.ledger, orderId, 30000)).toBe(0);
    expect(depositStillToInvoice(validated.ledger, orderId, 50000)).toBe(20000);
  });

  it("compares a learner's cascade figure by figure", () => {
    const { ledger, noteId } = delivered([{ reference: "CAH-A4", quantity: 200 }]);
    const drafted = must(createInvoiceFromDeliveryNotes(ledger, [noteId], TODAY));
    const totals = documentTotals(drafted.ledger, drafted.document.id);
    // 200 × 2,50 = 500,00 ; − 10 % = 450,00 ; − 5 % = 427,50 ; TVA 85,50 ; TTC 513,00.
    const figures = cascadeFigures(totals);
    expect(figures).toEqual({ netCommercialCents: 42750, totalExclTaxCents: 42750, vat: [{ rate: 20, amountCents: 8550 }], totalInclTaxCents: 51300, amountDueCents: 51300 });
    expect(judgeCascade(totals, figures)).toEqual({ differences: [], perRate: [] });
    expect(judgeCascade(totals, { ...figures, netCommercialCents: 42500, vat: [{ rate: 10, amountCents: 1 }] })).toEqual({
      differences: ["net commercial HT\u00a0: 425,00\u00a0€ au lieu de 427,50\u00a0€", "TVA 20\u00a0%\u00a0: absente (attendu 85,50\u00a0€)", "TVA 10\u00a0%\u00a0: aucun article à ce taux"],
      perRate: [],
    });
  });

  it("accepts a cascade computed rate by rate and says which method the invoice follows (docs/decisions/0079)", () => {
    // The issue 9 example (invoice.fixtures.ts): on the totals net commercial 2 765,34, total HT
    // 2 795,34, TTC 3 075,94; rate by rate the ristourne is 56,43 and every total is a cent higher.
    const totals = computeInvoice(TWO_RATE_INVOICE);
    const vat = [
      { rate: 20, amountCents: 17_498 },
      { rate: 5.5, amountCents: 10_562 },
    ];
    const perRate = { netCommercialCents: 276_535, totalExclTaxCents: 279_535, vat, totalInclTaxCents: 307_595, amountDueCents: 307_595 };
    const note = (figure: string) => `${figure} (chiffre calculé taux par taux, puis additionné\u00a0: accepté\u00a0; chiffre attendu`;
    const judged = judgeCascade(totals, perRate);
    expect(judged.differences).toEqual([]);
    expect(judged.perRate).toEqual([
      `${note("net commercial HT 2\u202f765,35\u00a0€")} 2\u202f765,34\u00a0€, calculé sur le total de la facture, comme à la calculatrice)`,
      `${note("total HT 2\u202f795,35\u00a0€")} 2\u202f795,34\u00a0€, calculé sur le total de la facture, comme à la calculatrice)`,
      `${note("total TTC 3\u202f075,95\u00a0€")} 3\u202f075,94\u00a0€, calculé sur le total de la facture, comme à la calculatrice)`,
      `${note("net à payer 3\u202f075,95\u00a0€")} 3\u202f075,94\u00a0€, calculé sur le total de la facture, comme à la calculatrice)`,
    ]);
    expect(judgeCascade(totals, cascadeFigures(totals))).toEqual({ differences: [], perRate: [] });
    // A figure that follows neither method is wrong, and the feedback gives both.
    expect(judgeCascade(totals, { ...perRate, totalExclTaxCents: 279_536 }).differences).toEqual([
      "total HT\u00a0: 2\u202f795,36\u00a0€ au lieu de 2\u202f795,34\u00a0€ (calculé sur le total de la facture, comme à la calculatrice\u00a0; calculé taux par taux, puis additionné\u00a0: 2\u202f795,35\u00a0€, accepté aussi)",
    ]);
  });

  it("lists what an edited draft changed", () => {
    const { ledger, noteId } = delivered([{ reference: "CAH-A4", quantity: 200 }]);
    const doc = must(createInvoiceFromDeliveryNotes(ledger, [noteId], TODAY)).document;
    const reference = draftContent(doc);
    expect(draftDifferences(reference, reference)).toEqual([]);
    expect(draftDifferences(reference, { ...reference, reductions: { tradeDiscounts: [10] }, shippingCents: 1500 })).toEqual([
      "remises sur le brouillon\u00a0: 10\u00a0%\u00a0; attendu\u00a0: 10\u00a0% puis 5\u00a0%",
      "port HT\u00a0: 15,00\u00a0€ au lieu de 0,00\u00a0€",
    ]);
  });
});

describe("creditNoteFor", () => {
  function invoiced() {
    const { ledger, noteId } = delivered([{ reference: "CAH-A4", quantity: 200 }]);
    const drafted = must(createInvoiceFromDeliveryNotes(ledger, [noteId], TODAY));
    return { ledger: must(validateInvoice(drafted.ledger, drafted.document.id, TODAY)).ledger, invoiceId: drafted.document.id };
  }
  const common = { reference: "CAH-A4", message: "Message du client" };

  it("credits the price difference on the invoiced quantity", () => {
    const { ledger, invoiceId } = invoiced();
    const plan = creditNoteFor(ledger, invoiceId, { kind: "priceError", ...common, correctUnitPrice: 230 });
    expect(plan.ok && plan.lines.map((l) => [l.quantity, l.unitPriceCents])).toEqual([[200, 20]]);
    expect(plan.ok && plan.reason).toBe("Erreur de prix sur CAH-A4\u00a0: 2,50\u00a0€ HT facturé au lieu de 2,30\u00a0€ HT");
  });

  it("credits returned units at the invoiced price, and a rabais on damaged units", () => {
    const { ledger, invoiceId } = invoiced();
    const returned = creditNoteFor(ledger, invoiceId, { kind: "returnedGoods", ...common, quantity: 20 });
    expect(returned.ok && returned.lines.map((l) => [l.quantity, l.unitPriceCents])).toEqual([[20, 250]]);
  });

  it("computes a rabais on damaged units on their net after the invoice's remises, once, and credits it as one amount (docs/decisions/0080)", () => {
    const { ledger, invoiceId } = invoiced();
    // 20 × 2,50 = 50,00; remise 10 % → 45,00; remise 5 % = 2,25 → 42,75; rabais 10 % = 4,275 → 4,28.
    // Rounded per unit it was 20 × 0,25 = 5,00 → 4,50 → 4,27 (5 % of 4,50 = 0,225 → 0,23).
    const damaged = creditNoteFor(ledger, invoiceId, { kind: "damagedGoods", ...common, quantity: 20, allowancePercent: 10 });
    if (!damaged.ok) throw new Error(damaged.message);
    expect(damaged.lines.map((l) => [l.reference, l.quantity, l.unitPriceCents, l.description])).toEqual([["CAH-A4", 1, 428, expect.stringContaining("Rabais de 10\u00a0% sur 20 × ")]]);
    expect(damaged.reductions).toEqual({});
    expect(damaged.allowanceCents).toBe(428);
    // Judged by its amount HT, whatever the split into lines.
    expect(creditNoteDifferences(damaged, [{ reference: "CAH-A4", quantity: 1, unitPriceCents: 428 }])).toEqual([]);
    expect(creditNoteDifferences(damaged, [{ reference: "CAH-A4", quantity: 4, unitPriceCents: 107 }])).toEqual([]);
    expect(creditNoteDifferences(damaged, [{ reference: "CAH-A4", quantity: 20, unitPriceCents: 25 }])).toEqual(["CAH-A4\u00a0: rabais de 5,00\u00a0€ HT saisi, 4,28\u00a0€ HT attendu"]);
    expect(creditNoteDifferences(damaged, [{ reference: "PF-200", quantity: 1, unitPriceCents: 428 }])).toEqual(["CAH-A4\u00a0: ligne absente (attendu un rabais de 4,28\u00a0€ HT)", "PF-200\u00a0: ligne en trop"]);
    // The credit note the PGI draws from the plan: 4,28 HT, no reduction, TVA 20 % 0,856 → 0,86, TTC 5,14.
    const note = must(createCreditNote(ledger, invoiceId, { date: TODAY, reason: damaged.reason, lines: damaged.lines, ...(damaged.reductions ? { reductions: damaged.reductions } : {}) }));
    expect(documentTotals(note.ledger, note.document.id)).toMatchObject({ totalExclTaxCents: 428, totalVatCents: 86, totalInclTaxCents: 514 });
  });

  it("issue 9 example: a 20 % rabais on 10 × 19,99 € with a 15 % remise is 33,98 €, not 34,00 €", () => {
    // 10 × 19,99 = 199,90; remise 15 % = 29,985 → 29,99 → 169,91; rabais 20 % = 33,982 → 33,98.
    // Per unit: 20 % of 19,99 = 3,998 → 4,00; × 10 = 40,00; less 15 % = 34,00 — the figure it replaces.
    const line = { reference: "LAMPE", description: "Lampe", quantity: 12, unitPriceCents: 1_999, vatRate: 20 };
    expect(allowanceOnUnits(line, 10, 20, { tradeDiscounts: [15] })).toBe(3_398);
    // The invoice's own rabais come first, in the course's order; ristournes and escompte do not enter.
    // 169,91 − 5 % (8,4955 → 8,50) = 161,41; 20 % = 32,282 → 32,28.
    expect(allowanceOnUnits(line, 10, 20, { tradeDiscounts: [15], allowances: [5], rebates: [2], cashDiscount: 2 })).toBe(3_228);
    expect(allowanceOnUnits(line, 10, 0, { tradeDiscounts: [15] })).toBe(0);
  });

  it("refuses an incident the invoice does not allow", () => {
    const { ledger, invoiceId } = invoiced();
    expect(creditNoteFor(ledger, invoiceId, { kind: "priceError", ...common, correctUnitPrice: 250 }).ok).toBe(false);
    expect(creditNoteFor(ledger, invoiceId, { kind: "returnedGoods", ...common, quantity: 201 }).ok).toBe(false);
    expect(creditNoteFor(ledger, invoiceId, { kind: "returnedGoods", ...common, reference: "ZZZ", quantity: 1 }).ok).toBe(false);
  });
});

describe("sending", () => {
  function invoicedOn() {
    const { ledger, noteId } = delivered([{ reference: "CAH-A4", quantity: 200 }]);
    const drafted = must(createInvoiceFromDeliveryNotes(ledger, [noteId], TODAY));
    return { ledger: must(validateInvoice(drafted.ledger, drafted.document.id, TODAY)).ledger, invoiceId: drafted.document.id };
  }

  it("emails a validated invoice as a PDF named after its number, duplicate kept, without a lifecycle", () => {
    const { ledger, invoiceId } = invoicedOn();
    expect(outboxEntry(ledger, invoiceId, "email", TODAY)).toEqual({
      documentId: invoiceId,
      number: "FA-2026-00042",
      channel: "email",
      to: "compta@librairie-martin.fr",
      subject: "Facture FA-2026-00042 du 12/11/2026 — votre commande BC-118",
      attachmentName: "FA-2026-00042.pdf",
      date: TODAY,
      duplicateKept: true,
    });
    expect(outboxEntry(ledger, invoiceId, "post", TODAY).to).toBe("Librairie Martin, 4 place Bellecour, 69002 Lyon");
  });

  it("deposits on the platform for the customer by name and SIREN (the platforms' directory), deposited and made available that day", () => {
    const { ledger, invoiceId } = invoicedOn();
    expect(outboxEntry(ledger, invoiceId, "platform", TODAY)).toMatchObject({
      channel: "platform",
      to: "Librairie Martin (SIREN 523 456 788)",
      attachmentName: "FA-2026-00042.pdf",
      lifecycle: [
        { status: "deposited", date: TODAY },
        { status: "madeAvailable", date: TODAY },
      ],
    });
  });

  it("adds a status to the deposited document only", () => {
    const { ledger, invoiceId } = invoicedOn();
    const outbox = [outboxEntry(ledger, invoiceId, "platform", TODAY), { ...outboxEntry(ledger, invoiceId, "email", TODAY), documentId: "other" }];
    const after = withLifecycleStep(outbox, invoiceId, { status: "approved", date: "2026-11-13" });
    expect(after[0]?.lifecycle?.map((step) => step.status)).toEqual(["deposited", "madeAvailable", "approved"]);
    expect(after[1]).toEqual(outbox[1]);
  });

  it("declares the invoice cashed in on the day of the payment that settles it, once, and never for a partial payment or an email", () => {
    const { ledger, invoiceId } = invoicedOn();
    const outbox = [outboxEntry(ledger, invoiceId, "platform", TODAY)];
    const due = documentTotals(ledger, invoiceId).amountDueCents;
    const partly = must(recordPayment(ledger, { invoiceId, date: "2026-12-01", amountCents: due - 100, method: "transfer", reference: "Virement" })).ledger;
    expect(withCashedIn(outbox, partly, invoiceId, "2026-12-01")).toEqual(outbox);
    const settled = must(recordPayment(partly, { invoiceId, date: "2026-12-05", amountCents: 100, method: "transfer", reference: "Virement" })).ledger;
    const cashed = withCashedIn(outbox, settled, invoiceId, "2026-12-05");
    expect(cashed[0]?.lifecycle?.at(-1)).toEqual({ status: "cashedIn", date: "2026-12-05" });
    expect(withCashedIn(cashed, settled, invoiceId, "2026-12-06")).toEqual(cashed);
    const emailed = [outboxEntry(ledger, invoiceId, "email", TODAY)];
    expect(withCashedIn(emailed, settled, invoiceId, "2026-12-05")).toEqual(emailed);
  });
});
