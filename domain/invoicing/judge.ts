/**
 * Stage 3's judge: a learner's answer against the answer key (key.ts) → one Judgement, with the
 * figures of the documents the PGI now holds. The machine applies the ledger operations (the
 * engine's truth) first and hands their results here: judging never moves the PGI.
 */
import { formatDateFr, type IsoDate } from "../dates";
import { withDiagnosis } from "../diagnosis";
import type { Customer } from "../documents";
import { routeConfusion, routeRule, SENDING_CHANNEL_LABELS, type RouteDecision, type SendingChannel } from "../eInvoicing";
import type { InvoiceComputation } from "../invoice";
import type { Judgement } from "../judgement";
import { describeDocument, DOCUMENT_KINDS, findDocument, getDocument, remainingToDeliver, type Ledger, type SalesDocument } from "../ledger";
import { formatEuros, formatPercent, type Cents } from "../money";
import { describePaymentTerms } from "../paymentTerms";
import { describeLines, formatDiscounts, typedLine, type TypedLine } from "../processing";
import { capitalize } from "../text";
import { diagnoseCascade } from "./diagnoses";
import { cascadeFigures, creditNoteDifferences, documentLabel, judgeCascade, printedCascade, uninvoicedDeliveryNotes, type CascadeFigures, type CreditNotePlan } from "./key";
import type { OutboxEntry } from "./outbox";
import { INVOICING_COURSE_ORDER, INVOICING_GLOSSARY, INVOICING_STEP_LABELS, type InvoicingDecisionPoint } from "./vocabulary";

function describeVat(vat: readonly { rate: number; amountCents: Cents }[], separator: string): string {
  return vat.map((v) => `TVA ${formatPercent(v.rate)} ${formatEuros(v.amountCents)}`).join(separator);
}

/** "net commercial … ; total HT … ; TVA 20 % … ; TTC … ; net à payer …". */
export function describeFigures(figures: CascadeFigures): string {
  return `net commercial ${formatEuros(figures.netCommercialCents)}\u00a0; total HT ${formatEuros(figures.totalExclTaxCents)}\u00a0; ${describeVat(figures.vat, ", ")}\u00a0; TTC ${formatEuros(figures.totalInclTaxCents)}\u00a0; net à payer ${formatEuros(figures.amountDueCents)}`;
}

// ───────────────────────────── The deposit invoice ─────────────────────────────

/** The deposit to invoice TTC, and the deposit intake required when the nearest amount that splits into HT + VAT differs. */
export interface DepositInvoiceKey {
  amountCents: Cents;
  requiredCents: Cents;
}

/** The deposit invoice as the PGI validated it, dated `date`. */
export interface IssuedDeposit {
  number: string;
  date: IsoDate;
  totals: InvoiceComputation;
}

export function judgeDepositInvoice(typed: Cents, key: DepositInvoiceKey, issued: IssuedDeposit): Judgement {
  const { amountCents: amount, requiredCents: required } = key;
  const { totals } = issued;
  const adjusted = amount !== required ? ` (${formatEuros(required)} exigés\u00a0: ${formatEuros(amount)} est le montant le plus proche qui se décompose exactement en HT + TVA au centime)` : "";
  return {
    answer: `Facture d'acompte de ${formatEuros(typed)} TTC`,
    expected: `Facture d'acompte de ${formatEuros(amount)} TTC`,
    correct: typed === amount,
    explanation:
      `${typed === amount ? "" : `Vous avez facturé ${formatEuros(typed)} au lieu de ${formatEuros(amount)} TTC. `}` +
      `Acompte exigé au contrôle de la commande\u00a0: ${formatEuros(amount)} TTC${adjusted}. ` +
      `Facture d'acompte ${issued.number} du ${formatDateFr(issued.date)}\u00a0: ${formatEuros(totals.totalExclTaxCents)} HT + ${describeVat(totals.vat, " + ")} = ${formatEuros(totals.totalInclTaxCents)} TTC\u00a0; pour des biens, la TVA est exigible dès l'encaissement de l'acompte. ` +
      "Le règlement de l'acompte est enregistré\u00a0; la facture finale citera cette facture d'acompte et en déduira le HT et la TVA.",
  };
}

// ───────────────────────────── The invoice drawn from the delivery notes ─────────────────────────────

/** The documents picked against the order's delivery notes not yet invoiced, on the ledger before the draft; `draft`: the draft the PGI drew from them. */
export function judgeDraft(ledger: Ledger, orderId: string, typedIds: readonly string[], draft: SalesDocument): Judgement {
  const notes = uninvoicedDeliveryNotes(ledger, orderId);
  const expectedIds = notes.map((n) => n.id);
  const correct = typedIds.length === expectedIds.length && expectedIds.every((id) => typedIds.includes(id));
  const order = getDocument(ledger, orderId);
  const pickedOrder = typedIds.some((id) => findDocument(ledger, id)?.kind === "purchaseOrder");
  const backOrder = remainingToDeliver(ledger, orderId).filter((p) => p.remaining > 0);
  const noteFacts = notes.map((n) => `${documentLabel(ledger, n.id)} (${n.lines.map((l) => `${l.quantity} × ${l.reference ?? l.description}`).join(", ")})`).join("\u00a0; ");
  return {
    answer: typedIds.length === 0 ? "aucun document" : typedIds.map((id) => documentLabel(ledger, id)).join(", "),
    expected: expectedIds.map((id) => documentLabel(ledger, id)).join(", "),
    correct,
    explanation:
      `${pickedOrder ? "Une commande ne se facture pas\u00a0: on facture la marchandise livrée, donc les bons de livraison. " : correct ? "" : "Il faut reprendre tous les bons de livraison non encore facturés, et eux seuls. "}` +
      `On facture ce qui a été livré\u00a0: ${noteFacts}. Le brouillon reprend les prix et les remises de la commande ${order.number ?? order.id} (${formatDiscounts(order.reductions.tradeDiscounts ?? [])})` +
      `${draft.shippingCents > 0 ? `, le port de ${formatEuros(draft.shippingCents)} HT` : ""}${draft.depositCents > 0 ? ` et déduit l'acompte de ${formatEuros(draft.depositCents)} TTC` : ""}.` +
      (backOrder.length > 0
        ? ` Le reliquat non livré (${backOrder.map((p) => `${p.remaining} × ${p.reference ?? p.description}`).join(", ")}) n'est pas facturé\u00a0: il le sera à sa livraison.`
        : ""),
  };
}

// ───────────────────────────── The cascade ─────────────────────────────

/** The figures typed against the invoice's, each right by the invoice's method or rate by rate (docs/decisions/0079). */
export function judgeCascadeFigures(totals: InvoiceComputation, typed: CascadeFigures): Judgement {
  const { differences, perRate } = judgeCascade(totals, typed);
  const acceptedPerRate = perRate.length > 0 ? ` Acceptés\u00a0: ${perRate.join("\u00a0; ")}.` : "";
  const correct = differences.length === 0;
  return {
    answer: describeFigures(typed),
    expected: describeFigures(cascadeFigures(totals)),
    correct,
    ...withDiagnosis(correct ? undefined : diagnoseCascade(totals, typed)),
    explanation:
      differences.length === 0
        ? `Cascade exacte\u00a0: ${printedCascade(totals)}.${acceptedPerRate}`
        : `Écarts\u00a0: ${differences.join("\u00a0; ")}.${acceptedPerRate} La cascade de la facture, chaque réduction calculée sur le net précédent et arrondie au centime\u00a0: ${printedCascade(totals)}.`,
  };
}

// ───────────────────────────── Validation ─────────────────────────────

/** What validation did: the number the series gave, after the last one, and what an edited draft changed (put back by the PGI). */
export interface ValidatedInvoice {
  number: string;
  /** "FA-2026-00041 du 30/10/2026", undefined for the first of the series. */
  lastOfSeries: string | undefined;
  date: IsoDate;
  dueDate: IsoDate;
  customer: Customer;
  draftDifferences: readonly string[];
}

export function judgeValidation(typedNumber: string, validated: ValidatedInvoice): Judgement {
  const { number, lastOfSeries: last, draftDifferences: differences } = validated;
  const numberRight = typedNumber.trim() === number;
  return {
    answer: `Facture validée sous le numéro ${typedNumber}${differences.length > 0 ? " (brouillon modifié)" : ""}`,
    expected: `Facture validée sous le numéro ${number}, conforme aux bons de livraison`,
    correct: numberRight && differences.length === 0,
    explanation:
      `${numberRight ? "" : `Le numéro ${typedNumber} ne suit pas la série. `}` +
      `${last !== undefined ? `Dernière facture de la série\u00a0: ${last}\u00a0; la` : "Première facture de la série\u00a0: la"} facture prend le numéro suivant, ${number}, daté du ${formatDateFr(validated.date)}\u00a0: la série est continue et chronologique, sans trou ni doublon. ` +
      `Échéance\u00a0: ${formatDateFr(validated.dueDate)} (${describePaymentTerms(validated.customer.paymentTerms)}). ` +
      (differences.length > 0 ? `Le brouillon avait été modifié (${differences.join("\u00a0; ")})\u00a0: le PGI valide la facture conforme aux bons de livraison et à la commande. ` : "") +
      "Désormais la facture est intangible\u00a0: ni modification ni suppression\u00a0; une correction passe par une facture d'avoir.",
  };
}

// ───────────────────────────── Sending ─────────────────────────────

/** How the document left, on the route the engine expects (the PGI sends it right whatever the learner chose). */
function sendingFacts(what: string, entry: OutboxEntry): string {
  switch (entry.channel) {
    case "platform":
      return `${what} déposée le ${formatDateFr(entry.date)} sur la plateforme agréée du vendeur, au format Factur-X (${entry.attachmentName}), pour ${entry.to}\u00a0: statut «\u00a0Déposée\u00a0», puis «\u00a0Mise à disposition\u00a0» du client par sa propre plateforme.`;
    case "email":
      return `${what} envoyée par courriel à ${entry.to}, en pièce jointe PDF (${entry.attachmentName}), objet «\u00a0${entry.subject}\u00a0»\u00a0: c'est la facturation dématérialisée du cours.`;
    case "post":
      return `${what} envoyée par courrier postal à ${entry.to}\u00a0: le compte client n'a pas d'adresse électronique.`;
  }
}

/** The route typed against the route the reform and the customer call for; `sent`: the document and its outbox entry on that route. */
export function judgeSending(typed: SendingChannel, route: RouteDecision, sent: { document: SalesDocument; entry: OutboxEntry }): Judgement {
  const what = `${capitalize(DOCUMENT_KINDS[sent.document.kind].label)} ${sent.entry.number}`;
  const confusion = routeConfusion(typed, route);
  return {
    answer: `Envoi par ${SENDING_CHANNEL_LABELS[typed]}`,
    expected: `Envoi par ${SENDING_CHANNEL_LABELS[route.channel]}`,
    correct: typed === route.channel,
    explanation: `${confusion === "" ? "" : `${confusion} `}${routeRule(route)} ${sendingFacts(what, sent.entry)} Le double est conservé dans le PGI (archivage 10 ans).`,
  };
}

// ───────────────────────────── The credit note ─────────────────────────────

export interface CreditNoteAnswer {
  full?: boolean;
  lines?: TypedLine[];
}

/** The credit note as the PGI validated it on the plan, its totals, and the invoice's balance after it. */
export interface IssuedCreditNote {
  note: SalesDocument;
  totals: InvoiceComputation;
  invoice: SalesDocument;
  balanceCents: Cents;
}

/** What the credit note credits, in the feedback: the lines with the invoice's remises, or the rabais computed on the net (docs/decisions/0080). */
function creditedWhat(plan: { allowanceCents?: Cents }, expected: readonly TypedLine[], noteDiscounts: readonly number[], invoiceDiscounts: readonly number[]): string {
  if (plan.allowanceCents === undefined) return `${describeLines(expected)} avec les remises de la facture (${formatDiscounts(noteDiscounts)})`;
  return `un rabais de ${formatEuros(plan.allowanceCents)} HT, calculé en une fois sur le net des articles endommagés après les remises de la facture (${formatDiscounts(invoiceDiscounts)})`;
}

export function judgeCreditNote(answer: CreditNoteAnswer, plan: Extract<CreditNotePlan, { ok: true }>, issued: IssuedCreditNote): Judgement {
  const { note, totals, invoice } = issued;
  const expected = plan.lines.map(typedLine);
  const differences = answer.full === true ? ["avoir total\u00a0: toute la facture serait annulée"] : creditNoteDifferences(plan, answer.lines ?? []);
  return {
    answer: answer.full === true ? "Avoir total (annulation de la facture)" : `Avoir\u00a0: ${describeLines(answer.lines ?? [])}`,
    expected: `Avoir\u00a0: ${describeLines(expected)}`,
    correct: differences.length === 0,
    explanation:
      `${differences.length > 0 ? `Écarts\u00a0: ${differences.join("\u00a0; ")}\u00a0; on ne crédite que ce qui doit l'être. ` : ""}` +
      `${plan.reason}. Facture d'avoir ${note.number} du ${formatDateFr(note.date)}\u00a0: elle se rapporte à la facture ${note.creditedInvoice?.number} du ${formatDateFr(note.creditedInvoice?.date ?? invoice.date)}\u00a0; ` +
      `elle crédite ${creditedWhat(plan, expected, note.reductions.tradeDiscounts ?? [], invoice.reductions.tradeDiscounts ?? [])}\u00a0: ${formatEuros(totals.totalExclTaxCents)} HT, ${describeVat(totals.vat, ", ")}, ${formatEuros(totals.totalInclTaxCents)} TTC. ` +
      `La facture ${invoice.number} reste inchangée (facture de droit)\u00a0; solde dû par le client sur cette facture\u00a0: ${formatEuros(issued.balanceCents)}.`,
  };
}

// ───────────────────────────── Attempts the stage refuses ─────────────────────────────

/** An edit or deletion of a validated document, refused by the ledger with `message`: 0 point, the document unchanged. */
export function judgeRefusedChange(document: SalesDocument, action: "edit" | "delete", message: string): Judgement {
  const verb = action === "edit" ? "Modifier" : "Supprimer";
  return {
    answer: `${verb} ${describeDocument(document)} du ${formatDateFr(document.date)}`,
    expected: "Ne pas y toucher\u00a0: corriger ou annuler par une facture d'avoir",
    correct: false,
    verdict: "refused",
    explanation: `${message} Le PGI a refusé\u00a0: ${describeDocument(document)} du ${formatDateFr(document.date)} est inchangée.`,
    glossary: INVOICING_GLOSSARY["invoicing.immutability"],
  };
}

/** Where the stage stands when a step comes out of order. */
export interface InvoicingSituation {
  awaiting: InvoicingDecisionPoint | null;
  incidentReported: boolean;
  depositToInvoiceCents: Cents;
}

/** Why the step attempted cannot come now, when the course says more than « not now ». */
function outOfOrderReason(attempted: InvoicingDecisionPoint, situation: InvoicingSituation): string {
  const { awaiting } = situation;
  if (attempted === "invoicing.draft" && awaiting === "invoicing.deposit") return " La facture d'acompte s'établit avant la facture finale, qui la cite et en déduit le HT et la TVA.";
  if (attempted === "invoicing.sending" && (awaiting === "invoicing.cascade" || awaiting === "invoicing.validation" || awaiting === "invoicing.draft")) return " On n'envoie qu'une facture validée, donc numérotée.";
  if (attempted === "invoicing.creditNote" && !situation.incidentReported) return " Aucune correction n'est demandée\u00a0: un avoir corrige ou annule une facture validée après une erreur, un retour ou un rabais.";
  if (attempted === "invoicing.deposit" && situation.depositToInvoiceCents === 0) return " Aucun acompte n'est à facturer pour cette commande.";
  return "";
}

/** A step taken while another is awaited: 0 point, and why. */
export function judgeInvoicingOutOfOrder(attempted: InvoicingDecisionPoint, situation: InvoicingSituation): Judgement {
  const expected = situation.awaiting !== null ? INVOICING_STEP_LABELS[situation.awaiting] : "aucune action";
  return {
    answer: `${INVOICING_STEP_LABELS[attempted]} (hors séquence)`,
    expected,
    correct: false,
    verdict: "outOfOrder",
    explanation: `«\u00a0${INVOICING_STEP_LABELS[attempted]}\u00a0» n'est pas l'étape attendue maintenant\u00a0: il faut ${expected}.${outOfOrderReason(attempted, situation)} ${INVOICING_COURSE_ORDER}`,
    glossary: INVOICING_GLOSSARY[attempted],
  };
}
