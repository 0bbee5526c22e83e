// ───────────────────────────── Lines, quantities, totals ─────────────────────────────

import type { DocumentLine } from "../documents";
import { computeInvoice, type InvoiceComputation, type InvoiceInput } from "../invoice";
import type { Cents } from "../money";
import type { LedgerError } from "../numbering";
import { fail, failWith, guarded, isProblem, type Ledger, type LedgerResult, type SalesDocument } from "./types";
import { findDocument, getDocument, nextSequentialId } from "./chain";

/** Lines are matched across the chain by reference, or by designation when there is none. */
export function lineKey(line: Pick<DocumentLine, "reference" | "description">): string {
  return line.reference ?? `#${line.description}`;
}

export function quantitiesByKey(lines: readonly DocumentLine[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const line of lines) totals.set(lineKey(line), (totals.get(lineKey(line)) ?? 0) + line.quantity);
  return totals;
}

/** Merges lines of the same article (several delivery notes on one invoice). */
export function mergeLines(lines: readonly DocumentLine[]): DocumentLine[] {
  const merged: DocumentLine[] = [];
  for (const line of lines) {
    const index = merged.findIndex((m) => lineKey(m) === lineKey(line) && m.unitPriceCents === line.unitPriceCents && m.vatRate === line.vatRate);
    const existing = merged[index];
    if (existing) merged[index] = { ...existing, quantity: existing.quantity + line.quantity };
    else merged.push({ ...line });
  }
  return merged;
}

export function invoiceInput(doc: Pick<SalesDocument, "lines" | "reductions" | "shippingCents" | "depositCents">): InvoiceInput {
  const { tradeDiscounts, allowances, rebates, cashDiscount } = doc.reductions;
  return {
    lines: doc.lines.map((l) => ({ description: l.description, quantity: l.quantity, unitPriceCents: l.unitPriceCents, vatRate: l.vatRate })),
    ...(tradeDiscounts !== undefined ? { tradeDiscounts } : {}),
    ...(allowances !== undefined ? { allowances } : {}),
    ...(rebates !== undefined ? { rebates } : {}),
    ...(cashDiscount !== undefined ? { cashDiscount } : {}),
    shippingCents: doc.shippingCents,
    depositCents: doc.depositCents,
  };
}

type Computable = Pick<SalesDocument, "lines" | "reductions" | "shippingCents" | "depositCents">;

/** The cascade of a document, with the fields it was computed from (a document is replaced, never edited, in the ledger). */
interface CachedTotals {
  from: Computable;
  totals: InvoiceComputation;
}

/**
 * Each document's cascade is computed once (docs/decisions/0137): the follow-up reads the same
 * invoices' totals every simulated day. Keyed by the lines (a document copied to change its
 * status keeps them), checked against the other fields the cascade reads, so a copy with other
 * reductions, port or deposit is computed afresh.
 */
const totalsCache = new WeakMap<object, CachedTotals>();

function sameInputs(a: Computable, b: Computable): boolean {
  return a.lines === b.lines && a.reductions === b.reductions && a.shippingCents === b.shippingCents && a.depositCents === b.depositCents;
}

export function totalsOf(doc: Computable): InvoiceComputation {
  const cached = totalsCache.get(doc.lines);
  if (cached !== undefined && sameInputs(cached.from, doc)) return cached.totals;
  const totals = computeInvoice(invoiceInput(doc));
  totalsCache.set(doc.lines, { from: { lines: doc.lines, reductions: doc.reductions, shippingCents: doc.shippingCents, depositCents: doc.depositCents }, totals });
  return totals;
}

/** The cascade of a document: its lines, reductions, port and deposit through computeInvoice. */
export function documentTotals(ledger: Ledger, id: string): InvoiceComputation {
  return totalsOf(getDocument(ledger, id));
}

/** A draft with lines must go through the cascade (a deposit above the TTC, for one, does not). */
export function computableError(doc: Computable): LedgerError | undefined {
  if (doc.lines.length === 0) return undefined;
  const result = guarded(() => totalsOf(doc));
  return isProblem(result) ? result : undefined;
}

export function addDocument(ledger: Ledger, draft: Omit<SalesDocument, "id" | "status">, id?: string): LedgerResult<{ document: SalesDocument }> {
  if (id !== undefined && findDocument(ledger, id)) {
    return fail("document.duplicateId", `id\u00a0: un document porte déjà l'identifiant «\u00a0${id}\u00a0».`, "id");
  }
  const computable = computableError(draft);
  if (computable) return failWith(computable);
  const generated = nextSequentialId("D", ledger.documents.map((d) => d.id), ledger.lastDocumentSequence ?? 0);
  const document: SalesDocument = { ...draft, id: id ?? generated.id, status: "draft" };
  return {
    ok: true,
    ledger: {
      ...ledger,
      documents: [...ledger.documents, document],
      lastDocumentSequence: id === undefined ? generated.sequence : (ledger.lastDocumentSequence ?? generated.sequence - 1),
    },
    document,
  };
}

export function ttcOf(doc: SalesDocument): Cents {
  return totalsOf(doc).totalInclTaxCents;
}

export function dueOf(doc: SalesDocument): Cents {
  return totalsOf(doc).amountDueCents;
}
