import { describe, expect, it } from "vitest";
import { cashDiscountMention, fewestDaysToDue, NO_CASH_DISCOUNT } from "./cashDiscount";
import { createFromParent, createInvoiceFromDeliveryNotes, toInvoiceDocument, validateDocument, validateInvoice, type Ledger } from "./ledger";
import { acceptedOrder, bookshopLedger, line, must, STATIONERY } from "./salesDocuments.fixtures";
import { LETTER_SELLER } from "./letters.fixtures";
import { TEST_STATED_RATES } from "./rates.fixtures";

const NBSP = "\u00a0";
const ISSUED = "2026-11-12";

describe("cashDiscountMention: the escompte follows from the terms (docs/decisions/0090)", () => {
  it("granted and deducted when the invoice is paid cash, due on its own date", () => {
    expect(cashDiscountMention({ depositInvoice: false, issueDate: ISSUED, dueDate: ISSUED, granted: 2 })).toEqual({
      text: `Escompte de 2${NBSP}% déduit pour paiement comptant`,
    });
  });

  it("a granted escompte beside a due date three months away is a contradiction", () => {
    expect(cashDiscountMention({ depositInvoice: false, issueDate: ISSUED, dueDate: "2027-02-10", granted: 2 })).toEqual({
      text: `Escompte de 2${NBSP}% déduit pour paiement comptant`,
      contradiction: `un escompte de 2${NBSP}% est déduit pour paiement comptant, mais l'échéance tombe à 90 jours de la facture\u00a0: un escompte ne se déduit que d'une facture payée comptant (échéance à la date de la facture)`,
    });
  });

  it("offered within N days when those days end before the due date", () => {
    expect(cashDiscountMention({ depositInvoice: false, issueDate: ISSUED, dueDate: "2026-12-12", offered: 2, offeredDays: 10 })).toEqual({
      text: `Escompte de 2${NBSP}% si paiement sous 10 jours`,
    });
  });

  it("not offered when the N days end on or after the due date: the data contradict each other", () => {
    expect(cashDiscountMention({ depositInvoice: false, issueDate: ISSUED, dueDate: "2026-12-12", offered: 2, offeredDays: 30 })).toEqual({
      text: NO_CASH_DISCOUNT,
      contradiction: `un escompte de 2${NBSP}% si paiement sous 30 jours est offert, mais l'échéance tombe à 30 jours de la facture\u00a0: ce délai ne finit pas avant l'échéance, l'escompte ne récompenserait aucun paiement anticipé`,
    });
    expect(cashDiscountMention({ depositInvoice: false, issueDate: ISSUED, dueDate: "2026-12-12", offered: 2, offeredDays: 45 }).text).toBe(NO_CASH_DISCOUNT);
  });

  it("offered without a delay only when there is time before the due date", () => {
    expect(cashDiscountMention({ depositInvoice: false, issueDate: ISSUED, dueDate: "2026-12-12", offered: 1 }).text).toBe(`Escompte de 1${NBSP}% pour paiement anticipé`);
    expect(cashDiscountMention({ depositInvoice: false, issueDate: ISSUED, dueDate: ISSUED, offered: 1 })).toEqual({
      text: NO_CASH_DISCOUNT,
      contradiction: `un escompte de 1${NBSP}% pour paiement anticipé est offert, mais l'échéance tombe le jour même de la facture\u00a0: aucun paiement ne peut la devancer`,
    });
  });

  it("a deposit invoice due on receipt offers no escompte, even to a customer who has one", () => {
    expect(cashDiscountMention({ depositInvoice: true, issueDate: ISSUED, dueDate: ISSUED, offered: 2, offeredDays: 10 })).toEqual({ text: NO_CASH_DISCOUNT });
    expect(cashDiscountMention({ depositInvoice: true, issueDate: ISSUED, dueDate: ISSUED, granted: 2 }).contradiction).toBe(
      `un escompte de 2${NBSP}% est déduit d'une facture d'acompte\u00a0: payable à réception, elle n'en accorde aucun`,
    );
  });

  it("no escompte at all", () => {
    expect(cashDiscountMention({ depositInvoice: false, issueDate: ISSUED, dueDate: "2026-12-12" })).toEqual({ text: "Pas d'escompte pour paiement anticipé" });
  });
});

describe("fewestDaysToDue", () => {
  it("counts the days the terms leave at least, whatever the invoice's date", () => {
    expect(fewestDaysToDue({ kind: "onReceipt" })).toBe(0);
    expect(fewestDaysToDue({ kind: "daysFromInvoice", days: 30 })).toBe(30);
    expect(fewestDaysToDue({ kind: "daysEndOfMonth", days: 45, method: "endOfMonthThenDays" })).toBe(45);
  });
});

describe("the PGI never validates an invoice whose escompte contradicts its due date", () => {
  /** 20 cahiers for the bookshop, its terms as given, the invoice drafted on 12/11/2026 with an escompte of 2 % deducted. */
  function grantedDraft(terms: "daysFromInvoice" | "onReceipt"): { ledger: Ledger; id: string } {
    const start = bookshopLedger();
    const paymentTerms = terms === "onReceipt" ? ({ kind: "onReceipt" } as const) : ({ kind: "daysFromInvoice", days: 30 } as const);
    const { ledger, orderId } = acceptedOrder({ ...start, customers: start.customers.map((c) => ({ ...c, paymentTerms })) }, [line(STATIONERY[0]!, 20)]);
    const note = must(createFromParent(ledger, orderId, "deliveryNote", "2026-11-10"));
    const shipped = must(validateDocument(note.ledger, note.document.id, "2026-11-10")).ledger;
    const draft = must(createInvoiceFromDeliveryNotes(shipped, [note.document.id], "2026-11-12", { reductions: { tradeDiscounts: [10, 5], cashDiscount: 2 } }));
    return { ledger: draft.ledger, id: draft.document.id };
  }

  it("refuses a granted escompte on an invoice due at 30 days, naming the field", () => {
    const { ledger, id } = grantedDraft("daysFromInvoice");
    const refused = validateInvoice(ledger, id, "2026-11-12");
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe("invoice.cashDiscountContradiction");
    expect(refused.error.message).toBe(
      `reductions.cashDiscount\u00a0: un escompte de 2${NBSP}% est déduit pour paiement comptant, mais l'échéance tombe à 30 jours de la facture\u00a0: un escompte ne se déduit que d'une facture payée comptant (échéance à la date de la facture).`,
    );
  });

  it("validates it for a customer who pays on receipt, and prints it deducted", () => {
    const { ledger, id } = grantedDraft("onReceipt");
    const validated = must(validateInvoice(ledger, id, "2026-11-12")).ledger;
    const printed = toInvoiceDocument(validated, id, LETTER_SELLER, { statedRates: TEST_STATED_RATES });
    expect(printed.dueDate).toBe("2026-11-12");
    expect(printed.cashDiscountCondition).toBe(`Escompte de 2${NBSP}% déduit pour paiement comptant`);
  });
});
