"use client";
import { useRef } from "react";
import { formatDateFr } from "@/domain";
import { clockHeldBy, stepsDueToday, type PaymentFollowUpEvent } from "@/machines/paymentFollowUp";
import type { StagePanelProps } from "./types";
import { useFocusOnChange } from "@/components/ui/bringIntoView";
import { ConfirmButton } from "@/components/ui/ConfirmButton";
import { FollowUpEntryForm } from "./parts/FollowUpEntryForm";
import { DAY_DECISION_CLASS, FollowUpInvoiceCard } from "./parts/FollowUpInvoiceCard";
import { FollowUpPolicies } from "./parts/FollowUpPolicies";
import { Term } from "@/components/ui/GlossaryLinks";

/**
 * Every move stops on the next mail and on the next day a step falls due (docs/decisions/0092):
 * "to the next event" would do the same as "to the next due step", so the panel offers one of them.
 */
const CLOCK_MOVES: readonly { event: PaymentFollowUpEvent; label: string }[] = [
  { event: { type: "clock.advanced", days: 1 }, label: "Jour suivant" },
  { event: { type: "clock.advancedToNextDueStep" }, label: "Aller à la prochaine échéance de relance" },
];

const END: PaymentFollowUpEvent = { type: "learner.followUpEnded" };

type FollowUpSnapshot = StagePanelProps<"paymentFollowUp">["snapshot"];

/**
 * The learner moved the clock (either button) and the stage goes on. A move that also recorded a
 * decision (a first try held, then declined by the move: docs/decisions/0130) leaves the focus to
 * that decision's feedback, which the workspace gives.
 */
function clockMoved(before: FollowUpSnapshot, after: FollowUpSnapshot): boolean {
  return after.status === "active" && after.context.today !== before.context.today && after.context.lastFeedback === before.context.lastFeedback;
}

/**
 * What the learner must do on the day the clock reached, in the panel's order: the mail that came;
 * else, when a step falls due, the day's action on the first invoice not yet decided (which one is
 * due is the exercise's answer); else the clock itself, whose heading says the new date.
 */
function taskOfTheDay(panel: HTMLElement | null, decisionDue: boolean): HTMLElement | null {
  if (panel === null) return null;
  const mail = panel.querySelector<HTMLElement>("#followup-entries-title");
  const decision = decisionDue ? panel.querySelector<HTMLElement>(`.${DAY_DECISION_CLASS}`) : null;
  return mail ?? decision ?? panel.querySelector<HTMLElement>("#followup-clock-heading");
}

/** Stage 5: the simulated clock, the mail to enter, and each day's decision for each followed invoice. */
export function PaymentFollowUpPanel({ scenario, stageActor, snapshot: snap }: StagePanelProps<"paymentFollowUp">) {
  const context = snap.context;
  const can = (event: PaymentFollowUpEvent) => snap.can(event);
  const send = (event: PaymentFollowUpEvent) => stageActor.send(event);
  const finished = snap.status === "done";
  const waitingForEntries = context.pending.length > 0;
  const held = clockHeldBy(context);
  const panel = useRef<HTMLDivElement>(null);
  // The button pressed may be disabled on the new day, the form of the day drawn above it: the focus goes on to the day's task.
  useFocusOnChange(snap, clockMoved, () => taskOfTheDay(panel.current, stepsDueToday(context).length > 0));

  return (
    <div ref={panel} className="stage-panel followup-panel">
      <p>
        Suivez les règlements jusqu&apos;au {formatDateFr(context.endsOn)}&nbsp;: saisissez le courrier reçu, décidez chaque jour de l&apos;action à mener pour chaque facture,
        puis avancez l&apos;horloge. Voir <Term id="paymentFollowUp">le suivi des règlements</Term>.
      </p>
      <p className="followup-today">
        Nous sommes le <strong>{formatDateFr(context.today)}</strong>.
      </p>
      <FollowUpPolicies scenario={scenario} context={context} headingId="followup-policies-title" />

      {waitingForEntries ? (
        <section className="followup-entries" aria-labelledby="followup-entries-title">
          <h3 id="followup-entries-title" tabIndex={-1}>Courrier à saisir dans le PGI ({context.pending.length})</h3>
          {context.pending.map((entry) => (
            <FollowUpEntryForm key={entry.eventIndex} entry={entry} context={context} can={can} send={send} />
          ))}
        </section>
      ) : null}

      {context.invoices.map((invoice) => (
        <FollowUpInvoiceCard key={`${invoice.id}-${context.today}`} scenario={scenario} invoice={invoice} context={context} can={can} send={send} />
      ))}

      <section className="followup-clock" aria-labelledby="followup-clock-title">
        {/* The region keeps its short name; the heading, focused when nothing is to be decided on the new day, says which day it is. */}
        <h3 id="followup-clock-heading" tabIndex={-1}>
          <span id="followup-clock-title">Horloge simulée</span>&nbsp;: nous sommes le {formatDateFr(context.today)}
        </h3>
        <div className="button-row">
          {CLOCK_MOVES.map((move) => (
            <button key={move.label} type="button" className="button secondary small" disabled={!can(move.event)} onClick={() => send(move.event)}>
              {move.label}
            </button>
          ))}
        </div>
        {finished ? null : (
          <p className="muted" role="status">
            {held ??
              `L'horloge s'arrête dès qu'un courrier arrive, le jour où une relance devient due (une décision vous est alors demandée) et au dernier jour du suivi, le ${formatDateFr(context.endsOn)}.`}
          </p>
        )}
        {can(END) ? (
          <ConfirmButton question={"Terminer le suivi\u00a0? Les décisions non prises seront comptées comme manquées."} confirmLabel="Terminer" onConfirm={() => send(END)}>
            Terminer le suivi
          </ConfirmButton>
        ) : null}
      </section>

      {context.journal.length > 0 ? (
        <section className="followup-journal" aria-labelledby="followup-journal-title">
          <h3 id="followup-journal-title">Courrier et relevés reçus</h3>
          <ul>
            {[...context.journal].reverse().map((item, index) => (
              <li key={`${item.date}-${index}`}>{item.text}</li>
            ))}
          </ul>
        </section>
      ) : null}

    </div>
  );
}
