/**
 * Stage 5's judge: a learner's choice on the ladder, or an entry of the mail received, against what
 * the data implies → one Judgement. The ladder's assessment (ladder.ts) keeps its own verdicts
 * (too early, too late, wrong step, not allowed); the judge turns it into the trace's verdict and
 * says which step the PGI records on the engine's truth. The machine applies the ledger operations
 * first and hands their results here: judging never moves the PGI.
 */
import { describeCourt } from "../courts";
import { formatDateFr } from "../dates";
import { withDiagnosis } from "../diagnosis";
import type { Judgement } from "../judgement";
import { getDocument, invoiceBalance, type Ledger, type LedgerResult } from "../ledger";
import { findCustomerById } from "../ledger/customers";
import { formatEuros } from "../money";
import { diagnoseDunningChoice } from "./diagnoses";
import { DISPUTE_SETTLEMENT_LABELS, followUpPenalties, paymentOrderCourtOf, stepDueNow, type DebtorTerms, type DisputeSettlement } from "./key";
import { assessDunningAction, DUNNING_STEP_LABELS, STEP_NOUNS, type DunningAction, type DunningAssessment, type DunningChoice, type DunningInput } from "./ladder";
import { DUNNING_STEP_GLOSSARY, DUNNING_TRACE_VERDICTS, ENTRY_GLOSSARY, type PendingEntry } from "./vocabulary";

/** The number an invoice is named by in feedback, from its ledger id. */
export type InvoiceNumberOf = (invoiceId: string) => string;

// ───────────────────────────── The ladder ─────────────────────────────

/** The answer recorded for a step due on a day the learner did not play (ended before it). */
const MISSED_DECISION = "Aucune action (suivi terminé)";

/** The followed invoice a choice is about, and who owes what on it. */
export interface DunningCase {
  ledger: Ledger;
  invoiceId: string;
  invoiceNumber: string;
  terms: DebtorTerms;
  /** The step was due on a day the learner did not play: the answer reads « Aucune action (suivi terminé) ». */
  missed: boolean;
}

export interface DunningDecision {
  judgement: Judgement;
  /** The step the PGI records today on the engine's truth (null: no letter sent). */
  taken: DunningAction | null;
  /** Waiting is scored only when a step was due: a day without stake brings no points. */
  scored: boolean;
}

function dunningGlossary(assessed: DunningAssessment, action: DunningChoice): string[] {
  const ids = [DUNNING_STEP_GLOSSARY[assessed.expected], action === "wait" ? undefined : DUNNING_STEP_GLOSSARY[action], assessed.status.daysPastDue > 0 && !assessed.status.closed ? "latePenalty" : undefined];
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}

/** "Pénalités au 11/11/2026 : …" when the invoice is late and still open. */
function penaltiesSentence(input: DunningInput, assessed: DunningAssessment, terms: DebtorTerms): string {
  if (assessed.status.closed || assessed.status.daysPastDue === 0) return "";
  return ` Pénalités au ${formatDateFr(input.today)}\u00a0: ${followUpPenalties(input, terms).explanation}`;
}

/**
 * Judges a choice on the situation of `input.today`: the step due is recorded as taken today,
 * whether the learner took it or not; a step that was not due is not.
 */
export function judgeDunningAction(input: DunningInput & { action: DunningChoice }, followed: DunningCase): DunningDecision {
  const { action } = input;
  const assessed = assessDunningAction(input);
  const due = stepDueNow(assessed.status);
  const taken = assessed.correct ? (action === "wait" ? null : action) : due;
  const pgi = assessed.correct ? "" : taken === null ? " Le PGI n'enregistre aucun envoi." : ` Le PGI enregistre ${STEP_NOUNS[taken]} au ${formatDateFr(input.today)}\u00a0: c'était l'étape due.`;
  const court = taken === "paymentOrder" ? ` Tribunal compétent\u00a0: ${describeCourt(paymentOrderCourtOf(followed.ledger, followed.invoiceId))}.` : "";
  const verdict = DUNNING_TRACE_VERDICTS[assessed.verdict];
  return {
    judgement: {
      answer: `Facture ${followed.invoiceNumber}\u00a0: ${followed.missed ? MISSED_DECISION : DUNNING_STEP_LABELS[action]}`,
      expected: DUNNING_STEP_LABELS[assessed.expected],
      correct: verdict === "correct",
      verdict,
      ...withDiagnosis(diagnoseDunningChoice(action, assessed)),
      explanation: `${assessed.explanation}${pgi}${court}${penaltiesSentence(input, assessed, followed.terms)}`,
      glossary: dunningGlossary(assessed, action),
    },
    taken,
    scored: !(assessed.correct && action === "wait"),
  };
}

// ───────────────────────────── Mail entered ─────────────────────────────

/** What the learner was to enter for an arrived event, as the trace shows it (« Attendu »). */
export function expectedEntry(entry: PendingEntry, numberOf: InvoiceNumberOf): string {
  const number = numberOf(entry.invoice);
  switch (entry.kind) {
    case "payment":
      return `${formatEuros(entry.amountCents)} le ${formatDateFr(entry.date)} sur ${number}`;
    case "disputeOpened":
      return `Litige ouvert sur la facture ${number}`;
    case "disputeSettled":
      return entry.settlement === undefined
        ? `Litige réglé sur la facture ${number}`
        : `${DISPUTE_SETTLEMENT_LABELS[entry.settlement]}${entry.settlement !== "replacement" && entry.amountCents !== undefined ? ` de ${formatEuros(entry.amountCents)} HT` : ""} sur la facture ${number}`;
  }
}

function judged(correct: boolean, fields: Omit<Judgement, "correct" | "verdict">): Judgement {
  return { ...fields, correct, verdict: correct ? "correct" : "wrong" };
}

function balanceSentence(ledger: Ledger, invoiceId: string, number: string): string {
  const balance = invoiceBalance(ledger, invoiceId);
  if (balance > 0) return `Solde restant dû sur la facture ${number}\u00a0: ${formatEuros(balance)}\u00a0; la relance continue sur ce solde.`;
  return `La facture ${number} est soldée\u00a0: les relances s'arrêtent (${owedForLateness(ledger, invoiceId)}).`;
}

/**
 * What a late payer still owes once the invoice is paid: a professional, the L441-10 penalties and
 * the 40 € indemnity; a consumer neither, only legal interest from a formal notice (docs/decisions/0082).
 */
function owedForLateness(ledger: Ledger, invoiceId: string): string {
  const customerId = getDocument(ledger, invoiceId).customerId;
  const professional = findCustomerById(ledger, customerId)?.professional ?? true;
  return professional
    ? "pénalités et indemnité restent exigibles en cas de retard"
    : "un particulier ne doit ni pénalités de retard ni indemnité de 40\u00a0€\u00a0; seuls les intérêts au taux légal courent après une mise en demeure";
}

/** A payment as typed (`invoice`: the ledger id typed) against the bank statement; `recorded`: the PGI's entry of what was received. */
export function judgePaymentEntry(
  entry: Extract<PendingEntry, { kind: "payment" }>,
  typed: { invoice: string; amountCents: number; date: string },
  numberOf: InvoiceNumberOf,
  recorded: LedgerResult<object>,
): Judgement {
  const correct = entry.invoice === typed.invoice && entry.amountCents === typed.amountCents && entry.date === typed.date;
  const number = numberOf(entry.invoice);
  const received = `Règlement reçu\u00a0: ${formatEuros(entry.amountCents)} le ${formatDateFr(entry.date)} pour la facture ${number}.`;
  const typedText = `Vous avez saisi ${formatEuros(typed.amountCents)} le ${formatDateFr(typed.date)} sur la facture ${numberOf(typed.invoice)}.`;
  const after = recorded.ok ? balanceSentence(recorded.ledger, entry.invoice, number) : `Le PGI refuse ce règlement\u00a0: ${recorded.error.message}`;
  return judged(correct, {
    answer: `${formatEuros(typed.amountCents)} le ${formatDateFr(typed.date)} sur ${numberOf(typed.invoice)}`,
    expected: expectedEntry(entry, numberOf),
    explanation: correct ? `Correct. ${received} ${after}` : `${received} ${typedText} Le PGI enregistre le règlement reçu. ${after}`,
    glossary: ENTRY_GLOSSARY.payment,
  });
}

/** A dispute opened on `invoice` (the ledger id typed) against the customer's letter. */
export function judgeDisputeOpened(entry: Extract<PendingEntry, { kind: "disputeOpened" }>, invoice: string, numberOf: InvoiceNumberOf): Judgement {
  const correct = entry.invoice === invoice;
  const number = numberOf(entry.invoice);
  const facts = `Le client conteste la facture ${number} le ${formatDateFr(entry.date)} (${entry.reason})\u00a0: une créance contestée n'est pas certaine, les relances sont suspendues jusqu'au règlement du litige (avoir, rabais ou remplacement).`;
  return judged(correct, {
    answer: `Litige ouvert sur la facture ${numberOf(invoice)}`,
    expected: expectedEntry(entry, numberOf),
    explanation: correct ? `Correct. ${facts}` : `Ce n'est pas la facture contestée. ${facts} Le PGI ouvre le litige sur la facture ${number}.`,
    glossary: ENTRY_GLOSSARY.disputeOpened,
  });
}

/** A settlement entered before its dispute is open in the PGI: 0 point, the entry stays to make. */
export function judgeSettlementOutOfOrder(entry: Extract<PendingEntry, { kind: "disputeSettled" }>, typed: { invoice: string; settlement: DisputeSettlement }, numberOf: InvoiceNumberOf): Judgement {
  const number = numberOf(entry.invoice);
  return {
    answer: `Litige réglé (${DISPUTE_SETTLEMENT_LABELS[typed.settlement]}) sur la facture ${numberOf(typed.invoice)}`,
    expected: `Ouvrir d'abord le litige sur la facture ${number}`,
    correct: false,
    verdict: "outOfOrder",
    explanation: `Hors d'ordre\u00a0: le litige sur la facture ${number} n'est pas encore ouvert dans le PGI\u00a0; on l'ouvre (relances suspendues) avant d'enregistrer son règlement.`,
    glossary: ENTRY_GLOSSARY.disputeSettled,
  };
}

/** The settlement the PGI records for a dispute: the one agreed, else the one typed. */
export function agreedSettlement(entry: Extract<PendingEntry, { kind: "disputeSettled" }>, typed: DisputeSettlement): DisputeSettlement {
  return entry.settlement ?? typed;
}

/** What the PGI did to settle: the credit note it issued, or refused; null when the settlement issues none. */
export interface SettlementOutcome {
  ledger: Ledger;
  creditNote: LedgerResult<{ number: string }> | null;
}

/** A settlement as typed (`invoice`: the ledger id typed) against the one agreed in the customer's letter. */
export function judgeSettlement(
  entry: Extract<PendingEntry, { kind: "disputeSettled" }>,
  typed: { invoice: string; settlement: DisputeSettlement; amountCents?: number },
  numberOf: InvoiceNumberOf,
  outcome: SettlementOutcome,
): Judgement {
  const settlement = agreedSettlement(entry, typed.settlement);
  const needsAmount = settlement !== "replacement" && entry.amountCents !== undefined;
  const problems = [
    entry.invoice !== typed.invoice ? `le litige portait sur la facture ${numberOf(entry.invoice)}` : null,
    entry.settlement !== undefined && typed.settlement !== entry.settlement ? `le règlement convenu est\u00a0: ${DISPUTE_SETTLEMENT_LABELS[entry.settlement]}` : null,
    needsAmount && typed.amountCents !== entry.amountCents ? `le montant convenu est de ${formatEuros(entry.amountCents ?? 0)} HT` : null,
  ].filter((p): p is string => p !== null);
  const number = numberOf(entry.invoice);
  const { creditNote, ledger } = outcome;
  const pgi =
    creditNote === null
      ? `Aucun avoir\u00a0: ${DISPUTE_SETTLEMENT_LABELS[settlement]}, la facture reste due en totalité.`
      : creditNote.ok
        ? `Le PGI émet l'avoir ${creditNote.number} de ${formatEuros(entry.amountCents ?? 0)} HT sur la facture ${number}.`
        : `Le PGI refuse l'avoir\u00a0: ${creditNote.error.message}`;
  const balance = invoiceBalance(ledger, entry.invoice);
  const after = balance > 0 ? ` Les relances reprennent sur le solde de ${formatEuros(balance)}, les délais comptant ce qui restait avant le litige.` : " La facture est soldée.";
  const correct = problems.length === 0;
  return judged(correct, {
    answer: `${DISPUTE_SETTLEMENT_LABELS[typed.settlement]}${typed.amountCents !== undefined ? ` de ${formatEuros(typed.amountCents)} HT` : ""} sur la facture ${numberOf(typed.invoice)}`,
    expected: `${DISPUTE_SETTLEMENT_LABELS[settlement]}${needsAmount ? ` de ${formatEuros(entry.amountCents ?? 0)} HT` : ""} sur la facture ${number}`,
    explanation: `${correct ? "Correct" : `Inexact\u00a0: ${problems.join("\u00a0; ")}`}. Litige réglé le ${formatDateFr(entry.date)}\u00a0: ${entry.resolution} ${pgi}${after}`,
    glossary: settlement === "replacement" ? ENTRY_GLOSSARY.disputeSettled : [...ENTRY_GLOSSARY.disputeSettled, "creditNote"],
  });
}

/** Mail that arrived after the learner ended the follow-up: never entered, counted as missed. */
export function judgeMissedEntry(entry: PendingEntry, numberOf: InvoiceNumberOf): Judgement {
  return judged(false, {
    answer: "Aucune saisie (suivi terminé)",
    expected: expectedEntry(entry, numberOf),
    explanation: `Manqué\u00a0: le suivi a été terminé avant l'arrivée de ce courrier du ${formatDateFr(entry.date)}, qui n'a pas été saisi dans le PGI.`,
    glossary: ENTRY_GLOSSARY[entry.kind],
  });
}
