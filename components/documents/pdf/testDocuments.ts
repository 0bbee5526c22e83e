/**
 * Printed documents built with the domain for the PDF tests: a fictional stationery wholesaler of
 * Lyon sells to a bookshop with remises 10 % then 5 % (figures of machines/testing/processingFixtures.ts):
 * 200 × CAH-A4 at 2,50 + 30 × STY-BL at 12,00 + 60 × CLS-LV at 4,80 = 1 148,00 brut;
 * remise 10 % 114,80 → 1 033,20; remise 5 % 51,66 → 981,54; TVA 20 % 196,31; TTC 1 177,85.
 */
import type { DocumentLine, InvoiceDocument, Product, SellerIdentity } from "@/domain/documents";
import {
  createCreditNote,
  createDepositInvoice,
  createDocument,
  createFromParent,
  createInvoiceFromDeliveryNotes,
  toInvoiceDocument,
  validateDocument,
  validateInvoice,
  type Ledger,
} from "@/domain/ledger";
import { TEST_STATED_RATES } from "@/domain/rates.fixtures";
import { bookshopLedger, line, must, STATIONERY } from "@/domain/salesDocuments.fixtures";

export const SELLER: SellerIdentity = {
  name: "Papeterie Lumière",
  legalForm: "SAS",
  shareCapitalCents: 5_000_000,
  siren: "842157638",
  rcsCity: "Lyon",
  vatNumber: "FR62842157638",
  address: { street: "12 rue de la République", postalCode: "69002", city: "Lyon" },
  email: "compta@papeterie-lumiere.fr",
  size: "midSize",
  vatOnDebits: true,
};


/** The customer's order BC-7781 of 05/11/2026, validated and acknowledged. */
export function acceptedOrder(ledger: Ledger, lines: DocumentLine[]): { ledger: Ledger; orderId: string } {
  const date = "2026-11-05";
  const created = must(
    createDocument(ledger, { kind: "purchaseOrder", customerId: "C0001", date, lines, reductions: { tradeDiscounts: [10, 5] }, shippingCents: 0, customerOrderNumber: "BC-7781" }),
  );
  const validated = must(validateDocument(created.ledger, created.document.id, date)).ledger;
  const ack = must(createFromParent(validated, created.document.id, "orderAcknowledgement", date));
  return { ledger: must(validateDocument(ack.ledger, ack.document.id, date)).ledger, orderId: created.document.id };
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
  return toInvoiceDocument(ledger, invoiceId, SELLER, { latePenaltyRate: 12.15, operationNature: "goods" });
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
