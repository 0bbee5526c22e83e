"use client";
import { useId } from "react";
import { oneOfKeys, orNull, useDraftField, useDraftedSend } from "./formDrafts";
import { SENDING_CHANNEL_LABELS, type SendingChannel } from "@/domain";
import type { InvoicingEvent } from "@/machines/invoicing";
import { Term } from "@/components/ui/GlossaryLinks";

interface Props {
  /** "la facture", "la facture d'avoir". */
  what: string;
  customerName: string;
  /** "PME", "grande entreprise": the reform reaches the seller by its size. */
  sellerSize: string;
  can: (event: InvoicingEvent) => boolean;
  send: (event: InvoicingEvent) => void;
}

const CHANNELS = Object.keys(SENDING_CHANNEL_LABELS) as SendingChannel[];

/**
 * Steps 3.5 and 3.7: sending a validated document by one of the three routes (radio buttons: the
 * arrow keys move between them). Which one is right is the machine's judgement, never this form's.
 */
export function InvoicingSendForm({ what, customerName, sellerSize, can, send: sendMove }: Props) {
  const id = useId();
  const [channel, setChannel] = useDraftField<SendingChannel | null>("invoicing.send", "channel", null, orNull(oneOfKeys(SENDING_CHANNEL_LABELS)));
  // One form for the invoice and then its credit note: sending the first forgets its draft before the second opens.
  const send = useDraftedSend("invoicing.send", sendMove);
  const enabled = channel !== null && can({ type: "learner.invoiceSent", channel });

  return (
    <form
      className="stage-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (channel !== null && enabled) send({ type: "learner.invoiceSent", channel });
      }}
    >
      <fieldset>
        <legend>
          Envoyer {what} à {customerName} par&nbsp;:
        </legend>
        <ul className="choice-list">
          {CHANNELS.map((option) => (
            <li key={option}>
              <input type="radio" id={`${id}-${option}`} name={`${id}-channel`} value={option} checked={channel === option} onChange={() => setChannel(option)} />
              <label htmlFor={`${id}-${option}`}>{SENDING_CHANNEL_LABELS[option]}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <p className="muted">
        La route dépend de la date du document, de la taille de votre entreprise ({sellerSize}) et du client (entreprise établie en France, particulier ou client
        étranger)&nbsp;: voir <Term id="approvedPlatform">plateforme agréée</Term>. Le compte client (module Clients) indique l&apos;adresse électronique à
        utiliser, s&apos;il en a une.
      </p>
      <button type="submit" className="button" disabled={!enabled}>
        Envoyer {what}
      </button>
    </form>
  );
}
