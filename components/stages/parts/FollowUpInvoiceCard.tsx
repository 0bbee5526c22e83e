"use client";
import { useId } from "react";
import { oneOf, orNull, useDraftField, useDraftedSend } from "./formDrafts";
import { outcomeWord } from "./stepOutcome";
import {
  DUNNING_ACTIONS,
  DUNNING_STEP_LABELS,
  formatDateFr,
  formatDayCount,
  formatEuros,
  invoiceBalance,
  isAssessment,
  withoutLabel,
  type DunningChoice,
  type Scenario,
} from "@/domain";
import { DunningLetterDocument } from "@/components/documents/DunningLetters";
import { invoiceStatus, penaltiesOnRecord, type FollowedInvoice, type PaymentFollowUpContext, type PaymentFollowUpEvent } from "@/machines/paymentFollowUp";
import { Term } from "@/components/ui/GlossaryLinks";

interface Props {
  scenario: Scenario;
  invoice: FollowedInvoice;
  context: PaymentFollowUpContext;
  can: (event: PaymentFollowUpEvent) => boolean;
  send: (event: PaymentFollowUpEvent) => void;
}

const CHOICES: readonly DunningChoice[] = ["wait", ...DUNNING_ACTIONS];

/** The legend of a day's decision, which the panel focuses when the clock stops on a step due. */
export const DAY_DECISION_CLASS = "day-decision";

/** Penalties and indemnity owed to date on what the PGI records (payments entered, credit notes). */
function Penalties({ invoice, context }: { invoice: FollowedInvoice; context: PaymentFollowUpContext }) {
  const penalties = penaltiesOnRecord(context, invoice);
  if (penalties.daysLate === 0) return null;
  return (
    <details className="penalties">
      {/* A link inside <summary> would be a control inside a control: the glossary link goes below. */}
      <summary>
        {penalties.basis === "legalInterest" ? "Intérêts au taux légal" : "Pénalités de retard"} à ce jour&nbsp;: {formatEuros(penalties.penaltyCents)}
        {penalties.indemnityCents > 0 ? <> + indemnité forfaitaire {formatEuros(penalties.indemnityCents)}</> : null}
      </summary>
      <p className="muted">{penalties.explanation}</p>
      <p className="muted">
        Voir le glossaire&nbsp;: <Term id="latePenalty">pénalités de retard</Term>.
      </p>
    </details>
  );
}

/** One followed invoice: its situation today, the steps already taken, and the day's decision. */
export function FollowUpInvoiceCard({ scenario, invoice, context, can, send: sendMove }: Props) {
  const id = useId();
  // The day's decision on this invoice: each day of the follow-up is a new decision point.
  const form = `followUp.${invoice.id}.${context.today}`;
  const [choice, setChoice] = useDraftField<DunningChoice | null>(form, "choice", null, orNull(oneOf(CHOICES)));
  const send = useDraftedSend(form, sendMove);
  const status = invoiceStatus(context, invoice.id);
  const balance = invoiceBalance(context.ledger, invoice.id);
  const steps = context.actionsTaken.filter((a) => a.invoice === invoice.id);
  const dispute = context.disputes[invoice.id];
  const pendingOpen = context.pending.some((p) => p.kind === "disputeOpened" && p.invoice === invoice.id);
  const pendingSettle = context.pending.some((p) => p.kind === "disputeSettled" && p.invoice === invoice.id);
  const decided = context.decidedToday.includes(invoice.id);
  const todays = context.trace.filter((e) => e.decisionPoint === `followUp.${invoice.ref}.${context.today}`).at(-1);
  const event: PaymentFollowUpEvent | null = choice !== null ? { type: "learner.actionChosen", invoice: invoice.id, action: choice } : null;
  const enabled = event !== null && can(event);

  return (
    <article className="followup-invoice" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        Facture {invoice.number} — {invoice.customerName}
      </h3>
      <dl className="facts-grid">
        <dt>
          <Term id="dueDate">Échéance</Term>
        </dt>
        <dd>{formatDateFr(status.dueDate)}</dd>
        <dt>Retard</dt>
        <dd>{status.daysPastDue > 0 ? formatDayCount(status.daysPastDue) : "aucun"}</dd>
        <dt>Solde dû (PGI)</dt>
        <dd>{formatEuros(balance)}</dd>
        {dispute !== undefined && !pendingOpen ? (
          <>
            <dt>
              <Term id="dispute">Litige</Term>
            </dt>
            <dd>
              ouvert le {formatDateFr(dispute.openedOn)}
              {dispute.settledOn !== undefined && !pendingSettle ? `, réglé le ${formatDateFr(dispute.settledOn)}` : "\u00a0: relances suspendues"}
            </dd>
          </>
        ) : null}
      </dl>
      <h4>Étapes déjà menées</h4>
      {steps.length === 0 ? (
        <p className="muted">Aucune relance envoyée.</p>
      ) : (
        <ul className="steps-taken">
          {steps.map((step) => (
            <li key={`${step.step}-${step.date}`}>
              <span>
                {DUNNING_STEP_LABELS[step.step]} le {formatDateFr(step.date)}
              </span>
              <DunningLetterDocument ledger={context.ledger} scenario={scenario} action={step} taken={context.actionsTaken} invoiceNumber={invoice.number} />
            </li>
          ))}
        </ul>
      )}
      <Penalties invoice={invoice} context={context} />
      {decided ? (
        <p className="decision-made">
          <strong>Décision du jour enregistrée</strong>
          {/* The trace's answer is the engine's text, « Facture N : … », the card already names the invoice. */}
          {todays !== undefined ? `\u00a0: ${withoutLabel(todays.answer, `Facture ${invoice.number}`)}${isAssessment(scenario) ? "." : ` — ${todays.correct ? "✓" : "✗"} ${outcomeWord(todays)}`}` : "."}
        </p>
      ) : (
        <form
          className="stage-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (event !== null && enabled) send(event);
          }}
        >
          <fieldset aria-describedby={`${id}-ladder`}>
            <legend className={DAY_DECISION_CLASS} tabIndex={-1}>
              Action du jour ({formatDateFr(context.today)}) pour la facture {invoice.number}
            </legend>
            <p id={`${id}-ladder`} className="muted">
              <Term id="reminder">Relances</Term>, <Term id="registeredLetter">LRAR</Term>,{" "}
              <Term id="formalNotice">mise en demeure</Term>, <Term id="paymentOrder">injonction de payer</Term>&nbsp;: une étape à la fois, à la date
              prévue par la politique de l&apos;entreprise.
            </p>
            <ul className="choice-list">
              {CHOICES.map((option) => (
                <li key={option}>
                  <input type="radio" id={`${id}-${option}`} name={`${id}-choice`} value={option} checked={choice === option} onChange={() => setChoice(option)} />
                  <label htmlFor={`${id}-${option}`}>{DUNNING_STEP_LABELS[option]}</label>
                </li>
              ))}
            </ul>
          </fieldset>
          <button type="submit" className="button" disabled={!enabled}>
            Valider l&apos;action du jour <span className="visually-hidden">pour la facture {invoice.number}</span>
          </button>
        </form>
      )}
    </article>
  );
}
