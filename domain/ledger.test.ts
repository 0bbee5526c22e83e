import { describe, expect, it } from "vitest";
import type { DocumentLine, Product, SellerIdentity } from "./documents";
import {
  availableStock,
  cancelDocument,
  childrenOf,
  createCreditNote,
  createCustomer,
  createDepositInvoice,
  createDocument,
  createFromParent,
  createInvoiceFromDeliveryNotes,
  CREDIT_NOTE_IMMUTABLE_MESSAGE,
  customerOutstanding,
  deleteDraft,
  documentTotals,
  emptyLedger,
  findCustomer,
  findProduct,
  getDocument,
  INVOICE_IMMUTABLE_MESSAGE,
  invoiceBalance,
  isValidSiren,
  isValidSiret,
  receiveStock,
  recordPayment,
  remainingToCredit,
  remainingToDeliver,
  reserveStock,
  searchCustomers,
  shipStock,
  toInvoiceDocument,
  updateDraft,
  validateDocument,
  validateInvoice,
  type CustomerDraft,
  type Ledger,
  type LedgerResult,
} from "./ledger";
import { checkCredit } from "./credit";
import { checkInvoice } from "./control";
import { formatEuros } from "./money";

// ───────────────────────────── Fixtures ─────────────────────────────

const SELLER: SellerIdentity = {
  name: "Atelier Mobilier Pro",
  legalForm: "SAS",
  shareCapitalCents: 5_000_000,
  siren: "542107651",
  siret: "54210765100013",
  rcsCity: "Lyon",
  vatNumber: "FR13542107651",
  address: { street: "8 quai Perrache", postalCode: "69002", city: "Lyon" },
  email: "compta@mobilier-pro.fr",
  size: "small",
};

const MARTIN: CustomerDraft = {
  name: "Bureautique Martin",
  legalForm: "SARL",
  siren: "732 829 320",
  vatNumber: "FR44732829320",
  billingAddress: { street: "12 rue de la République", postalCode: "69002", city: "Lyon" },
  deliveryAddress: { street: "5 allée des Tilleuls", postalCode: "01700", city: "Miribel" },
  contact: { name: "Claire Martin", email: "achats@bureautique-martin.fr" },
  paymentTerms: { kind: "daysFromInvoice", days: 30 },
};

const CHAIR: Product = { reference: "CH-ERGO", description: "Chaise ergonomique", unitPriceCents: 12_000, vatRate: 20, stock: 6, leadTimeDays: 10 };
const GUIDE: Product = { reference: "LIV-GUIDE", description: "Guide de l'ergonomie au bureau", unitPriceCents: 2_500, vatRate: 5.5, stock: 50, leadTimeDays: 5 };
const DESK: Product = { reference: "BU-180", description: "Bureau 180 cm", unitPriceCents: 100_000, vatRate: 20, stock: 100, leadTimeDays: 15 };

const POLICY = { creditLimitCents: 1_500_000 };

function line(product: Product, quantity: number): DocumentLine {
  return { reference: product.reference, description: product.description, quantity, unitPriceCents: product.unitPriceCents, vatRate: product.vatRate };
}

/** Unwraps a successful result, failing the test with the French message otherwise. */
function must<T extends object>(result: LedgerResult<T>): Extract<LedgerResult<T>, { ok: true }> {
  if (!result.ok) throw new Error(`${result.error.code}\u00a0: ${result.error.message}`);
  return result as Extract<LedgerResult<T>, { ok: true }>;
}

function refused<T extends object>(result: LedgerResult<T>) {
  if (result.ok) throw new Error("expected a refusal");
  return result.error;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function baseLedger(products: Product[] = [CHAIR, GUIDE, DESK]): Ledger {
  const { ledger } = must(createCustomer(emptyLedger(), MARTIN, POLICY));
  return { ...ledger, products };
}

interface OrderOptions {
  lines: DocumentLine[];
  date?: string;
  tradeDiscounts?: number[];
  shippingCents?: number;
}

function recordOrder(ledger: Ledger, options: OrderOptions): { ledger: Ledger; orderId: string } {
  const date = options.date ?? "2026-03-02";
  const created = must(
    createDocument(ledger, {
      kind: "purchaseOrder",
      customerId: "C0001",
      date,
      lines: options.lines,
      reductions: options.tradeDiscounts ? { tradeDiscounts: options.tradeDiscounts } : {},
      shippingCents: options.shippingCents ?? 0,
      customerOrderNumber: "BC-7781",
    }),
  );
  return { ledger: must(validateDocument(created.ledger, created.document.id, date)).ledger, orderId: created.document.id };
}

function acceptedOrder(ledger: Ledger, options: OrderOptions): { ledger: Ledger; orderId: string } {
  const date = options.date ?? "2026-03-02";
  const recorded = recordOrder(ledger, options);
  const ack = must(createFromParent(recorded.ledger, recorded.orderId, "orderAcknowledgement", date));
  return { ledger: must(validateDocument(ack.ledger, ack.document.id, date)).ledger, orderId: recorded.orderId };
}

function deliver(ledger: Ledger, orderId: string, date: string, lines?: DocumentLine[]): { ledger: Ledger; noteId: string } {
  const note = must(createFromParent(ledger, orderId, "deliveryNote", date, lines ? { lines } : {}));
  return { ledger: must(validateDocument(note.ledger, note.document.id, date)).ledger, noteId: note.document.id };
}

function invoice(ledger: Ledger, noteIds: string[], date: string): { ledger: Ledger; invoiceId: string } {
  const draft = must(createInvoiceFromDeliveryNotes(ledger, noteIds, date));
  return { ledger: must(validateInvoice(draft.ledger, draft.document.id, date)).ledger, invoiceId: draft.document.id };
}

/** One chair order delivered and invoiced on 2026-03-10: TTC 144,00 €. */
function invoicedChair(quantity = 1): { ledger: Ledger; invoiceId: string; orderId: string } {
  const { ledger, orderId } = acceptedOrder(baseLedger(), { lines: [line(CHAIR, quantity)] });
  const delivered = deliver(ledger, orderId, "2026-03-03");
  return { ...invoice(delivered.ledger, [delivered.noteId], "2026-03-10"), orderId };
}

const eur = formatEuros;

// ───────────────────────────── Identifiers and customers ─────────────────────────────

describe("SIREN and SIRET (re-exported for the account form)", () => {
  it("accepts a Luhn-valid SIREN and refuses a mistyped one", () => {
    expect(isValidSiren("732829320")).toBe(true);
    expect(isValidSiren("732829321")).toBe(false);
    expect(isValidSiret("73282932000074")).toBe(true);
    expect(isValidSiret("73282932000075")).toBe(false);
  });
});

describe("createCustomer", () => {
  it("opens the account with a code, the SIREN without spaces and the policy's credit limit", () => {
    const { customer, ledger } = must(createCustomer(emptyLedger(), MARTIN, POLICY));
    expect(customer).toEqual({
      id: "C0001",
      name: "Bureautique Martin",
      legalForm: "SARL",
      siren: "732829320",
      vatNumber: "FR44732829320",
      billingAddress: { street: "12 rue de la République", postalCode: "69002", city: "Lyon" },
      deliveryAddress: { street: "5 allée des Tilleuls", postalCode: "01700", city: "Miribel" },
      contact: { name: "Claire Martin", email: "achats@bureautique-martin.fr" },
      paymentTerms: { kind: "daysFromInvoice", days: 30 },
      creditLimitCents: 1_500_000,
      conditions: { tradeDiscounts: [] },
      professional: true,
    });
    expect(ledger.customers).toEqual([customer]);
    const second = must(createCustomer(ledger, { ...MARTIN, name: "Papeterie Durand", siren: "542107651", vatNumber: undefined }, POLICY));
    expect(second.customer.id).toBe("C0002");
  });

  it("lists every missing field with a French message naming it", () => {
    const error = refused(createCustomer(emptyLedger(), {}, POLICY));
    expect(error.issues?.map((i) => i.field)).toEqual([
      "name",
      "siren",
      "billingAddress",
      "contact.name",
      "contact.email",
      "paymentTerms",
    ]);
    expect(error.code).toBe("customer.name.required");
    expect(error.message).toBe("name\u00a0: la raison sociale est obligatoire.");
    expect(error.issues?.[1]?.message).toBe("siren\u00a0: le SIREN est obligatoire (9 chiffres, ou le SIRET de 14 chiffres).");
  });

  it("refuses a SIREN whose check digit is wrong, or of the wrong length", () => {
    const wrongKey = refused(createCustomer(emptyLedger(), { ...MARTIN, siren: "732829321", vatNumber: undefined }, POLICY));
    expect(wrongKey).toMatchObject({ code: "customer.siren.checksum", field: "siren" });
    expect(wrongKey.message).toBe(
      "siren\u00a0: «\u00a0732829321\u00a0» n'est pas un SIREN valide (la clé de contrôle ne correspond pas)\u00a0: vérifiez-le sur l'extrait Kbis ou l'annuaire des entreprises.",
    );
    const short = refused(createCustomer(emptyLedger(), { ...MARTIN, siren: "73282932", vatNumber: undefined }, POLICY));
    expect(short.message).toBe("siren\u00a0: «\u00a073282932\u00a0» doit compter exactement 9 chiffres (reçu 8).");
  });

  it("takes the SIREN from a SIRET and checks they agree", () => {
    const { customer } = must(createCustomer(emptyLedger(), { ...MARTIN, siren: undefined, siret: "732 829 320 00074" }, POLICY));
    expect(customer.siren).toBe("732829320");
    expect(customer.siret).toBe("73282932000074");
    const mismatch = refused(createCustomer(emptyLedger(), { ...MARTIN, siren: "542107651", vatNumber: undefined, siret: "73282932000074" }, POLICY));
    expect(mismatch.code).toBe("customer.siret.mismatch");
  });

  it("refuses a duplicate SIREN: the account already exists", () => {
    const ledger = baseLedger();
    const error = refused(createCustomer(ledger, { ...MARTIN, name: "Martin Bureautique" }, POLICY));
    expect(error).toEqual({
      code: "customer.siren.duplicate",
      message: "siren\u00a0: le SIREN 732829320 est déjà celui du client C0001 (Bureautique Martin)\u00a0: le compte existe, ne le créez pas une seconde fois.",
      field: "siren",
      issues: [error.issues?.[0]],
    });
  });

  it("refuses a duplicate account code", () => {
    const error = refused(createCustomer(baseLedger(), { ...MARTIN, id: "C0001", siren: "542107651", vatNumber: undefined }, POLICY));
    expect(error.code).toBe("customer.id.duplicate");
  });

  it("checks the VAT number's key against the SIREN", () => {
    const error = refused(createCustomer(emptyLedger(), { ...MARTIN, vatNumber: "FR45732829320" }, POLICY));
    expect(error.message).toBe("vatNumber\u00a0: «\u00a0FR45732829320\u00a0» n'est pas le numéro de TVA intracommunautaire de ce SIREN (attendu FR44732829320).");
  });

  it("refuses payment terms beyond the legal maximum", () => {
    const error = refused(createCustomer(emptyLedger(), { ...MARTIN, paymentTerms: { kind: "daysFromInvoice", days: 90 } }, POLICY));
    expect(error.code).toBe("customer.paymentTerms.tooLong");
    expect(error.message).toMatch(/^paymentTerms\u00a0: 90 jours date de facture\u00a0: non conforme/);
  });

  it("checks the address parts and the French postal code", () => {
    const error = refused(createCustomer(emptyLedger(), { ...MARTIN, billingAddress: { street: " ", postalCode: "6900", city: "Lyon" } }, POLICY));
    expect(error.issues?.map((i) => i.message)).toEqual([
      "billingAddress.street\u00a0: l'adresse de facturation\u00a0: la rue est obligatoire.",
      "billingAddress.postalCode\u00a0: l'adresse de facturation\u00a0: «\u00a06900\u00a0» n'est pas un code postal français (5 chiffres).",
    ]);
  });

  it("asks for a way to reach the contact", () => {
    const error = refused(createCustomer(emptyLedger(), { ...MARTIN, contact: { name: "Claire Martin" } }, POLICY));
    expect(error.message).toBe("contact.email\u00a0: indiquez au moins un courriel ou un téléphone de l'interlocuteur.");
  });
});

describe("findCustomer", () => {
  const ledger = baseLedger();
  it("finds by account code, SIREN (spaces allowed), SIRET or name regardless of case and accents", () => {
    const martin = ledger.customers[0];
    expect(findCustomer(ledger, "C0001")).toBe(martin);
    expect(findCustomer(ledger, "732 829 320")).toBe(martin);
    expect(findCustomer(ledger, "73282932000074")).toBe(martin);
    expect(findCustomer(ledger, "BUREAUTIQUE martin")).toBe(martin);
    expect(findCustomer(ledger, { name: "Bureautique Mârtin" })).toBe(martin);
    expect(findCustomer(ledger, { siren: "542107651" })).toBeUndefined();
    expect(findCustomer(ledger, "Durand")).toBeUndefined();
    expect(searchCustomers(ledger, "bureau")).toEqual([martin]);
  });
});

// ───────────────────────────── Stock ─────────────────────────────

describe("stock", () => {
  it("reserves no more than is available, and never more than the order awaits", () => {
    const { ledger, orderId } = acceptedOrder(baseLedger(), { lines: [line(CHAIR, 10)] });
    const reserved = must(reserveStock(ledger, { orderId, reference: "CH-ERGO", quantity: 6 }));
    expect(availableStock(reserved.ledger, "CH-ERGO")).toBe(0);
    expect(findProduct(reserved.ledger, "CH-ERGO")?.stock).toBe(6);
    const more = refused(reserveStock(reserved.ledger, { orderId, reference: "CH-ERGO", quantity: 1 }));
    expect(more.message).toBe("quantity\u00a0: impossible de réserver 1 «\u00a0CH-ERGO\u00a0»\u00a0: 0 disponible(s) (stock 6, dont 6 déjà réservé(s)).");
    const restocked = must(receiveStock(reserved.ledger, { reference: "CH-ERGO", quantity: 20 }));
    const beyondOrder = refused(reserveStock(restocked.ledger, { orderId, reference: "CH-ERGO", quantity: 5 }));
    expect(beyondOrder.code).toBe("stock.reservation.exceedsOrder");
  });

  it("never ships units reserved for another order, nor below zero", () => {
    const first = acceptedOrder(baseLedger(), { lines: [line(CHAIR, 4)] });
    const second = acceptedOrder(first.ledger, { lines: [line(CHAIR, 4)] });
    const ledger = must(reserveStock(second.ledger, { orderId: first.orderId, reference: "CH-ERGO", quantity: 4 })).ledger;
    const error = refused(shipStock(ledger, { reference: "CH-ERGO", quantity: 3, orderId: second.orderId }));
    expect(error.message).toBe("quantity\u00a0: stock insuffisant pour «\u00a0CH-ERGO\u00a0»\u00a0: 2 expédiable(s) (stock 6, dont 4 réservé(s) pour d'autres commandes), 3 à livrer.");
    const own = must(shipStock(ledger, { reference: "CH-ERGO", quantity: 4, orderId: first.orderId })).ledger;
    expect(findProduct(own, "CH-ERGO")?.stock).toBe(2);
    expect(own.reservations).toEqual([]);
  });

  it("refuses unknown references and non-positive quantities", () => {
    expect(refused(receiveStock(baseLedger(), { reference: "XX", quantity: 1 })).code).toBe("product.unknown");
    expect(refused(receiveStock(baseLedger(), { reference: "CH-ERGO", quantity: 0 })).code).toBe("stock.quantity.invalid");
  });
});

// ───────────────────────────── The chain ─────────────────────────────

describe("the document chain", () => {
  it("quote → order copies the customer, lines and reductions; the order keeps the customer's date", () => {
    const quote = must(
      createDocument(baseLedger(), { kind: "quote", customerId: "C0001", date: "2026-02-20", lines: [line(DESK, 2)], reductions: { tradeDiscounts: [5] } }),
    );
    const sent = must(validateDocument(quote.ledger, quote.document.id, "2026-02-20"));
    expect(sent.number).toBe("DV-2026-00001");
    const order = must(createFromParent(sent.ledger, quote.document.id, "purchaseOrder", "2026-02-27", { customerOrderNumber: "BC-1" }));
    expect(order.document).toMatchObject({
      kind: "purchaseOrder",
      status: "draft",
      customerId: "C0001",
      parentId: quote.document.id,
      lines: [line(DESK, 2)],
      reductions: { tradeDiscounts: [5] },
      customerOrderNumber: "BC-1",
    });
    const recorded = must(validateDocument(order.ledger, order.document.id, "2026-03-01"));
    expect(recorded.document).toMatchObject({ number: "CM-2026-00001", date: "2026-02-27", validatedOn: "2026-03-01" });
  });

  it("refuses an invoice made from a quote", () => {
    const quote = must(createDocument(baseLedger(), { kind: "quote", customerId: "C0001", date: "2026-02-20", lines: [line(DESK, 1)] }));
    const sent = must(validateDocument(quote.ledger, quote.document.id, "2026-02-20"));
    expect(refused(createFromParent(sent.ledger, quote.document.id, "invoice", "2026-02-21"))).toEqual({
      code: "chain.invalid",
      message: "Une facture se crée à partir d'un bon de livraison, pas d'un devis (chaîne devis → commande → accusé de réception → bon de livraison → facture → avoir).",
      field: "parentId",
    });
  });

  it("refuses an invoice made straight from an order, and a delivery note as a first document", () => {
    const { ledger, orderId } = acceptedOrder(baseLedger(), { lines: [line(DESK, 1)] });
    expect(refused(createFromParent(ledger, orderId, "invoice", "2026-03-03")).code).toBe("chain.invalid");
    const root = refused(createDocument(ledger, { kind: "deliveryNote" as "quote", customerId: "C0001", date: "2026-03-03", lines: [line(DESK, 1)] }));
    expect(root).toEqual({
      code: "chain.needsParent",
      message: "Un bon de livraison se crée à partir de son document d'origine (commande)\u00a0: chaîne devis → commande → accusé de réception → bon de livraison → facture → avoir.",
      field: "kind",
    });
  });

  it("refuses a credit note on a draft invoice", () => {
    const { ledger, orderId } = acceptedOrder(baseLedger(), { lines: [line(DESK, 1)] });
    const { ledger: delivered, noteId } = deliver(ledger, orderId, "2026-03-03");
    const draft = must(createInvoiceFromDeliveryNotes(delivered, [noteId], "2026-03-04"));
    const error = refused(createCreditNote(draft.ledger, draft.document.id, { date: "2026-03-05", reason: "erreur", full: true }));
    expect(error).toEqual({
      code: "chain.parentNotValidated",
      message: `La facture (brouillon ${draft.document.id}) n'est pas validée\u00a0: on n'établit pas une facture d'avoir à partir d'un brouillon.`,
      field: "parentId",
    });
  });

  it("refuses to deliver an order that is not acknowledged, and to acknowledge it twice", () => {
    const { ledger, orderId } = recordOrder(baseLedger(), { lines: [line(DESK, 1)] });
    expect(refused(createFromParent(ledger, orderId, "deliveryNote", "2026-03-03")).code).toBe("deliveryNote.orderNotAccepted");
    const ack = must(createFromParent(ledger, orderId, "orderAcknowledgement", "2026-03-02"));
    expect(refused(createFromParent(ack.ledger, orderId, "orderAcknowledgement", "2026-03-02")).code).toBe("orderAcknowledgement.exists");
  });

  it("refuses a document dated before its parent", () => {
    const { ledger, orderId } = acceptedOrder(baseLedger(), { lines: [line(DESK, 1)], date: "2026-03-10" });
    const note = must(createFromParent(ledger, orderId, "deliveryNote", "2026-03-09"));
    const error = refused(validateDocument(note.ledger, note.document.id, "2026-03-09"));
    expect(error.message).toBe(`date\u00a0: le bon de livraison (brouillon ${note.document.id}) ne peut pas être daté du 09/03/2026, avant la commande CM-2026-00001 du 10/03/2026.`);
  });

  it("cancels a withdrawn order and releases its reservations, but not once delivered", () => {
    const { ledger, orderId } = acceptedOrder(baseLedger(), { lines: [line(CHAIR, 2)] });
    const reserved = must(reserveStock(ledger, { orderId, reference: "CH-ERGO", quantity: 2 })).ledger;
    const cancelled = must(cancelDocument(reserved, orderId));
    expect(cancelled.document.status).toBe("cancelled");
    expect(availableStock(cancelled.ledger, "CH-ERGO")).toBe(6);
    expect(refused(createFromParent(cancelled.ledger, orderId, "deliveryNote", "2026-03-03")).message).toBe(
      "La commande CM-2026-00001 est annulée\u00a0: on ne peut plus en tirer un bon de livraison.",
    );
    const delivered = deliver(ledger, orderId, "2026-03-03");
    expect(refused(cancelDocument(delivered.ledger, orderId)).code).toBe("order.notCancellable.delivered");
  });
});

// ───────────────────────────── The brief's scenario ─────────────────────────────

describe("order 10 items, stock 6: BL of 6, back-order 4, second BL of 4, invoice, partial credit note, payment", () => {
  it("runs the whole chain with exact figures", () => {
    // Order of 10 chairs at 120,00 € HT, remise 10 %, port 50,00 € HT; stock 6.
    const opened = acceptedOrder(baseLedger(), { lines: [line(CHAIR, 10)], tradeDiscounts: [10], shippingCents: 5_000 });
    let ledger = opened.ledger;
    const orderId = opened.orderId;
    // Accepted, not invoiced: 1 200,00 − 120,00 = 1 080,00 + 50,00 = 1 130,00 HT; TVA 226,00; TTC 1 356,00.
    expect(customerOutstanding(ledger, "C0001")).toEqual({ unpaidInvoicesCents: [], acceptedOrdersNotInvoicedCents: [135_600] });
    ledger = must(reserveStock(ledger, { orderId, reference: "CH-ERGO", quantity: 6 })).ledger;

    // First delivery: the 6 in stock.
    const first = deliver(ledger, orderId, "2026-03-03", [line(CHAIR, 6)]);
    ledger = first.ledger;
    expect(getDocument(ledger, first.noteId).number).toBe("BL-2026-00001");
    expect(findProduct(ledger, "CH-ERGO")?.stock).toBe(0);
    expect(ledger.reservations).toEqual([]);
    expect(remainingToDeliver(ledger, orderId)).toEqual([
      { reference: "CH-ERGO", description: "Chaise ergonomique", ordered: 10, delivered: 6, remaining: 4 },
    ]);

    // The back-order cannot leave before the stock comes in, nor exceed what remains.
    expect(refused(createFromParent(ledger, orderId, "deliveryNote", "2026-03-05", { lines: [line(CHAIR, 5)] }))).toEqual({
      code: "deliveryNote.exceedsRemaining",
      message: "lines[0].quantity\u00a0: 5 «\u00a0CH-ERGO\u00a0» à livrer, mais il n'en reste que 4 à livrer sur la commande CM-2026-00001 (commandé 10, déjà livré 6).",
      field: "lines[0].quantity",
    });
    const backOrder = must(createFromParent(ledger, orderId, "deliveryNote", "2026-03-05"));
    expect(backOrder.document.lines).toEqual([line(CHAIR, 4)]);
    expect(refused(validateDocument(backOrder.ledger, backOrder.document.id, "2026-03-05")).code).toBe("stock.insufficient");
    ledger = must(receiveStock(backOrder.ledger, { reference: "CH-ERGO", quantity: 10 })).ledger;
    const second = must(validateDocument(ledger, backOrder.document.id, "2026-03-09"));
    ledger = second.ledger;
    expect(second.number).toBe("BL-2026-00002");
    expect(findProduct(ledger, "CH-ERGO")?.stock).toBe(6);
    expect(remainingToDeliver(ledger, orderId)[0]).toMatchObject({ delivered: 10, remaining: 0 });
    expect(refused(createFromParent(ledger, orderId, "deliveryNote", "2026-03-09")).code).toBe("deliveryNote.nothingToDeliver");

    // One invoice for both delivery notes.
    const draft = must(createInvoiceFromDeliveryNotes(ledger, [first.noteId, backOrder.document.id], "2026-03-10"));
    expect(draft.document).toMatchObject({
      kind: "invoice",
      status: "draft",
      parentId: first.noteId,
      deliveryNoteIds: [first.noteId, backOrder.document.id],
      lines: [line(CHAIR, 10)],
      reductions: { tradeDiscounts: [10] },
      shippingCents: 5_000,
      depositCents: 0,
      customerOrderNumber: "BC-7781",
      deliveryDate: "2026-03-09",
    });
    expect(draft.document.number).toBeUndefined();
    const validated = must(validateInvoice(draft.ledger, draft.document.id, "2026-03-10"));
    ledger = validated.ledger;
    const invoiceId = draft.document.id;
    expect(validated.document).toMatchObject({ number: "FA-2026-00001", status: "validated", date: "2026-03-10", dueDate: "2026-04-09" });
    expect(documentTotals(ledger, invoiceId)).toMatchObject({
      grossCents: 120_000,
      netCommercialCents: 108_000,
      totalExclTaxCents: 113_000,
      vat: [{ rate: 20, baseCents: 113_000, amountCents: 22_600 }],
      totalInclTaxCents: 135_600,
      amountDueCents: 135_600,
    });
    expect(customerOutstanding(ledger, "C0001")).toEqual({ unpaidInvoicesCents: [135_600], acceptedOrdersNotInvoicedCents: [] });

    // Two chairs returned: 240,00 − 10 % = 216,00 HT, TVA 43,20, TTC 259,20.
    const credit = must(createCreditNote(ledger, invoiceId, { date: "2026-03-12", reason: "Retour de 2 chaises défectueuses", lines: [line(CHAIR, 2)] }));
    expect(credit.document).toMatchObject({
      kind: "creditNote",
      parentId: invoiceId,
      creditedInvoice: { id: invoiceId, number: "FA-2026-00001", date: "2026-03-10" },
      reductions: { tradeDiscounts: [10] },
      shippingCents: 0,
      fullCancellation: false,
      reason: "Retour de 2 chaises défectueuses",
    });
    const creditValidated = must(validateDocument(credit.ledger, credit.document.id, "2026-03-12"));
    ledger = creditValidated.ledger;
    expect(creditValidated.number).toBe("AV-2026-00001");
    expect(documentTotals(ledger, credit.document.id).totalInclTaxCents).toBe(25_920);
    expect(remainingToCredit(ledger, invoiceId)).toBe(109_680);
    expect(getDocument(ledger, invoiceId).status).toBe("validated");
    expect(invoiceBalance(ledger, invoiceId)).toBe(109_680);

    // Crediting the other 8 + 2 more chairs would exceed what remains.
    const tooMuch = refused(createCreditNote(ledger, invoiceId, { date: "2026-03-13", reason: "erreur", lines: [line(CHAIR, 10)] }));
    expect(tooMuch.message).toBe(
      `L'avoir de ${eur(129_600)} TTC dépasse le montant restant à créditer sur la facture FA-2026-00001\u00a0: ${eur(135_600)} TTC facturés, ${eur(25_920)} déjà crédités, reste ${eur(109_680)}.`,
    );

    // Payment: not more than the balance; a transfer of 500,00 then the rest.
    expect(refused(recordPayment(ledger, { invoiceId, date: "2026-03-20", amountCents: 109_681, method: "transfer" }))).toEqual({
      code: "payment.exceedsBalance",
      message: `amountCents\u00a0: le règlement de ${eur(109_681)} dépasse le solde dû de ${eur(109_680)} sur la facture FA-2026-00001.`,
      field: "amountCents",
    });
    const paid = must(recordPayment(ledger, { invoiceId, date: "2026-03-20", amountCents: 50_000, method: "transfer", reference: "VIR 0320" }));
    expect(paid.payment).toEqual({ id: "P0001", invoiceId, date: "2026-03-20", amountCents: 50_000, method: "transfer", reference: "VIR 0320" });
    expect(paid.balanceCents).toBe(59_680);
    const settled = must(recordPayment(paid.ledger, { invoiceId, date: "2026-04-02", amountCents: 59_680, method: "cheque" }));
    expect(invoiceBalance(settled.ledger, invoiceId)).toBe(0);
    expect(customerOutstanding(settled.ledger, "C0001")).toEqual({ unpaidInvoicesCents: [], acceptedOrdersNotInvoicedCents: [] });
    expect(refused(recordPayment(settled.ledger, { invoiceId, date: "2026-04-03", amountCents: 1, method: "cash" })).message).toBe(
      "amountCents\u00a0: la facture FA-2026-00001 ne présente aucun solde à régler.",
    );
  });

  it("invoices delivery notes one by one: the port goes on the first invoice only", () => {
    const opened = acceptedOrder(baseLedger(), { lines: [line(CHAIR, 10)], tradeDiscounts: [10], shippingCents: 5_000 });
    let ledger = opened.ledger;
    const orderId = opened.orderId;
    const first = deliver(ledger, orderId, "2026-03-03", [line(CHAIR, 6)]);
    const firstInvoice = invoice(first.ledger, [first.noteId], "2026-03-04");
    ledger = firstInvoice.ledger;
    // 6 × 120,00 = 720,00 − 72,00 = 648,00 + 50,00 = 698,00 HT; TVA 139,60; TTC 837,60.
    expect(documentTotals(ledger, firstInvoice.invoiceId).totalInclTaxCents).toBe(83_760);
    // The order's remaining 4: 480,00 − 48,00 = 432,00 HT, TTC 518,40 (port already invoiced).
    expect(customerOutstanding(ledger, "C0001")).toEqual({ unpaidInvoicesCents: [83_760], acceptedOrdersNotInvoicedCents: [51_840] });
    ledger = must(receiveStock(ledger, { reference: "CH-ERGO", quantity: 4 })).ledger;
    const second = deliver(ledger, orderId, "2026-03-09");
    const secondInvoice = invoice(second.ledger, [second.noteId], "2026-03-10");
    expect(getDocument(secondInvoice.ledger, secondInvoice.invoiceId)).toMatchObject({ number: "FA-2026-00002", shippingCents: 0 });
    expect(documentTotals(secondInvoice.ledger, secondInvoice.invoiceId).totalInclTaxCents).toBe(51_840);
    expect(customerOutstanding(secondInvoice.ledger, "C0001")).toEqual({ unpaidInvoicesCents: [83_760, 51_840], acceptedOrdersNotInvoicedCents: [] });
  });

  it("refuses to invoice a delivery note twice", () => {
    const { ledger, invoiceId } = invoicedChair();
    const noteId = getDocument(ledger, invoiceId).parentId ?? "";
    expect(refused(createInvoiceFromDeliveryNotes(ledger, [noteId], "2026-03-11")).message).toBe(
      "Le bon de livraison BL-2026-00001 est déjà facturé par la facture FA-2026-00001\u00a0: un bon de livraison ne se facture qu'une fois.",
    );
  });
});

// ───────────────────────────── Numbering and immutability ─────────────────────────────

describe("numbering in the ledger", () => {
  function twoDraftInvoices() {
    const opened = acceptedOrder(baseLedger(), { lines: [line(DESK, 2)] });
    let ledger = opened.ledger;
    const orderId = opened.orderId;
    const a = deliver(ledger, orderId, "2026-03-03", [line(DESK, 1)]);
    const b = deliver(a.ledger, orderId, "2026-03-04", [line(DESK, 1)]);
    const draftA = must(createInvoiceFromDeliveryNotes(b.ledger, [a.noteId], "2026-03-05"));
    const draftB = must(createInvoiceFromDeliveryNotes(draftA.ledger, [b.noteId], "2026-03-05"));
    ledger = draftB.ledger;
    return { ledger, a: draftA.document.id, b: draftB.document.id };
  }

  it("takes the number at validation only: a deleted draft consumes none", () => {
    const { ledger, a, b } = twoDraftInvoices();
    const deleted = must(deleteDraft(ledger, a));
    expect(deleted.ledger.documents.some((d) => d.id === a)).toBe(false);
    expect(must(validateInvoice(deleted.ledger, b, "2026-03-05")).number).toBe("FA-2026-00001");
  });

  it("never reuses a deleted draft's internal id", () => {
    const { ledger, b } = twoDraftInvoices();
    const deleted = must(deleteDraft(ledger, b));
    const noteId = getDocument(ledger, b).parentId ?? "";
    const again = must(createInvoiceFromDeliveryNotes(deleted.ledger, [noteId], "2026-03-06"));
    expect(again.document.id).not.toBe(b);
  });

  it("refuses a validation dated before the last validated invoice, leaving the series untouched", () => {
    const { ledger, a, b } = twoDraftInvoices();
    const first = must(validateInvoice(ledger, a, "2026-03-20"));
    const error = refused(validateInvoice(first.ledger, b, "2026-03-19"));
    expect(error.code).toBe("numbering.notChronological");
    expect(error.message).toBe(
      "date\u00a0: la date du 19/03/2026 est antérieure à la dernière pièce validée de la série FA (FA-2026-00001), du 20/03/2026. La numérotation est chronologique\u00a0: validez à une date égale ou postérieure.",
    );
    expect(must(validateInvoice(first.ledger, b, "2026-03-20")).number).toBe("FA-2026-00002");
  });

  it("keeps separate series for invoices, deposit invoices and credit notes, and restarts each on 1 January", () => {
    const { ledger, a, b } = twoDraftInvoices();
    const december = must(validateInvoice(ledger, a, "2026-12-31"));
    const credit = must(createCreditNote(december.ledger, a, { date: "2026-12-31", reason: "erreur de prix", full: true }));
    const avoir = must(validateDocument(credit.ledger, credit.document.id, "2026-12-31"));
    const january = must(validateInvoice(avoir.ledger, b, "2027-01-02"));
    expect([december.number, avoir.number, january.number]).toEqual(["FA-2026-00001", "AV-2026-00001", "FA-2027-00001"]);
  });

  it("continues a series seeded by the scenario", () => {
    const { ledger, a } = twoDraftInvoices();
    const seeded = { ...ledger, series: [{ kind: "invoice" as const, prefix: "FA", year: 2026, lastSequence: 41, lastDate: "2026-03-01" }] };
    expect(must(validateInvoice(seeded, a, "2026-03-05")).number).toBe("FA-2026-00042");
  });
});

describe("immutability", () => {
  it("a validated invoice can be neither modified nor deleted (facture de droit)", () => {
    const { ledger, invoiceId } = invoicedChair();
    const expected = { code: "invoice.immutable", message: INVOICE_IMMUTABLE_MESSAGE };
    expect(INVOICE_IMMUTABLE_MESSAGE).toBe(
      "Une facture validée ne peut être ni modifiée ni supprimée (facture de droit)\u00a0: pour l'annuler ou la corriger, établissez une facture d'avoir.",
    );
    expect(refused(updateDraft(ledger, invoiceId, { shippingCents: 0 }))).toEqual(expected);
    expect(refused(deleteDraft(ledger, invoiceId))).toEqual(expected);
    expect(refused(cancelDocument(ledger, invoiceId))).toEqual(expected);
    expect(refused(validateInvoice(ledger, invoiceId, "2026-03-11"))).toEqual(expected);
  });

  it("a validated credit note is frozen too", () => {
    const { ledger, invoiceId } = invoicedChair();
    const credit = must(createCreditNote(ledger, invoiceId, { date: "2026-03-11", reason: "geste commercial", lines: [{ description: "Rabais", quantity: 1, unitPriceCents: 1_000, vatRate: 20 }], reductions: {} }));
    const validated = must(validateDocument(credit.ledger, credit.document.id, "2026-03-11"));
    expect(refused(deleteDraft(validated.ledger, credit.document.id))).toEqual({ code: "invoice.immutable", message: CREDIT_NOTE_IMMUTABLE_MESSAGE });
  });

  it("other validated documents are kept for traceability", () => {
    const { ledger, orderId } = acceptedOrder(baseLedger(), { lines: [line(DESK, 1)] });
    expect(refused(updateDraft(ledger, orderId, { shippingCents: 1 }))).toEqual({
      code: "document.immutable",
      message: "La commande CM-2026-00001 est validée\u00a0: il ne peut plus être modifié ni supprimé\u00a0; le PGI garde la trace de chaque document de la chaîne.",
    });
  });

  it("drafts are edited and deleted freely", () => {
    const { ledger, orderId } = acceptedOrder(baseLedger(), { lines: [line(DESK, 2)] });
    const { ledger: delivered, noteId } = deliver(ledger, orderId, "2026-03-03");
    const draft = must(createInvoiceFromDeliveryNotes(delivered, [noteId], "2026-03-04"));
    const edited = must(updateDraft(draft.ledger, draft.document.id, { reductions: { tradeDiscounts: [5] }, shippingCents: 2_000 }));
    expect(edited.document).toMatchObject({ reductions: { tradeDiscounts: [5] }, shippingCents: 2_000, status: "draft" });
    // 2 000,00 − 100,00 = 1 900,00 + 20,00 = 1 920,00 HT, TTC 2 304,00.
    expect(documentTotals(edited.ledger, draft.document.id).totalInclTaxCents).toBe(230_400);
    expect(refused(updateDraft(edited.ledger, draft.document.id, { lines: [{ ...line(DESK, 1), vatRate: 7 }] })).message).toBe(
      "lines[0].vatRate\u00a0: taux de TVA 7\u00a0% inconnu (taux permis\u00a0: 20\u00a0%, 10\u00a0%, 5,5\u00a0%, 2,1\u00a0%).",
    );
    expect(refused(updateDraft(edited.ledger, draft.document.id, { depositCents: 999_999_999 })).code).toBe("invoice.deposit.exceedsTotal");
    const deleted = must(deleteDraft(edited.ledger, draft.document.id));
    expect(deleted.ledger.documents).toHaveLength(delivered.documents.length);
  });

  it("never mutates the ledger it is given", () => {
    const { ledger, invoiceId } = invoicedChair();
    const frozen = deepFreeze(structuredClone(ledger));
    const snapshot = structuredClone(frozen);
    must(createCreditNote(frozen, invoiceId, { date: "2026-03-11", reason: "annulation", full: true }));
    must(recordPayment(frozen, { invoiceId, date: "2026-03-11", amountCents: 100, method: "card" }));
    must(receiveStock(frozen, { reference: "CH-ERGO", quantity: 3 }));
    expect(frozen).toEqual(snapshot);
  });
});

// ───────────────────────────── Credit notes ─────────────────────────────

describe("credit notes", () => {
  it("a full cancellation credits the whole invoice and cancels it, the invoice otherwise unchanged", () => {
    const { ledger, invoiceId } = invoicedChair(2);
    const before = getDocument(ledger, invoiceId);
    const credit = must(createFromParent(ledger, invoiceId, "creditNote", "2026-03-15", { reason: "Commande annulée par le client" }));
    expect(credit.document).toMatchObject({ fullCancellation: true, lines: before.lines, creditedInvoice: { number: "FA-2026-00001", date: "2026-03-10" } });
    const validated = must(validateDocument(credit.ledger, credit.document.id, "2026-03-15"));
    // 2 × 120,00 = 240,00 HT, TTC 288,00.
    expect(documentTotals(validated.ledger, credit.document.id).totalInclTaxCents).toBe(28_800);
    expect(getDocument(validated.ledger, invoiceId)).toEqual({ ...before, status: "cancelled" });
    expect(remainingToCredit(validated.ledger, invoiceId)).toBe(0);
    expect(invoiceBalance(validated.ledger, invoiceId)).toBe(0);
    expect(refused(createCreditNote(validated.ledger, invoiceId, { date: "2026-03-16", reason: "x", full: true })).code).toBe("chain.parentCancelled");
    expect(customerOutstanding(validated.ledger, "C0001").unpaidInvoicesCents).toEqual([]);
  });

  it("partial credit notes that add up to the TTC cancel the invoice too", () => {
    const { ledger, invoiceId } = invoicedChair(2);
    let current = ledger;
    for (const date of ["2026-03-11", "2026-03-12"]) {
      const credit = must(createCreditNote(current, invoiceId, { date, reason: "retour", lines: [line(CHAIR, 1)] }));
      current = must(validateDocument(credit.ledger, credit.document.id, date)).ledger;
    }
    expect(getDocument(current, invoiceId).status).toBe("cancelled");
  });

  it("checks the cap again at validation: two drafts cannot together exceed the invoice", () => {
    const { ledger, invoiceId } = invoicedChair(2);
    // Invoice TTC 288,00. Draft a: 1 chair, TTC 144,00. Draft b: 1 chair + 10,00 HT, TTC 156,00.
    const a = must(createCreditNote(ledger, invoiceId, { date: "2026-03-11", reason: "retour", lines: [line(CHAIR, 1)] }));
    const extra = { description: "Frais de reprise", quantity: 1, unitPriceCents: 1_000, vatRate: 20 };
    const b = must(createCreditNote(a.ledger, invoiceId, { date: "2026-03-11", reason: "retour", lines: [line(CHAIR, 1), extra] }));
    const first = must(validateDocument(b.ledger, a.document.id, "2026-03-11"));
    expect(refused(validateDocument(first.ledger, b.document.id, "2026-03-11")).message).toBe(
      `L'avoir de ${eur(15_600)} TTC dépasse le montant restant à créditer sur la facture FA-2026-00001\u00a0: ${eur(28_800)} TTC facturés, ${eur(14_400)} déjà crédités, reste ${eur(14_400)}.`,
    );
  });

  it("refuses a full cancellation after partial credits, telling what remains", () => {
    const { ledger, invoiceId } = invoicedChair(2);
    const credit = must(createCreditNote(ledger, invoiceId, { date: "2026-03-11", reason: "retour", lines: [line(CHAIR, 1)] }));
    const validated = must(validateDocument(credit.ledger, credit.document.id, "2026-03-11"));
    expect(refused(createCreditNote(validated.ledger, invoiceId, { date: "2026-03-12", reason: "annulation", full: true })).message).toBe(
      `La facture FA-2026-00001 a déjà fait l'objet d'avoirs partiels\u00a0: il reste ${eur(14_400)} TTC à créditer\u00a0; établissez un avoir partiel de ce montant.`,
    );
  });

  it("refuses a VAT rate the invoice does not carry, a missing reason, a date before the invoice", () => {
    const { ledger, invoiceId } = invoicedChair();
    expect(refused(createCreditNote(ledger, invoiceId, { date: "2026-03-11", reason: "x", lines: [line(GUIDE, 1)] })).message).toBe(
      "lines[0].vatRate\u00a0: la facture FA-2026-00001 ne comporte pas de TVA à 5,5\u00a0% (taux facturés\u00a0: 20\u00a0%)\u00a0: un avoir reprend les taux de la facture.",
    );
    expect(refused(createCreditNote(ledger, invoiceId, { date: "2026-03-11", reason: " ", full: true })).code).toBe("creditNote.reason.required");
    expect(refused(createCreditNote(ledger, invoiceId, { date: "2026-03-09", reason: "x", full: true })).code).toBe("creditNote.dateBeforeInvoice");
    expect(refused(createCreditNote(ledger, invoiceId, { date: "2026-03-11", reason: "x" })).code).toBe("creditNote.linesOrFull");
  });
});

// ───────────────────────────── Deposits ─────────────────────────────

describe("deposit invoices", () => {
  it("splits a 3 000,00 € TTC deposit at 20 % into 2 500,00 HT + 500,00 VAT; the final invoice deducts it", () => {
    // 10 desks at 1 000,00 € HT: TTC 12 000,00.
    const opened = acceptedOrder(baseLedger(), { lines: [line(DESK, 10)] });
    let ledger = opened.ledger;
    const orderId = opened.orderId;
    expect(customerOutstanding(ledger, "C0001").acceptedOrdersNotInvoicedCents).toEqual([1_200_000]);
    const deposit = must(createDepositInvoice(ledger, orderId, 300_000, "2026-03-03"));
    expect(deposit.document.lines).toEqual([{ description: "Acompte sur commande CM-2026-00001 du 02/03/2026", quantity: 1, unitPriceCents: 250_000, vatRate: 20 }]);
    const validated = must(validateInvoice(deposit.ledger, deposit.document.id, "2026-03-03"));
    ledger = validated.ledger;
    expect(validated.document).toMatchObject({ number: "AC-2026-00001", dueDate: "2026-03-03" });
    expect(documentTotals(ledger, deposit.document.id)).toMatchObject({ totalExclTaxCents: 250_000, totalVatCents: 50_000, totalInclTaxCents: 300_000 });
    expect(customerOutstanding(ledger, "C0001")).toEqual({ unpaidInvoicesCents: [300_000], acceptedOrdersNotInvoicedCents: [900_000] });
    ledger = must(recordPayment(ledger, { invoiceId: deposit.document.id, date: "2026-03-04", amountCents: 300_000, method: "transfer" })).ledger;
    expect(customerOutstanding(ledger, "C0001")).toEqual({ unpaidInvoicesCents: [], acceptedOrdersNotInvoicedCents: [900_000] });

    const delivered = deliver(ledger, orderId, "2026-03-10");
    const final = must(createInvoiceFromDeliveryNotes(delivered.ledger, [delivered.noteId], "2026-03-10"));
    expect(final.document.depositCents).toBe(300_000);
    const finalValidated = must(validateInvoice(final.ledger, final.document.id, "2026-03-10"));
    expect(finalValidated.number).toBe("FA-2026-00001");
    expect(documentTotals(finalValidated.ledger, final.document.id)).toMatchObject({ totalInclTaxCents: 1_200_000, depositCents: 300_000, amountDueCents: 900_000 });
    expect(customerOutstanding(finalValidated.ledger, "C0001")).toEqual({ unpaidInvoicesCents: [900_000], acceptedOrdersNotInvoicedCents: [] });
  });

  it("splits pro rata of each rate's TTC when the order mixes rates", () => {
    // 1 000,00 HT at 20 % (TTC 1 200,00) + 1 000,00 HT at 5,5 % (TTC 1 055,00) = 2 255,00.
    const mixed = { ...DESK, reference: "LOT", vatRate: 5.5 as const };
    const { ledger, orderId } = acceptedOrder(baseLedger([DESK, mixed]), { lines: [line(DESK, 1), line(mixed, 1)] });
    // 451,00 = 20 % of 2 255,00 → 240,00 (= 200,00 + 40,00) and 211,00 (= 200,00 + 11,00).
    const deposit = must(createDepositInvoice(ledger, orderId, 45_100, "2026-03-03"));
    expect(deposit.document.lines.map((l) => [l.vatRate, l.unitPriceCents])).toEqual([
      [20, 20_000],
      [5.5, 20_000],
    ]);
    expect(deposit.document.lines[0]?.description).toBe("Acompte sur commande CM-2026-00001 du 02/03/2026 (part à 20\u00a0%)");
    expect(documentTotals(deposit.ledger, deposit.document.id)).toMatchObject({
      vat: [
        { rate: 20, baseCents: 20_000, amountCents: 4_000 },
        { rate: 5.5, baseCents: 20_000, amountCents: 1_100 },
      ],
      totalInclTaxCents: 45_100,
    });
  });

  it("refuses an amount no HT base reaches exactly, suggesting the nearest ones", () => {
    const { ledger, orderId } = acceptedOrder(baseLedger(), { lines: [line(DESK, 1)] });
    // HT 0,02 → TVA 0,00 → 0,02; HT 0,03 → TVA 0,01 → 0,04: 0,03 € TTC cannot be split.
    expect(refused(createDepositInvoice(ledger, orderId, 3, "2026-03-03")).message).toBe(
      `amount\u00a0: un acompte de ${eur(3)} TTC ne se décompose pas exactement en HT + TVA arrondie au centime\u00a0; montants possibles les plus proches\u00a0: ${eur(2)} ou ${eur(4)}.`,
    );
  });

  it("prints a deposit invoice due on receipt that passes the mentions checker", () => {
    const { ledger, orderId } = acceptedOrder(baseLedger(), { lines: [line(DESK, 1)] });
    const deposit = must(createDepositInvoice(ledger, orderId, 36_000, "2026-03-04"));
    const validated = must(validateInvoice(deposit.ledger, deposit.document.id, "2026-03-04"));
    const doc = toInvoiceDocument(validated.ledger, deposit.document.id, SELLER);
    expect(doc).toMatchObject({ kind: "depositInvoice", number: "AC-2026-00001", dueDate: "2026-03-04", paymentTermsText: "Paiement à réception", purchaseOrderNumber: "BC-7781" });
    expect(doc.saleDate).toBeUndefined();
    // 360,00 TTC = 300,00 HT + 60,00 TVA.
    expect(doc.totals).toMatchObject({ totalExclTaxCents: 30_000, totalVatCents: 6_000, totalInclTaxCents: 36_000 });
    expect(checkInvoice(doc, { list: "legal", today: "2026-03-04" }).findings).toEqual([]);
  });

  it("refuses deposits beyond the order's TTC", () => {
    const { ledger, orderId } = acceptedOrder(baseLedger(), { lines: [line(DESK, 1)] });
    const first = must(createDepositInvoice(ledger, orderId, 60_000, "2026-03-03"));
    expect(refused(createDepositInvoice(first.ledger, orderId, 60_001, "2026-03-03")).message).toBe(
      `amount\u00a0: un acompte de ${eur(60_001)} porterait les acomptes à ${eur(120_001)}, au-delà du total TTC de la commande CM-2026-00001 (${eur(120_000)}).`,
    );
    expect(refused(createFromParent(ledger, orderId, "depositInvoice", "2026-03-03")).code).toBe("chain.depositNeedsAmount");
  });
});

// ───────────────────────────── Payments ─────────────────────────────

describe("customerOutstanding feeds checkCredit", () => {
  it("encours 1 356,00 + new order 288,00 = 1 644,00 > plafond 1 500,00: excess 144,00", () => {
    const { ledger } = acceptedOrder(baseLedger(), { lines: [line(CHAIR, 10)], tradeDiscounts: [10], shippingCents: 5_000 });
    const outstanding = customerOutstanding(ledger, "C0001");
    const check = checkCredit({ ...outstanding, orderTotalInclTaxCents: 28_800, creditLimitCents: 150_000 });
    expect(check).toMatchObject({ outstandingCents: 135_600, projectedCents: 164_400, passes: false, excessCents: 14_400 });
  });

  it("counts nothing for orders not yet acknowledged, nor for draft invoices", () => {
    const { ledger } = recordOrder(baseLedger(), { lines: [line(DESK, 1)] });
    expect(customerOutstanding(ledger, "C0001")).toEqual({ unpaidInvoicesCents: [], acceptedOrdersNotInvoicedCents: [] });
  });
});

describe("payments", () => {
  it("refuse a draft invoice, a payment before the invoice date and a non-positive amount", () => {
    const { ledger, orderId } = acceptedOrder(baseLedger(), { lines: [line(DESK, 1)] });
    const { ledger: delivered, noteId } = deliver(ledger, orderId, "2026-03-03");
    const draft = must(createInvoiceFromDeliveryNotes(delivered, [noteId], "2026-03-04"));
    expect(refused(recordPayment(draft.ledger, { invoiceId: draft.document.id, date: "2026-03-05", amountCents: 100, method: "transfer" })).code).toBe(
      "payment.invoiceNotValidated",
    );
    const validated = must(validateInvoice(draft.ledger, draft.document.id, "2026-03-04")).ledger;
    expect(refused(recordPayment(validated, { invoiceId: draft.document.id, date: "2026-03-03", amountCents: 100, method: "transfer" })).code).toBe("payment.beforeInvoice");
    expect(refused(recordPayment(validated, { invoiceId: draft.document.id, date: "2026-03-05", amountCents: 0, method: "transfer" })).code).toBe("payment.amount.invalid");
    expect(refused(recordPayment(validated, { invoiceId: orderId, date: "2026-03-05", amountCents: 100, method: "transfer" })).code).toBe("payment.notAnInvoice");
  });
});

// ───────────────────────────── The invoice as printed ─────────────────────────────

describe("toInvoiceDocument", () => {
  function printedScenario() {
    const opened = acceptedOrder(baseLedger(), { lines: [line(CHAIR, 4), line(GUIDE, 4)], tradeDiscounts: [10], shippingCents: 3_000 });
    let ledger = opened.ledger;
    const orderId = opened.orderId;
    const note = deliver(ledger, orderId, "2026-03-05");
    const inv = invoice(note.ledger, [note.noteId], "2026-03-06");
    ledger = inv.ledger;
    return { ledger, invoiceId: inv.invoiceId };
  }

  it("prints the nature of the operation derived from what the lines sell: goods, services or both", () => {
    const { ledger, invoiceId } = printedScenario();
    const asServices = (references: string[]): Ledger => ({ ...ledger, products: ledger.products.map((p) => (references.includes(p.reference) ? { ...p, nature: "service" as const } : p)) });
    expect(toInvoiceDocument(ledger, invoiceId, SELLER).operationNature).toBe("goods");
    expect(toInvoiceDocument(asServices(["LIV-GUIDE"]), invoiceId, SELLER).operationNature).toBe("mixed");
    expect(toInvoiceDocument(asServices(["CH-ERGO", "LIV-GUIDE"]), invoiceId, SELLER).operationNature).toBe("services");
  });

  it("fills every mention from the ledger", () => {
    const { ledger, invoiceId } = printedScenario();
    const doc = toInvoiceDocument(ledger, invoiceId, SELLER);
    expect(doc).toMatchObject({
      kind: "invoice",
      number: "FA-2026-00001",
      issueDate: "2026-03-06",
      seller: SELLER,
      buyer: {
        name: "Bureautique Martin",
        address: { street: "12 rue de la République", postalCode: "69002", city: "Lyon" },
        siren: "732829320",
        vatNumber: "FR44732829320",
      },
      deliveryAddress: { street: "5 allée des Tilleuls", postalCode: "01700", city: "Miribel" },
      purchaseOrderNumber: "BC-7781",
      saleDate: "2026-03-05",
      dueDate: "2026-04-05",
      paymentTermsText: "30 jours date de facture",
      cashDiscountCondition: "Pas d'escompte pour paiement anticipé",
      latePenaltyRate: 12.15,
      recoveryIndemnityCents: 4_000,
      operationNature: "goods",
      vatOnDebitsMention: false,
      shippingCents: 3_000,
    });
    expect(doc.lines[1]).toEqual({ reference: "LIV-GUIDE", description: "Guide de l'ergonomie au bureau", quantity: 4, unitPriceCents: 2_500, vatRate: 5.5, lineTotalCents: 10_000 });
    // 20 %: 480,00 − 48,00 = 432,00; 5,5 %: 100,00 − 10,00 = 90,00. Port 30,00 pro rata 432:90 → 24,83 + 5,17.
    expect(doc.totals).toMatchObject({
      grossCents: 58_000,
      netCommercialCents: 52_200,
      totalExclTaxCents: 55_200,
      vat: [
        { rate: 20, baseCents: 45_683, amountCents: 9_137 },
        { rate: 5.5, baseCents: 9_517, amountCents: 523 },
      ],
      totalInclTaxCents: 64_860,
      amountDueCents: 64_860,
    });
  });

  it("passes the mentions checker on the full legal list", () => {
    const { ledger, invoiceId } = printedScenario();
    const check = checkInvoice(toInvoiceDocument(ledger, invoiceId, SELLER), { list: "legal", today: "2026-03-06" });
    expect(check.findings).toEqual([]);
  });

  it("prints the buyer as known at validation, even if the account changes later", () => {
    const { ledger, invoiceId } = printedScenario();
    const moved = { ...ledger, customers: ledger.customers.map((c) => ({ ...c, name: "Martin & Fils", billingAddress: { street: "1 place Bellecour", postalCode: "69002", city: "Lyon" } })) };
    expect(toInvoiceDocument(moved, invoiceId, SELLER).buyer.name).toBe("Bureautique Martin");
  });

  it("prints a credit note citing the original invoice, with no payment terms", () => {
    const { ledger, invoiceId } = printedScenario();
    const credit = must(createCreditNote(ledger, invoiceId, { date: "2026-03-09", reason: "retour", lines: [line(GUIDE, 1)] }));
    const validated = must(validateDocument(credit.ledger, credit.document.id, "2026-03-09"));
    const doc = toInvoiceDocument(validated.ledger, credit.document.id, SELLER);
    expect(doc).toMatchObject({ kind: "creditNote", number: "AV-2026-00001", issueDate: "2026-03-09", originalInvoice: { number: "FA-2026-00001", date: "2026-03-06" } });
    expect(doc.dueDate).toBeUndefined();
    // 25,00 − 2,50 = 22,50 HT, TVA 5,5 % 1,24, TTC 23,74.
    expect(doc.totals.totalInclTaxCents).toBe(2_374);
    expect(checkInvoice(doc, { list: "legal", today: "2026-03-09" }).findings).toEqual([]);
  });

  it("prints the escompte offered by the customer's conditions", () => {
    const { ledger, invoiceId } = printedScenario();
    const withDiscount = {
      ...ledger,
      documents: ledger.documents.map((d) => (d.buyer ? { ...d, buyer: { ...d.buyer, conditions: { tradeDiscounts: [], cashDiscount: 2, cashDiscountDays: 10 } } } : d)),
    };
    expect(toInvoiceDocument(withDiscount, invoiceId, SELLER).cashDiscountCondition).toBe("Escompte de 2\u00a0% si paiement sous 10 jours");
  });

  it("lists the children of a document", () => {
    const { ledger, invoiceId } = printedScenario();
    const noteId = getDocument(ledger, invoiceId).parentId ?? "";
    expect(childrenOf(ledger, noteId).map((d) => d.id)).toEqual([invoiceId]);
  });
});
