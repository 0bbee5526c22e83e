// ───────────────────────────── Kinds and the chain ─────────────────────────────

import type { IsoDate } from "../dates";
import type { SalesDocumentKind } from "../documents";
import { DomainError } from "../money";
import type { LedgerError } from "../numbering";
import { fail, problem, type Failure, type Ledger, type SalesDocument } from "./types";
import { capitalize } from "../text";

export interface DocumentKindInfo {
  label: string;
  /** With its article, for sentences: "la facture", "l'accusé de réception". */
  the: string;
  a: string;
  feminine: boolean;
  /** Kinds it may be created from; empty for a document that starts a chain. */
  parents: readonly SalesDocumentKind[];
  /** May be created without a parent. */
  root: boolean;
  /** A "facture de droit": numbered in a legal series, never modified nor deleted once validated. */
  legal: boolean;
}

export const DOCUMENT_KINDS: Readonly<Record<SalesDocumentKind, DocumentKindInfo>> = {
  quote: { label: "devis", the: "le devis", a: "un devis", feminine: false, parents: [], root: true, legal: false },
  purchaseOrder: { label: "commande", the: "la commande", a: "une commande", feminine: true, parents: ["quote"], root: true, legal: false },
  orderAcknowledgement: {
    label: "accusé de réception de commande",
    the: "l'accusé de réception",
    a: "un accusé de réception",
    feminine: false,
    parents: ["purchaseOrder"],
    root: false,
    legal: false,
  },
  deliveryNote: { label: "bon de livraison", the: "le bon de livraison", a: "un bon de livraison", feminine: false, parents: ["purchaseOrder"], root: false, legal: false },
  depositInvoice: { label: "facture d'acompte", the: "la facture d'acompte", a: "une facture d'acompte", feminine: true, parents: ["purchaseOrder"], root: false, legal: true },
  invoice: { label: "facture", the: "la facture", a: "une facture", feminine: true, parents: ["deliveryNote"], root: false, legal: true },
  creditNote: { label: "facture d'avoir", the: "la facture d'avoir", a: "une facture d'avoir", feminine: true, parents: ["invoice", "depositInvoice"], root: false, legal: true },
};

export const CHAIN_TEXT = "devis → commande → accusé de réception → bon de livraison → facture → avoir";

export const INVOICE_IMMUTABLE_MESSAGE =
  "Une facture validée ne peut être ni modifiée ni supprimée (facture de droit)\u00a0: pour l'annuler ou la corriger, établissez une facture d'avoir.";

export const CREDIT_NOTE_IMMUTABLE_MESSAGE =
  "Une facture d'avoir validée ne peut être ni modifiée ni supprimée\u00a0: pour la corriger, établissez une nouvelle facture ou un nouvel avoir.";

/** "la facture FA-2026-00001", "le bon de livraison (brouillon D0004)". */
export function describeDocument(doc: SalesDocument): string {
  return `${DOCUMENT_KINDS[doc.kind].the} ${doc.number ?? `(brouillon ${doc.id})`}`;
}

/** The past participle agreed with the kind's gender: agreed("deliveryNote", "validé") = "validé". */
export function agreed(kind: SalesDocumentKind, participle: string): string {
  return DOCUMENT_KINDS[kind].feminine ? `${participle}e` : participle;
}

export function isLegal(kind: SalesDocumentKind): boolean {
  return DOCUMENT_KINDS[kind].legal;
}

export function chainError(parent: SalesDocument, kind: SalesDocumentKind): LedgerError | undefined {
  const info = DOCUMENT_KINDS[kind];
  if (!info.parents.includes(parent.kind)) {
    const expected = info.parents.map((p) => DOCUMENT_KINDS[p].a).join(" ou ");
    return problem(
      "chain.invalid",
      `${capitalize(info.a)} se crée à partir d'${expected}, pas d'${DOCUMENT_KINDS[parent.kind].a} (chaîne ${CHAIN_TEXT}).`,
      "parentId",
    );
  }
  return parentStateError(parent, kind);
}

export function parentStateError(parent: SalesDocument, kind: SalesDocumentKind): LedgerError | undefined {
  const info = DOCUMENT_KINDS[kind];
  if (parent.status === "draft") {
    return problem(
      "chain.parentNotValidated",
      `${capitalize(describeDocument(parent))} n'est pas ${agreed(parent.kind, "validé")}\u00a0: on n'établit pas ${info.a} à partir d'un brouillon.`,
      "parentId",
    );
  }
  if (parent.status === "cancelled") {
    return problem(
      "chain.parentCancelled",
      `${capitalize(describeDocument(parent))} est ${agreed(parent.kind, "annulé")}\u00a0: on ne peut plus en tirer ${info.a}.`,
      "parentId",
    );
  }
  return undefined;
}

/** Copies what a child document inherits from its parent. */
export function inherit(parent: SalesDocument, kind: SalesDocumentKind, date: IsoDate): Omit<SalesDocument, "id" | "status"> {
  return {
    kind,
    customerId: parent.customerId,
    date,
    parentId: parent.id,
    lines: parent.lines.map((l) => ({ ...l })),
    reductions: parent.reductions,
    shippingCents: parent.shippingCents,
    depositCents: 0,
    ...(parent.customerOrderNumber !== undefined ? { customerOrderNumber: parent.customerOrderNumber } : {}),
    ...(parent.deliveryDate !== undefined ? { deliveryDate: parent.deliveryDate } : {}),
    ...(parent.deliveryAddress !== undefined ? { deliveryAddress: parent.deliveryAddress } : {}),
  };
}

// ───────────────────────────── Lookups ─────────────────────────────

export function findDocument(ledger: Ledger, id: string): SalesDocument | undefined {
  return ledger.documents.find((d) => d.id === id);
}

/** For queries: an unknown id is a programming error, not a learner's mistake. */
export function getDocument(ledger: Ledger, id: string): SalesDocument {
  const doc = findDocument(ledger, id);
  if (!doc) throw new DomainError("document.notFound", `Document «\u00a0${id}\u00a0» introuvable dans le PGI.`, "id");
  return doc;
}

export function missingDocument(id: string, field = "id"): Failure {
  return fail("document.notFound", `${field}\u00a0: document «\u00a0${id}\u00a0» introuvable dans le PGI.`, field);
}

export function childrenOf(ledger: Ledger, parentId: string, kind?: SalesDocumentKind): SalesDocument[] {
  return ledger.documents.filter((d) => d.parentId === parentId && (kind === undefined || d.kind === kind));
}

export function replaceDocument(ledger: Ledger, updated: SalesDocument): Ledger {
  return { ...ledger, documents: ledger.documents.map((d) => (d.id === updated.id ? updated : d)) };
}

export function nextSequentialId(prefix: string, ids: readonly string[], floor = 0): { id: string; sequence: number } {
  const pattern = new RegExp(`^${prefix}(\\d+)$`);
  const highest = ids.reduce((max, id) => {
    const match = pattern.exec(id);
    return match ? Math.max(max, Number(match[1])) : max;
  }, floor);
  const sequence = highest + 1;
  return { id: `${prefix}${String(sequence).padStart(4, "0")}`, sequence };
}
