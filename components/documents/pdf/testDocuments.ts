/**
 * Printed documents built with the domain for the PDF tests: a fictional stationery wholesaler of
 * Lyon sells to a bookshop with remises 10 % then 5 % (figures of machines/testing/processingFixtures.ts):
 * 200 × CAH-A4 at 2,50 + 30 × STY-BL at 12,00 + 60 × CLS-LV at 4,80 = 1 148,00 brut;
 * remise 10 % 114,80 → 1 033,20; remise 5 % 51,66 → 981,54; TVA 20 % 196,31; TTC 1 177,85.
 */
import { createCreditNote, createDepositInvoice, createFromParent, createInvoiceFromDeliveryNotes, type DocumentLine, type InvoiceDocument, type Ledger, type Product, type SellerIdentity, toInvoiceDocument, validateDocument, validateInvoice } from "@/domain";
import { TEST_STATED_RATES } from "@/domain/rates.fixtures";
import { acceptedOrder, bookshopLedger, line, must, STATIONERY } from "@/domain/salesDocuments.fixtures";
import { SAMPLE_SELLER } from "./warmUpInvoice";

// Kept importable from here: the chain documents' tests take the order from this module.
export { acceptedOrder };

export const SELLER: SellerIdentity = SAMPLE_SELLER;


/** A seller that gave its bank details: the IBAN is printed in the payment block of what it bills. */
export const SELLER_IBAN = "FR76 3000 4000 0100 0000 1234 567";

export function withSellerIban(document: InvoiceDocument): InvoiceDocument {
  return { ...document, seller: { ...document.seller, iban: SELLER_IBAN } };
}

function invoiced(products: readonly Product[], lines: DocumentLine[]): { ledger: Ledger; invoiceId: string } {
  const { ledger, orderId } = acceptedOrder(bookshopLedger(products), lines);
  const note = must(createFromParent(ledger, orderId, "deliveryNote", "2026-11-10"));
  const shipped = must(validateDocument(note.ledger, note.document.id, "2026-11-10")).ledger;
  const draft = must(createInvoiceFromDeliveryNotes(shipped, [note.document.id], "2026-11-12"));
  return { ledger: must(validateInvoice(draft.ledger, draft.document.id, "2026-11-12")).ledger, invoiceId: draft.document.id };
}

const [CAHIER, STYLO, CLASSEUR] = STATIONERY as [Product, Product, Product];
const ORDER_LINES = [line(CAHIER, 200), line(STYLO, 30), line(CLASSEUR, 60)];

/** FA-2026-00001 of 12/11/2026, TTC 1 177,85 €. */
export function invoiceDocument(): InvoiceDocument {
  const { ledger, invoiceId } = invoiced(STATIONERY, ORDER_LINES);
  return toInvoiceDocument(ledger, invoiceId, SELLER, { latePenaltyRate: 12.15 });
}

/** A credit note for 10 returned pens on the invoice above. */
export function creditNoteDocument(): { document: InvoiceDocument; reason: string } {
  const reason = "Retour de 10 stylos défectueux";
  const { ledger, invoiceId } = invoiced(STATIONERY, ORDER_LINES);
  const credit = must(createCreditNote(ledger, invoiceId, { date: "2026-11-20", reason, lines: [line(STYLO, 10)] }));
  const validated = must(validateDocument(credit.ledger, credit.document.id, "2026-11-20")).ledger;
  return { document: toInvoiceDocument(validated, credit.document.id, SELLER), reason };
}

/** A deposit invoice of 1 200,00 € TTC on the order. */
export function depositInvoiceDocument(): InvoiceDocument {
  const { ledger, orderId } = acceptedOrder(bookshopLedger(STATIONERY), ORDER_LINES);
  const deposit = must(createDepositInvoice(ledger, orderId, 30_000, "2026-11-12"));
  const validated = must(validateInvoice(deposit.ledger, deposit.document.id, "2026-11-12")).ledger;
  return toInvoiceDocument(validated, deposit.document.id, SELLER, { statedRates: TEST_STATED_RATES });
}

/** The order above with its deposit invoices (TTC, dated 06/11/2026 onwards), delivered on 10/11 and invoiced on 12/11/2026. */
function invoicedAfterDeposits(start: Ledger, lines: DocumentLine[], depositsInclTax: readonly number[]): { invoice: InvoiceDocument; deposits: InvoiceDocument[] } {
  const { ledger: accepted, orderId } = acceptedOrder(start, lines);
  let ledger = accepted;
  const depositIds = depositsInclTax.map((amount, i) => {
    const date = `2026-11-0${6 + i}`;
    const deposit = must(createDepositInvoice(ledger, orderId, amount, date));
    ledger = must(validateInvoice(deposit.ledger, deposit.document.id, date)).ledger;
    return deposit.document.id;
  });
  const note = must(createFromParent(ledger, orderId, "deliveryNote", "2026-11-10"));
  const shipped = must(validateDocument(note.ledger, note.document.id, "2026-11-10")).ledger;
  const draft = must(createInvoiceFromDeliveryNotes(shipped, [note.document.id], "2026-11-12"));
  const validated = must(validateInvoice(draft.ledger, draft.document.id, "2026-11-12")).ledger;
  const printed = (id: string) => toInvoiceDocument(validated, id, SELLER, { latePenaltyRate: 12.15 });
  return { invoice: printed(draft.document.id), deposits: depositIds.map(printed) };
}

/**
 * FA-2026-00001 of 12/11/2026 (TTC 1 177,85 €) deducting AC-2026-00001 of 06/11/2026: 300,00 € TTC =
 * 250,00 HT + 50,00 TVA; VAT still due 196,31 − 50,00 = 146,31; net à payer 877,85.
 * With `second`, also AC-2026-00002 of 07/11/2026: 120,00 € = 100,00 HT + 20,00 TVA.
 */
export function finalInvoiceWithDepositsDocument(second = false): InvoiceDocument {
  return invoicedAfterDeposits(bookshopLedger(STATIONERY), ORDER_LINES, second ? [30_000, 12_000] : [30_000]).invoice;
}

/** A school book at 5,5 % beside the stationery at 20 %: an order, its deposit and its invoice at two rates. */
export const SCHOOL_BOOK: Product = { reference: "LIV-MATH", description: "Manuel de mathématiques 2de", unitPriceCents: 2_400, vatRate: 5.5, stock: 100, leadTimeDays: 5 };

/**
 * 200 cahiers (500,00) + 20 manuels (480,00), remises 10 % then 5 %: bases 427,50 at 20 % and 410,40 at
 * 5,5 %; TVA 85,50 and 22,57; TTC 945,97. Deposit AC-2026-00001 of 400,00 € TTC split pro rata of each
 * rate's TTC (513,00 / 432,97), each share split exactly into HT + TVA: 216,92 = 180,77 HT + 36,15 TVA at
 * 20 %, 183,08 = 173,54 HT + 9,54 TVA at 5,5 %. VAT still due 49,35 and 13,03; net à payer 545,97.
 */
export function twoRateInvoiceWithDepositDocument(): InvoiceDocument {
  return invoicedAfterDeposits(bookshopLedger([...STATIONERY, SCHOOL_BOOK]), [line(CAHIER, 200), line(SCHOOL_BOOK, 20)], [40_000]).invoice;
}

/**
 * The bookshop is offered an escompte of 2 % within 10 days, its invoices due at 30 days: the final
 * invoice offers it ("si paiement sous 10 jours", 10 days end before the due date of 12/12/2026);
 * the deposit invoice, due on receipt, offers none (docs/decisions/0090).
 */
export function escompteOfferedDocuments(): { invoice: InvoiceDocument; deposit: InvoiceDocument } {
  const start = bookshopLedger(STATIONERY);
  const offered = { ...start, customers: start.customers.map((c) => ({ ...c, conditions: { ...c.conditions, cashDiscount: 2, cashDiscountDays: 10 } })) };
  const { invoice, deposits } = invoicedAfterDeposits(offered, ORDER_LINES, [30_000]);
  const [deposit] = deposits;
  if (!deposit) throw new Error("facture d'acompte absente");
  return { invoice, deposit };
}

/** `count` products "ART-01" … "ART-60", prices 10,00 € upwards, one in three at 5,5 % of VAT: the long documents' lines. */
export function longProducts(count: number): Product[] {
  return Array.from({ length: count }, (_, index) => {
    const n = String(index + 1).padStart(2, "0");
    return { reference: `ART-${n}`, description: `Article de papeterie numéro ${n}`, unitPriceCents: 1_000 + index * 10, vatRate: index % 3 === 0 ? 5.5 : 20, stock: 10, leadTimeDays: 5 };
  });
}

/** 60 products "ART-01" … "ART-60", two of each invoiced. */
export function longInvoiceDocument(count = 60): InvoiceDocument {
  const products = longProducts(count);
  const { ledger, invoiceId } = invoiced(products, products.map((p) => line(p, 2)));
  return toInvoiceDocument(ledger, invoiceId, SELLER, { statedRates: TEST_STATED_RATES });
}
