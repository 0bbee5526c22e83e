/**
 * Stage 5's vocabulary: the mail a learner must enter, how the ladder's verdicts show in the trace,
 * and the glossary terms of each step.
 */
import type { IsoDate } from "../dates";
import type { PaymentMethod } from "../ledger";
import type { TraceVerdict } from "../scoring";
import type { DisputeSettlement } from "./key";
import type { DunningVerdict } from "./ladder";

/**
 * Decision point ids; <facture> is the invoice as the scenario names it (its number, or "@stage").
 * A point's name is its family's label without the examples in brackets, then its invoice
 * (machines/stages.ts): « Relance\u00a0: l'action du jour — facture FA-2026-00131 ».
 */
export const FOLLOW_UP_DECISION_POINTS: { id: string; label: string }[] = [
  { id: "followUp.<facture>.<date>", label: "Relance\u00a0: l'action du jour (attendre, relance 1, relance 2, LRAR, mise en demeure, injonction de payer)" },
  { id: "followUp.<facture>.payment.<date>", label: "Saisie d'un règlement reçu (facture, montant, date)" },
  { id: "followUp.<facture>.dispute.<date>", label: "Ouverture d'un litige (les relances sont suspendues)" },
  { id: "followUp.<facture>.settlement.<date>", label: "Règlement d'un litige (avoir, rabais ou remplacement)" },
];

/**
 * A decision point's id without its date: "followUp.FA-2026-00140.2026-04-25" → "followUp.FA-2026-00140",
 * the same for every learner of a class though a variant moves the dates; any other id is its own.
 */
export function decisionPointFamily(id: string): string {
  return id.replace(/\.\d{4}-\d{2}-\d{2}$/u, "");
}

/** A world event arrived that the learner must enter in the PGI. */
export type PendingEntry =
  | { kind: "payment"; eventIndex: number; invoice: string; date: IsoDate; amountCents: number; method: PaymentMethod }
  | { kind: "disputeOpened"; eventIndex: number; invoice: string; date: IsoDate; reason: string }
  | { kind: "disputeSettled"; eventIndex: number; invoice: string; date: IsoDate; resolution: string; settlement?: DisputeSettlement; amountCents?: number };

/** The ladder's verdict as the trace records it. */
export const DUNNING_TRACE_VERDICTS: Readonly<Record<DunningVerdict, TraceVerdict>> = {
  correct: "correct",
  tooEarly: "tooEarly",
  tooLate: "tooLate",
  wrongStep: "wrong",
  // A step the rules forbid during a dispute: the attempt is recorded as refused.
  notAllowed: "refused",
};

/** The glossary term of each step, and of a suspended ladder. */
export const DUNNING_STEP_GLOSSARY: Readonly<Record<string, string>> = {
  preReminder: "reminder",
  reminder1: "reminder",
  reminder2: "reminder",
  registeredLetter: "registeredLetter",
  formalNotice: "formalNotice",
  paymentOrder: "paymentOrder",
  suspendedByDispute: "dispute",
};

/** The glossary terms of each kind of mail entered. */
export const ENTRY_GLOSSARY: Readonly<Record<PendingEntry["kind"], string[]>> = {
  payment: ["customerAccount", "outstanding"],
  disputeOpened: ["dispute"],
  disputeSettled: ["dispute"],
};
