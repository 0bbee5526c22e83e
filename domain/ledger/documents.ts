// ───────────────────────────── Creating documents ─────────────────────────────

import { compareDates, formatDateFr, type IsoDate } from "../dates";
import type { Customer, DocumentLine, DocumentReductions, PostalAddress, SalesDocumentKind } from "../documents";
import { formatEuros, type Cents } from "../money";
import { nextNumber, replaceSeries, seriesFor, type LedgerError } from "../numbering";
import { dueDate } from "../paymentTerms";
import { fail, failWith, problem, type Failure, type Ledger, type LedgerResult, type SalesDocument } from "./types";
import { capitalize } from "../text";
import {
  agreed,
  CHAIN_TEXT,
  chainError,
  childrenOf,
  CREDIT_NOTE_IMMUTABLE_MESSAGE,
  describeDocument,
  DOCUMENT_KINDS,
  findDocument,
  inherit,
  INVOICE_IMMUTABLE_MESSAGE,
  isLegal,
  missingDocument,
  nextSequentialId,
  parentStateError,
  replaceDocument,
  type DocumentKindInfo,
} from "./chain";
import { checkAmount, checkDate, checkDocumentContent, checkLines, checkReductions } from "./checks";
import { findCustomerById } from "./customers";
import { addDocument, computableError, mergeLines, totalsOf, ttcOf } from "./totals";
import { checkDeliveryQuantities, deliveryLines, isOrderAccepted, remainingToDeliver } from "./orders";
import { releaseReservations, shipDeliveryNote } from "./stock";
import { deliveryNoteIdsOf, depositAvailable, depositsDeducted, depositsInvoiced, invoicesOfOrder, remainingToCredit } from "./amounts";
import { checkDepositWithinOrder } from "./deposits";
import { cashDiscountMention } from "../cashDiscount";
import { checkCreditNote, createCreditNote } from "./creditNotes";

/** What a caller may set or change on a draft. */
export interface DocumentPatch {
  date?: IsoDate;
  lines?: DocumentLine[];
  reductions?: DocumentReductions;
  shippingCents?: Cents;
  depositCents?: Cents;
  customerOrderNumber?: string;
  deliveryDate?: IsoDate;
  deliveryAddress?: PostalAddress;
  reason?: string;
}

export interface NewRootDocument extends DocumentPatch {
  kind: "quote" | "purchaseOrder";
  customerId: string;
  date: IsoDate;
  lines: DocumentLine[];
  /** Optional explicit id (scenario seeds); generated otherwise. */
  id?: string;
}

function applyPatch(doc: SalesDocument, patch: DocumentPatch): SalesDocument {
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as DocumentPatch;
  return { ...doc, ...defined };
}

function checkPatch(patch: DocumentPatch): LedgerError | undefined {
  return (
    (patch.date !== undefined ? checkDate(patch.date) : undefined) ??
    (patch.deliveryDate !== undefined ? checkDate(patch.deliveryDate, "deliveryDate") : undefined) ??
    (patch.lines !== undefined ? checkLines(patch.lines) : undefined) ??
    (patch.reductions !== undefined ? checkReductions(patch.reductions) : undefined) ??
    (patch.shippingCents !== undefined ? checkAmount(patch.shippingCents, "shippingCents", "le port HT") : undefined) ??
    (patch.depositCents !== undefined ? checkAmount(patch.depositCents, "depositCents", "l'acompte déduit") : undefined)
  );
}

/** A document that starts a chain: a quote, or a purchase order received without a quote. */
export function createDocument(ledger: Ledger, draft: NewRootDocument): LedgerResult<{ document: SalesDocument }> {
  const info = DOCUMENT_KINDS[draft.kind] as DocumentKindInfo | undefined;
  if (info === undefined) {
    return fail("document.kind.unknown", `kind\u00a0: type de document «\u00a0${String(draft.kind)}\u00a0» inconnu.`, "kind");
  }
  if (!info.root) {
    const kind = draft.kind as SalesDocumentKind;
    return fail(
      "chain.needsParent",
      `${capitalize(DOCUMENT_KINDS[kind].a)} se crée à partir de son document d'origine (${DOCUMENT_KINDS[kind].parents.map((p) => DOCUMENT_KINDS[p].label).join(" ou ")})\u00a0: chaîne ${CHAIN_TEXT}.`,
      "kind",
    );
  }
  if (!findCustomerById(ledger, draft.customerId)) {
    return fail("customer.notFound", `customerId\u00a0: le client «\u00a0${draft.customerId}\u00a0» n'existe pas\u00a0: créez d'abord son compte.`, "customerId");
  }
  const issue = checkPatch(draft);
  if (issue) return failWith(issue);
  const { id, kind, customerId, ...patch } = draft;
  const base: Omit<SalesDocument, "id" | "status"> = {
    kind,
    customerId,
    date: draft.date,
    lines: [],
    reductions: {},
    shippingCents: 0,
    depositCents: 0,
  };
  return addDocument(ledger, applyPatch(base as SalesDocument, patch), id);
}

/**
 * The next document of the chain, created as a draft from its parent: customer, lines, reductions
 * copied. A delivery note takes the quantities still to deliver (override `lines` for a partial
 * delivery); an invoice takes its delivery note; a credit note cancels the whole invoice unless
 * `lines` say what to credit. A deposit invoice needs an amount: use createDepositInvoice.
 */
export function createFromParent(
  ledger: Ledger,
  parentId: string,
  kind: SalesDocumentKind,
  date: IsoDate,
  overrides: DocumentPatch & { id?: string } = {},
): LedgerResult<{ document: SalesDocument }> {
  const parent = findDocument(ledger, parentId);
  if (!parent) return missingDocument(parentId, "parentId");
  const chain = chainError(parent, kind);
  if (chain) return failWith(chain);
  const dateIssue = checkDate(date) ?? checkPatch(overrides);
  if (dateIssue) return failWith(dateIssue);
  const { id, ...patch } = overrides;
  switch (kind) {
    case "creditNote":
      return createCreditNote(ledger, parentId, {
        date,
        reason: patch.reason ?? "",
        ...(patch.lines !== undefined ? { lines: patch.lines } : { full: true }),
        ...(patch.reductions !== undefined ? { reductions: patch.reductions } : {}),
        ...(patch.shippingCents !== undefined ? { shippingCents: patch.shippingCents } : {}),
        ...(id !== undefined ? { id } : {}),
      });
    case "depositInvoice":
      return fail("chain.depositNeedsAmount", "amount\u00a0: une facture d'acompte se crée avec son montant TTC (createDepositInvoice).", "amount");
    case "invoice":
      return createInvoiceFromDeliveryNotes(ledger, [parentId], date, overrides);
    case "deliveryNote":
      return createDeliveryNote(ledger, parent, date, overrides);
    case "orderAcknowledgement": {
      const existing = childrenOf(ledger, parentId, "orderAcknowledgement").find((a) => a.status !== "cancelled");
      if (existing) {
        return fail(
          "orderAcknowledgement.exists",
          `${capitalize(describeDocument(parent))} a déjà un accusé de réception (${existing.number ?? `brouillon ${existing.id}`})\u00a0: une commande ne s'accuse qu'une fois.`,
          "parentId",
        );
      }
      return addDocument(ledger, applyPatch(inherit(parent, kind, date) as SalesDocument, patch), id);
    }
    default:
      return addDocument(ledger, applyPatch(inherit(parent, kind, date) as SalesDocument, patch), id);
  }
}

function createDeliveryNote(
  ledger: Ledger,
  order: SalesDocument,
  date: IsoDate,
  overrides: DocumentPatch & { id?: string },
): LedgerResult<{ document: SalesDocument }> {
  if (!isOrderAccepted(ledger, order.id)) return failWith(orderNotAcceptedError(order));
  const progress = remainingToDeliver(ledger, order.id);
  const { id, lines: requested, ...patch } = overrides;
  const lines = deliveryLines(order, requested, progress);
  if (lines.length === 0) {
    return fail("deliveryNote.nothingToDeliver", `${capitalize(describeDocument(order))} est entièrement livrée\u00a0: il ne reste rien à livrer.`, "parentId");
  }
  const quantityIssue = checkDeliveryQuantities(ledger, order, lines);
  if (quantityIssue) return failWith(quantityIssue);
  const draft = applyPatch({ ...inherit(order, "deliveryNote", date), lines, shippingCents: 0 } as SalesDocument, patch);
  return addDocument(ledger, draft, id);
}

/** A non-cancelled invoice (draft or validated) that already takes the delivery note. */
function invoiceOfDeliveryNote(ledger: Ledger, noteId: string, exceptId?: string, validatedOnly = false): SalesDocument | undefined {
  return ledger.documents.find(
    (d) =>
      d.kind === "invoice" &&
      d.id !== exceptId &&
      (validatedOnly ? d.status === "validated" : d.status !== "cancelled") &&
      deliveryNoteIdsOf(d).includes(noteId),
  );
}

function checkDeliveryNotesForInvoice(ledger: Ledger, ids: readonly string[], exceptId?: string, validatedOnly = false): LedgerError | SalesDocument[] {
  if (ids.length === 0) return problem("invoice.noDeliveryNote", "deliveryNoteIds\u00a0: une facture porte sur au moins un bon de livraison.", "deliveryNoteIds");
  const notes: SalesDocument[] = [];
  for (const id of ids) {
    const note = findDocument(ledger, id);
    if (!note) return problem("document.notFound", `deliveryNoteIds\u00a0: document «\u00a0${id}\u00a0» introuvable dans le PGI.`, "deliveryNoteIds");
    const issue = chainError(note, "invoice");
    if (issue) return issue;
    const invoiced = invoiceOfDeliveryNote(ledger, id, exceptId, validatedOnly);
    if (invoiced) {
      return problem(
        "invoice.alreadyInvoiced",
        `${capitalize(describeDocument(note))} est déjà facturé par ${describeDocument(invoiced)}\u00a0: un bon de livraison ne se facture qu'une fois.`,
        "deliveryNoteIds",
      );
    }
    notes.push(note);
  }
  const orders = new Set(notes.map((n) => n.parentId));
  if (orders.size > 1) {
    return problem("invoice.mixedOrders", "deliveryNoteIds\u00a0: ces bons de livraison relèvent de commandes différentes\u00a0: établissez une facture par commande.", "deliveryNoteIds");
  }
  if (new Set(ids).size !== ids.length) {
    return problem("invoice.duplicateDeliveryNote", "deliveryNoteIds\u00a0: un même bon de livraison figure deux fois.", "deliveryNoteIds");
  }
  return notes;
}

function latestDate(dates: readonly IsoDate[]): IsoDate | undefined {
  return dates.reduce<IsoDate | undefined>((latest, d) => (latest === undefined || compareDates(d, latest) > 0 ? d : latest), undefined);
}

/**
 * The invoice of one or several delivery notes of the same order (a partial delivery is invoiced
 * note by note, or grouped). Reductions come from the order; its port goes on the first invoice;
 * deposits invoiced on the order are deducted (TTC) up to the invoice's TTC.
 */
export function createInvoiceFromDeliveryNotes(
  ledger: Ledger,
  deliveryNoteIds: readonly string[],
  date: IsoDate,
  overrides: DocumentPatch & { id?: string } = {},
): LedgerResult<{ document: SalesDocument }> {
  const checked = checkDeliveryNotesForInvoice(ledger, deliveryNoteIds);
  if (!Array.isArray(checked)) return failWith(checked);
  const dateIssue = checkDate(date) ?? checkPatch(overrides);
  if (dateIssue) return failWith(dateIssue);
  const [first] = checked;
  const order = first?.parentId !== undefined ? findDocument(ledger, first.parentId) : undefined;
  if (!first || !order) return missingDocument(deliveryNoteIds[0] ?? "", "deliveryNoteIds");
  const portAlreadyInvoiced = invoicesOfOrder(ledger, order.id).some((i) => i.status !== "cancelled" && i.shippingCents > 0);
  const deliveredOn = latestDate(checked.map((n) => n.validatedOn ?? n.date));
  const base: SalesDocument = {
    ...inherit(order, "invoice", date),
    id: "",
    status: "draft",
    parentId: first.id,
    deliveryNoteIds: [...deliveryNoteIds],
    lines: mergeLines(checked.flatMap((n) => n.lines)),
    shippingCents: portAlreadyInvoiced ? 0 : order.shippingCents,
    ...(deliveredOn !== undefined ? { deliveryDate: deliveredOn } : {}),
  };
  const { id, ...patch } = overrides;
  const withPatch = applyPatch(base, patch);
  const deposit =
    patch.depositCents !== undefined ? patch.depositCents : Math.min(depositAvailable(ledger, order.id), totalsOf(withPatch).totalInclTaxCents);
  const { id: _blank, status: _draft, ...draft } = { ...withPatch, depositCents: deposit };
  return addDocument(ledger, draft, id);
}

// ───────────────────────────── Editing, deleting, cancelling ─────────────────────────────

/** Nothing is delivered before the order is accepted (its acknowledgement validated): at creation as at validation. */
function orderNotAcceptedError(order: SalesDocument): LedgerError {
  return problem("deliveryNote.orderNotAccepted", `${capitalize(describeDocument(order))} n'est pas encore acceptée\u00a0: validez d'abord l'accusé de réception de commande avant de livrer.`, "parentId");
}

function immutableError(doc: SalesDocument): LedgerError {
  if (doc.kind === "creditNote") return problem("invoice.immutable", CREDIT_NOTE_IMMUTABLE_MESSAGE);
  if (isLegal(doc.kind)) return problem("invoice.immutable", INVOICE_IMMUTABLE_MESSAGE);
  const state = agreed(doc.kind, doc.status === "cancelled" ? "annulé" : "validé");
  return problem(
    "document.immutable",
    `${capitalize(describeDocument(doc))} est ${state}\u00a0: il ne peut plus être modifié ni supprimé\u00a0; le PGI garde la trace de chaque document de la chaîne.`,
  );
}

/** Drafts are edited freely; a validated document never. */
export function updateDraft(ledger: Ledger, id: string, patch: DocumentPatch): LedgerResult<{ document: SalesDocument }> {
  const doc = findDocument(ledger, id);
  if (!doc) return missingDocument(id);
  if (doc.status !== "draft") return failWith(immutableError(doc));
  const document = applyPatch(doc, patch);
  const issue = checkPatch(patch) ?? computableError(document);
  if (issue) return failWith(issue);
  return { ok: true, ledger: replaceDocument(ledger, document), document };
}

/** A draft has no number yet, so deleting it leaves no gap in any series. */
export function deleteDraft(ledger: Ledger, id: string): LedgerResult {
  const doc = findDocument(ledger, id);
  if (!doc) return missingDocument(id);
  if (doc.status !== "draft") return failWith(immutableError(doc));
  return {
    ok: true,
    ledger: {
      ...ledger,
      documents: ledger.documents.filter((d) => d.id !== id),
      lastDocumentSequence: Math.max(ledger.lastDocumentSequence ?? 0, nextSequentialId("D", ledger.documents.map((d) => d.id)).sequence - 1),
    },
  };
}

/**
 * A quote declined, or an order withdrawn or refused after it was recorded. Invoices are
 * cancelled only by a credit note; shipped goods and an acknowledgement sent cannot be undone.
 */
export function cancelDocument(ledger: Ledger, id: string): LedgerResult<{ document: SalesDocument }> {
  const doc = findDocument(ledger, id);
  if (!doc) return missingDocument(id);
  // An invoice or a credit note is never cancelled in the ledger: a credit note cancels it (the same refusal as an edit).
  if (isLegal(doc.kind)) return failWith(immutableError(doc));
  if (doc.status === "draft") return fail("document.draftNotCancellable", `${capitalize(describeDocument(doc))} est un brouillon\u00a0: supprimez-le plutôt que de l'annuler.`);
  if (doc.status === "cancelled") return fail("document.alreadyCancelled", `${capitalize(describeDocument(doc))} est déjà ${agreed(doc.kind, "annulé")}.`);
  if (doc.kind === "deliveryNote") {
    return fail("document.notCancellable", `${capitalize(describeDocument(doc))} est validé\u00a0: les marchandises sont parties\u00a0; un retour se traite par un avoir.`);
  }
  if (doc.kind === "orderAcknowledgement") {
    return fail("document.notCancellable", "L'accusé de réception engage l'entreprise\u00a0: si le client renonce, annulez la commande elle-même.");
  }
  if (doc.kind === "purchaseOrder") {
    const shipped = childrenOf(ledger, id, "deliveryNote").find((d) => d.status === "validated");
    if (shipped) {
      return fail("order.notCancellable.delivered", `${capitalize(describeDocument(doc))} a déjà été livrée (${describeDocument(shipped)})\u00a0: un retour se traite par un avoir.`);
    }
    const deposit = childrenOf(ledger, id, "depositInvoice").find((d) => d.status === "validated");
    if (deposit) {
      return fail(
        "order.notCancellable.deposit",
        `${capitalize(describeDocument(doc))} a une facture d'acompte validée (${deposit.number ?? deposit.id})\u00a0: annulez-la d'abord par un avoir.`,
      );
    }
  }
  const document: SalesDocument = { ...doc, status: "cancelled" };
  const updated = replaceDocument(ledger, document);
  return { ok: true, ledger: doc.kind === "purchaseOrder" ? releaseReservations(updated, id) : updated, document };
}

// ───────────────────────────── Validation ─────────────────────────────

type Step = { ok: true; ledger: Ledger } | Failure;

function parentOf(ledger: Ledger, doc: SalesDocument): SalesDocument | undefined {
  return doc.parentId !== undefined ? findDocument(ledger, doc.parentId) : undefined;
}

function validatePurchaseOrder(ledger: Ledger, doc: SalesDocument, date: IsoDate): Step {
  if (compareDates(date, doc.date) < 0) {
    return fail("order.recordedBeforeOrder", `date\u00a0: la commande du ${formatDateFr(doc.date)} ne peut pas être enregistrée le ${formatDateFr(date)}, avant d'avoir été passée.`, "date");
  }
  return { ok: true, ledger };
}

function validateAcknowledgement(ledger: Ledger, doc: SalesDocument): Step {
  const other = childrenOf(ledger, doc.parentId ?? "", "orderAcknowledgement").find((a) => a.id !== doc.id && a.status === "validated");
  if (other) {
    return fail("orderAcknowledgement.exists", `La commande a déjà un accusé de réception validé (${other.number ?? other.id})\u00a0: une commande ne s'accuse qu'une fois.`, "parentId");
  }
  return { ok: true, ledger };
}

function validateDeliveryNote(ledger: Ledger, doc: SalesDocument): Step {
  const order = parentOf(ledger, doc);
  if (!order) return missingDocument(doc.parentId ?? "", "parentId");
  if (!isOrderAccepted(ledger, order.id)) return failWith(orderNotAcceptedError(order));
  const issue = checkDeliveryQuantities(ledger, order, doc.lines);
  if (issue) return failWith(issue);
  return shipDeliveryNote(ledger, doc, order.id);
}

function validateDeposit(ledger: Ledger, doc: SalesDocument): Step {
  const order = parentOf(ledger, doc);
  if (!order) return missingDocument(doc.parentId ?? "", "parentId");
  const issue = checkDepositWithinOrder(ledger, order, ttcOf(doc), true, doc.id);
  return issue ? failWith(issue) : { ok: true, ledger };
}

function validateFinalInvoice(ledger: Ledger, doc: SalesDocument, date: IsoDate): Step {
  const checked = checkDeliveryNotesForInvoice(ledger, deliveryNoteIdsOf(doc), doc.id, true);
  if (!Array.isArray(checked)) return failWith(checked);
  const delivered = latestDate(checked.map((n) => n.validatedOn ?? n.date));
  if (delivered !== undefined && compareDates(date, delivered) < 0) {
    return fail("invoice.beforeDelivery", `date\u00a0: la facture ne peut pas être datée du ${formatDateFr(date)}, avant la livraison du ${formatDateFr(delivered)}.`, "date");
  }
  const order = checked[0]?.parentId !== undefined ? findDocument(ledger, checked[0].parentId) : undefined;
  if (order && doc.depositCents > 0) {
    const available = depositsInvoiced(ledger, order.id) - depositsDeducted(ledger, order.id, { includeDrafts: false, exceptId: doc.id });
    if (doc.depositCents > available) {
      return fail(
        "invoice.depositExceedsAvailable",
        `depositCents\u00a0: la facture déduit ${formatEuros(doc.depositCents)} d'acompte, mais seuls ${formatEuros(Math.max(0, available))} d'acomptes facturés sur ${describeDocument(order)} restent à déduire.`,
        "depositCents",
      );
    }
  }
  const totalInclTax = totalsOf({ ...doc, depositCents: 0 }).totalInclTaxCents;
  if (doc.depositCents > totalInclTax) {
    return fail(
      "invoice.depositExceedsTotal",
      `depositCents\u00a0: l'acompte déduit (${formatEuros(doc.depositCents)}) dépasse le total TTC de la facture (${formatEuros(totalInclTax)}).`,
      "depositCents",
    );
  }
  return { ok: true, ledger };
}

function validateCreditNote(ledger: Ledger, doc: SalesDocument): Step {
  const invoice = parentOf(ledger, doc);
  if (!invoice) return missingDocument(doc.parentId ?? "", "parentId");
  const issue = checkCreditNote(ledger, invoice, doc);
  if (issue) return failWith(issue);
  // Fully credited: the invoice is cancelled; nothing else on it changes.
  const fullyCredited = ttcOf(doc) === remainingToCredit(ledger, invoice.id);
  return { ok: true, ledger: fullyCredited ? replaceDocument(ledger, { ...invoice, status: "cancelled" }) : ledger };
}

function kindValidation(ledger: Ledger, doc: SalesDocument, date: IsoDate): Step {
  switch (doc.kind) {
    case "quote":
      return { ok: true, ledger };
    case "purchaseOrder":
      return validatePurchaseOrder(ledger, doc, date);
    case "orderAcknowledgement":
      return validateAcknowledgement(ledger, doc);
    case "deliveryNote":
      return validateDeliveryNote(ledger, doc);
    case "depositInvoice":
      return validateDeposit(ledger, doc);
    case "invoice":
      return validateFinalInvoice(ledger, doc, date);
    case "creditNote":
      return validateCreditNote(ledger, doc);
  }
}

/** An invoice never prints an escompte its due date contradicts (docs/decisions/0090): a granted escompte needs payment cash. */
function cashDiscountContradiction(doc: SalesDocument, buyer: Customer, date: IsoDate): LedgerError | undefined {
  const due = isLegal(doc.kind) && doc.kind !== "creditNote" ? dueDateOf(doc, buyer, date) : undefined;
  if (due === undefined || (doc.reductions.cashDiscount ?? 0) <= 0) return undefined;
  const { contradiction } = cashDiscountMention({ depositInvoice: doc.kind === "depositInvoice", issueDate: date, dueDate: due, granted: doc.reductions.cashDiscount });
  return contradiction !== undefined ? problem("invoice.cashDiscountContradiction", `reductions.cashDiscount\u00a0: ${contradiction}.`, "reductions.cashDiscount") : undefined;
}

function dueDateOf(doc: SalesDocument, buyer: Customer, date: IsoDate): IsoDate | undefined {
  if (doc.kind === "invoice") return dueDate(date, buyer.paymentTerms);
  // A deposit is asked for with the order: payable on receipt.
  if (doc.kind === "depositInvoice") return date;
  return undefined;
}

/**
 * Validates a draft on `date`: the document's checks, then the next number of its series (taken
 * now, never before, so a deleted draft consumed none). Legal documents are then frozen, with
 * the buyer's details and due date as they stand that day. A delivery note ships its goods; a
 * credit note that credits all that remains cancels its invoice.
 */
export function validateDocument(ledger: Ledger, id: string, date: IsoDate): LedgerResult<{ document: SalesDocument; number: string }> {
  const doc = findDocument(ledger, id);
  if (!doc) return missingDocument(id);
  if (doc.status !== "draft") return failWith(immutableError(doc));
  const contentIssue = checkDate(date) ?? checkDocumentContent(doc);
  if (contentIssue) return failWith(contentIssue);
  if (doc.lines.length === 0) return fail("document.noLines", `lines\u00a0: ${describeDocument(doc)} ne comporte aucune ligne.`, "lines");
  const customer = findCustomerById(ledger, doc.customerId);
  if (!customer) return fail("customer.notFound", `customerId\u00a0: le client «\u00a0${doc.customerId}\u00a0» n'existe pas.`, "customerId");
  const parent = parentOf(ledger, doc);
  if (doc.parentId !== undefined) {
    if (!parent) return missingDocument(doc.parentId, "parentId");
    const stateIssue = parentStateError(parent, doc.kind);
    if (stateIssue) return failWith(stateIssue);
    if (compareDates(date, parent.date) < 0) {
      return fail(
        "document.beforeParent",
        `date\u00a0: ${describeDocument(doc)} ne peut pas être ${agreed(doc.kind, "daté")} du ${formatDateFr(date)}, avant ${describeDocument(parent)} du ${formatDateFr(parent.date)}.`,
        "date",
      );
    }
  }
  const checked = kindValidation(ledger, doc, date);
  if (!checked.ok) return checked;
  const escompte = cashDiscountContradiction(doc, customer, date);
  if (escompte) return failWith(escompte);
  const numbered = nextNumber(seriesFor(ledger.series, doc.kind, date), date);
  if (!numbered.ok) return numbered;
  const legal = isLegal(doc.kind);
  const due = legal ? dueDateOf(doc, customer, date) : undefined;
  const document: SalesDocument = {
    ...doc,
    status: "validated",
    number: numbered.number,
    validatedOn: date,
    date: doc.kind === "purchaseOrder" ? doc.date : date,
    ...(legal ? { buyer: customer } : {}),
    ...(due !== undefined ? { dueDate: due } : {}),
  };
  const withDocument = replaceDocument(checked.ledger, document);
  return { ok: true, ledger: { ...withDocument, series: replaceSeries(withDocument.series, numbered.series) }, document, number: numbered.number };
}

/** validateDocument restricted to the three kinds of "facture de droit". */
export function validateInvoice(ledger: Ledger, id: string, date: IsoDate): LedgerResult<{ document: SalesDocument; number: string }> {
  const doc = findDocument(ledger, id);
  if (!doc) return missingDocument(id);
  if (!isLegal(doc.kind)) {
    return fail("document.notAnInvoice", `${capitalize(describeDocument(doc))} n'est pas une facture (facture, facture d'acompte ou avoir).`, "id");
  }
  return validateDocument(ledger, id, date);
}
