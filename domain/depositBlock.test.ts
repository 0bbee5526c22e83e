import { describe, expect, it } from "vitest";
import { depositReference, depositShareByRate, depositSteps, vatStillDue } from "./depositBlock";
import { createDepositInvoice, createFromParent, createInvoiceFromDeliveryNotes, depositsDeductedBy, getDocument, validateDocument, validateInvoice, type Ledger } from "./ledger";
import { acceptedOrder, bookshopLedger, line, must, STATIONERY } from "./salesDocuments.fixtures";

const summary = (steps: ReturnType<typeof depositSteps>) => steps.map((s) => `${s.label} ${s.amountCents}`);

describe("depositShareByRate", () => {
  const deposit = [{ rate: 20, baseCents: 25_000, amountCents: 5_000 }];

  it("takes all of a deposit with its own HT and VAT", () => {
    expect(depositShareByRate(deposit, 30_000)).toEqual([{ rate: 20, baseCents: 25_000, amountCents: 5_000 }]);
  });

  it("splits a part in the deposit's proportion, so that two parts add up to the deposit", () => {
    // 200,00 of 300,00: VAT 200 × 50 / 300 = 33,333 → 33,33; the other 100,00: 16,667 → 16,67.
    expect(depositShareByRate(deposit, 20_000)).toEqual([{ rate: 20, baseCents: 16_667, amountCents: 3_333 }]);
    expect(depositShareByRate(deposit, 10_000)).toEqual([{ rate: 20, baseCents: 8_333, amountCents: 1_667 }]);
  });

  it("shares a part of a two-rate deposit pro rata of each rate's TTC", () => {
    // 400,00 = 216,92 at 20 % + 183,08 at 5,5 %; half of it: 108,46 and 91,54.
    const twoRates = [
      { rate: 20, baseCents: 18_077, amountCents: 3_615 },
      { rate: 5.5, baseCents: 17_354, amountCents: 954 },
    ];
    expect(depositShareByRate(twoRates, 20_000)).toEqual([
      { rate: 20, baseCents: 9_038, amountCents: 1_808 },
      { rate: 5.5, baseCents: 8_677, amountCents: 477 },
    ]);
  });
});

describe("the printed deposit block", () => {
  const invoiceVat = [
    { rate: 20, baseCents: 42_750, amountCents: 8_550 },
    { rate: 5.5, baseCents: 41_040, amountCents: 2_257 },
  ];

  it("cites each deposit invoice by number and date", () => {
    expect(depositReference({ number: "AC-2026-00031", date: "2026-03-12" })).toBe("AC-2026-00031 du 12/03/2026");
    expect(depositReference({ number: "AC-2026-00031" })).toBe("AC-2026-00031");
  });

  it("deducts the TTC, then the HT and the VAT per rate, and gives the VAT still due per rate", () => {
    const deposits = [
      { number: "AC-2026-00001", date: "2026-11-06", vat: [{ rate: 20, baseCents: 18_077, amountCents: 3_615 }, { rate: 5.5, baseCents: 17_354, amountCents: 954 }], inclTaxCents: 40_000 },
      { number: "AC-2026-00002", date: "2026-11-07", vat: [{ rate: 20, baseCents: 10_000, amountCents: 2_000 }], inclTaxCents: 12_000 },
    ];
    expect(summary(depositSteps(invoiceVat, deposits))).toEqual([
      "Acompte AC-2026-00001 du 06/11/2026 -40000",
      "dont HT -35431",
      "dont TVA 20\u00a0% -3615",
      "dont TVA 5,5\u00a0% -954",
      "Acompte AC-2026-00002 du 07/11/2026 -12000",
      "dont HT -10000",
      "dont TVA 20\u00a0% -2000",
      "TVA 20\u00a0% restant due 2935",
      "TVA 5,5\u00a0% restant due 1303",
    ]);
    expect(vatStillDue(invoiceVat, deposits)).toEqual([
      { rate: 20, baseCents: 42_750 - 18_077 - 10_000, amountCents: 2_935 },
      { rate: 5.5, baseCents: 41_040 - 17_354, amountCents: 1_303 },
    ]);
  });

  it("prints nothing when the invoice cites no deposit invoice", () => {
    expect(depositSteps(invoiceVat, [])).toEqual([]);
  });
});

describe("depositsDeductedBy: two invoices of one order share its deposit", () => {
  const [CAHIER, STYLO] = STATIONERY;
  /** Order of 200 cahiers + 30 stylos (remises 10 % then 5 %), deposit 600,00 € TTC = 500,00 HT + 100,00 TVA; delivered in two notes. */
  function invoicedInTwo(): { ledger: Ledger; first: string; second: string } {
    const { ledger: accepted, orderId } = acceptedOrder(bookshopLedger(), [line(CAHIER!, 200), line(STYLO!, 30)]);
    const deposit = must(createDepositInvoice(accepted, orderId, 60_000, "2026-11-06"));
    let ledger = must(validateInvoice(deposit.ledger, deposit.document.id, "2026-11-06")).ledger;
    const invoiceIds: string[] = [];
    for (const [lines, date] of [[[line(STYLO!, 30)], "2026-11-10"], [[line(CAHIER!, 200)], "2026-11-20"]] as const) {
      const note = must(createFromParent(ledger, orderId, "deliveryNote", date, { lines: [...lines] }));
      ledger = must(validateDocument(note.ledger, note.document.id, date)).ledger;
      const invoice = must(createInvoiceFromDeliveryNotes(ledger, [note.document.id], date));
      ledger = must(validateInvoice(invoice.ledger, invoice.document.id, date)).ledger;
      invoiceIds.push(invoice.document.id);
    }
    return { ledger, first: invoiceIds[0]!, second: invoiceIds[1]! };
  }

  it("the first invoice takes what its TTC allows, the second the rest, each with its HT and VAT", () => {
    const { ledger, first, second } = invoicedInTwo();
    // 30 stylos: 360,00 → 324,00 → 307,80 HT, TVA 61,56, TTC 369,36: all of it is deducted.
    expect(getDocument(ledger, first).depositCents).toBe(36_936);
    expect(depositsDeductedBy(ledger, getDocument(ledger, first))).toEqual([
      { number: "AC-2026-00001", date: "2026-11-06", vat: [{ rate: 20, baseCents: 30_780, amountCents: 6_156 }], inclTaxCents: 36_936 },
    ]);
    // The rest, 230,64 = 192,20 HT + 38,44 TVA; with the first, 100,00 of VAT: the deposit's.
    expect(depositsDeductedBy(ledger, getDocument(ledger, second))).toEqual([
      { number: "AC-2026-00001", date: "2026-11-06", vat: [{ rate: 20, baseCents: 19_220, amountCents: 3_844 }], inclTaxCents: 23_064 },
    ]);
  });
});
