/**
 * Stage 5's answer key played as learner events: each day's entries as the world says them, the
 * step due on the ladder, the clock moved to the next decision; and plausible wrong answers.
 * Not part of the machine: the player never loads it; the check of a scenario (../scenarioCheck.ts),
 * the command line and the tests do (docs/decisions/0101).
 */
import { addDays, DUNNING_LADDER, resolveInvoiceRef, type DunningAction, type PendingEntry } from "@/domain";
import type { StageInput } from "../contract";
import { sendOrThrow, startObserved, throwIfFailed } from "../observedActor";
import type { SnapshotFrom } from "xstate";
import { paymentFollowUpMachine, stepsDueToday, type PaymentFollowUpEvent } from "../paymentFollowUp";
import type { StageDriver } from "./walk";

type PaymentFollowUpSnapshot = SnapshotFrom<typeof paymentFollowUpMachine>;

/** The correct entry for a pending world event: exactly what the bank statement or the letter says. */
export function entryAnswer(entry: PendingEntry): PaymentFollowUpEvent {
  switch (entry.kind) {
    case "payment":
      return { type: "learner.paymentRecorded", invoice: entry.invoice, amountCents: entry.amountCents, date: entry.date };
    case "disputeOpened":
      return { type: "learner.disputeOpened", invoice: entry.invoice };
    case "disputeSettled":
      return {
        type: "learner.disputeSettled",
        invoice: entry.invoice,
        settlement: entry.settlement ?? (entry.amountCents !== undefined ? "creditNote" : "replacement"),
        ...(entry.amountCents !== undefined ? { amountCents: entry.amountCents } : {}),
      };
  }
}

/** The entries of the day in the order a clerk makes them: disputes opened, payments, settlements. */
function entriesInOrder(pending: readonly PendingEntry[]): PendingEntry[] {
  const order = { disputeOpened: 0, payment: 1, disputeSettled: 2 } as const;
  return [...pending].sort((a, b) => order[a.kind] - order[b.kind]);
}

/**
 * Plays the stage on the engine's answer key: each day, enter what arrived exactly as the world
 * says it, take each step due (dunningStatus), then move the clock to the next due step (the
 * clock stops earlier when mail arrives); once the clock cannot move any more (every invoice
 * settled or in a payment order, or endsOn reached), end the follow-up.
 */
export function solvePaymentFollowUp(input: StageInput): PaymentFollowUpEvent[] {
  const actor = startObserved(paymentFollowUpMachine, { input });
  throwIfFailed(actor);
  const events: PaymentFollowUpEvent[] = [];
  playPaymentFollowUpKey({
    snapshot: () => actor.getSnapshot(),
    send: (event) => {
      events.push(event);
      sendOrThrow(actor, event);
    },
  });
  actor.stop();
  return events;
}

/** The same key played on a stage already running (the player's, when a whole scenario is solved). */
export function playPaymentFollowUpKey(driver: StageDriver<PaymentFollowUpSnapshot, PaymentFollowUpEvent>): void {
  const { send } = driver;
  for (let round = 0; round < 10_000 && driver.snapshot().status !== "done"; round += 1) {
    const pending = driver.snapshot().context.pending[0];
    if (pending !== undefined) {
      const entry = entryAnswer(entriesInOrder(driver.snapshot().context.pending)[0] ?? pending);
      if (!driver.snapshot().can(entry)) break;
      send(entry);
      continue;
    }
    const [due] = stepsDueToday(driver.snapshot().context);
    const next: PaymentFollowUpEvent = due !== undefined ? { type: "learner.actionChosen", invoice: due.invoice.id, action: due.step } : { type: "clock.advancedToNextDueStep" };
    if (driver.snapshot().can(next)) send(next);
    else if (due === undefined) send({ type: "learner.followUpEnded" });
    else break;
  }
}

/** The step before and after on the ladder: the plausible slips of a learner. */
function neighbours(step: DunningAction): DunningAction[] {
  if (step === "preReminder") return ["reminder1"];
  const index = DUNNING_LADDER.indexOf(step);
  return [DUNNING_LADDER[index + 1], DUNNING_LADDER[index - 1]].filter((s): s is (typeof DUNNING_LADDER)[number] => s !== undefined);
}

/**
 * Wrong variants of a solver event: waiting, or the neighbouring rung, instead of the step due;
 * a payment with a mistyped amount or date; a dispute on another invoice; another settlement.
 */
export function wrongAnswers(input: StageInput, event: PaymentFollowUpEvent): PaymentFollowUpEvent[] {
  switch (event.type) {
    case "learner.actionChosen":
      return event.action === "wait" ? [] : [{ ...event, action: "wait" }, ...neighbours(event.action).map((action) => ({ ...event, action }))];
    case "learner.paymentRecorded":
      return [
        { ...event, amountCents: Math.max(1, event.amountCents - Math.max(1, Math.round(event.amountCents / 10))) },
        { ...event, date: addDays(event.date, 1) },
      ];
    case "learner.disputeOpened": {
      const others = (input.scenario.followUp?.invoices ?? []).map((ref) => resolveInvoiceRef(ref, input.carried)).filter((id) => id !== event.invoice);
      return others.slice(0, 1).map((invoice) => ({ ...event, invoice }));
    }
    case "learner.disputeSettled": {
      // Only what the scenario fixes can be got wrong: the settlement agreed and its amount.
      const agreed = input.scenario.events.find((e) => e.type === "disputeSettled" && resolveInvoiceRef(e.invoice, input.carried) === event.invoice);
      if (agreed === undefined || agreed.type !== "disputeSettled") return [];
      const variants: PaymentFollowUpEvent[] = [];
      if (agreed.settlement !== undefined) variants.push({ type: "learner.disputeSettled", invoice: event.invoice, settlement: agreed.settlement === "replacement" ? "creditNote" : "replacement" });
      if (agreed.amount !== undefined && event.amountCents !== undefined) variants.push({ ...event, amountCents: event.amountCents * 2 });
      return variants;
    }
    default:
      return [];
  }
}
