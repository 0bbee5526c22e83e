"use client";
import { formatDateFr } from "@/domain";
import { clockHeldBy, type PaymentFollowUpEvent } from "@/machines/paymentFollowUp";
import type { StagePanelProps } from "./types";
import { ConfirmButton } from "@/components/ui/ConfirmButton";
import { FollowUpEntryForm } from "./parts/FollowUpEntryForm";
import { FollowUpInvoiceCard } from "./parts/FollowUpInvoiceCard";
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

/** Stage 5: the simulated clock, the mail to enter, and each day's decision for each followed invoice. */
export function PaymentFollowUpPanel({ scenario, stageActor, snapshot: snap }: StagePanelProps<"paymentFollowUp">) {
  const context = snap.context;
  const can = (event: PaymentFollowUpEvent) => snap.can(event);
  const send = (event: PaymentFollowUpEvent) => stageActor.send(event);
  const finished = snap.status === "done";
  const waitingForEntries = context.pending.length > 0;
  const held = clockHeldBy(context);

  return (
    <div className="stage-panel followup-panel">
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
          <h3 id="followup-entries-title">Courrier à saisir dans le PGI ({context.pending.length})</h3>
          {context.pending.map((entry) => (
            <FollowUpEntryForm key={entry.eventIndex} entry={entry} context={context} can={can} send={send} />
          ))}
        </section>
      ) : null}

      {context.invoices.map((invoice) => (
        <FollowUpInvoiceCard key={`${invoice.id}-${context.today}`} scenario={scenario} invoice={invoice} context={context} can={can} send={send} />
      ))}

      <section className="followup-clock" aria-labelledby="followup-clock-title">
        <h3 id="followup-clock-title">Horloge simulée</h3>
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
