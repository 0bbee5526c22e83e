"use client";
import { useId, useState } from "react";
import { oneOf, orNull, useDraftField, useDraftedSend } from "./formDrafts";
import { describeWorldEvent, DISPUTE_SETTLEMENT_LABELS, isIsoDate, parseAmount, type DisputeSettlement } from "@/domain";
import type { PaymentFollowUpContext, PaymentFollowUpEvent, PendingEntry } from "@/machines/paymentFollowUp";
import { focusFirstError, InvoiceField } from "./InvoiceField";
import { Term } from "@/components/ui/GlossaryLinks";

interface Props {
  entry: PendingEntry;
  context: PaymentFollowUpContext;
  can: (event: PaymentFollowUpEvent) => boolean;
  send: (event: PaymentFollowUpEvent) => void;
}

const TITLES: Readonly<Record<PendingEntry["kind"], string>> = {
  payment: "Relevé bancaire\u00a0: règlement reçu",
  disputeOpened: "Courrier du client\u00a0: contestation",
  disputeSettled: "Accord avec le client\u00a0: règlement du litige",
};

const SETTLEMENTS = Object.keys(DISPUTE_SETTLEMENT_LABELS) as DisputeSettlement[];

type Errors = Partial<Record<"invoice" | "amount" | "date" | "settlement", string>>;

/** The mail that arrived (bank statement, customer's letter) and the entry the learner makes in the PGI. */
export function FollowUpEntryForm({ entry, context, can, send: sendMove }: Props) {
  const id = useId();
  // Each mail of the day is its own entry, open beside the others: its draft is its own too.
  const form = `followUp.entry.${entry.eventIndex}`;
  const [invoice, setInvoice] = useDraftField(form, "invoice", "");
  const [amount, setAmount] = useDraftField(form, "amount", "");
  const [date, setDate] = useDraftField(form, "date", "");
  const [settlement, setSettlement] = useDraftField<DisputeSettlement | null>(form, "settlement", null, orNull(oneOf(SETTLEMENTS)));
  const send = useDraftedSend(form, sendMove);
  const [errors, setErrors] = useState<Errors>({});
  const event = context.events.find((e) => e.index === entry.eventIndex);
  const number = context.invoices.find((i) => i.id === entry.invoice)?.number ?? entry.invoice;
  const text = event !== undefined ? describeWorldEvent(event, number) : `${entry.date} — ${TITLES[entry.kind]}`;
  const fieldId = (key: string) => `${id}-${key}`;
  const anyInvoice = invoice !== "" ? invoice : (context.invoices[0]?.id ?? "");

  const probe: PaymentFollowUpEvent =
    entry.kind === "payment"
      ? { type: "learner.paymentRecorded", invoice: anyInvoice, amountCents: 100, date: entry.date }
      : entry.kind === "disputeOpened"
        ? { type: "learner.disputeOpened", invoice: anyInvoice }
        : { type: "learner.disputeSettled", invoice: anyInvoice, settlement: settlement ?? "creditNote" };
  const enabled = can(probe);

  const submit = () => {
    const found: Errors = {};
    if (invoice === "") found.invoice = "Choisissez la facture concernée.";
    let cents: number | undefined;
    if (entry.kind === "payment" || (entry.kind === "disputeSettled" && amount.trim() !== "")) {
      const parsed = parseAmount(amount);
      if (!parsed.ok) found.amount = parsed.reason;
      else if (parsed.cents <= 0) found.amount = "Le montant doit être supérieur à zéro.";
      else cents = parsed.cents;
    }
    if (entry.kind === "payment" && !isIsoDate(date)) found.date = "Indiquez la date du règlement (jj/mm/aaaa).";
    if (entry.kind === "disputeSettled" && settlement === null) found.settlement = "Choisissez le mode de règlement du litige.";
    const keys = (Object.keys(found) as (keyof Errors)[]).filter((k) => found[k] !== undefined);
    if (keys.length > 0) {
      setErrors(found);
      focusFirstError(keys.map((k) => (k === "settlement" ? fieldId(`settlement-${SETTLEMENTS[0]}`) : fieldId(k))));
      return;
    }
    if (entry.kind === "payment" && cents !== undefined) send({ type: "learner.paymentRecorded", invoice, amountCents: cents, date });
    else if (entry.kind === "disputeOpened") send({ type: "learner.disputeOpened", invoice });
    else if (entry.kind === "disputeSettled" && settlement !== null) send({ type: "learner.disputeSettled", invoice, settlement, ...(cents !== undefined ? { amountCents: cents } : {}) });
  };

  const clear = (key: keyof Errors) => setErrors((e) => ({ ...e, [key]: undefined }));
  const buttonText = entry.kind === "payment" ? "Enregistrer le règlement" : entry.kind === "disputeOpened" ? "Ouvrir le litige" : "Enregistrer le règlement du litige";

  return (
    <article className="followup-entry" aria-labelledby={fieldId("title")}>
      <h4 id={fieldId("title")}>{TITLES[entry.kind]}</h4>
      <blockquote className="mail-document">{text}</blockquote>
      <form
        className="stage-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div className="field">
          <label htmlFor={fieldId("invoice")}>Facture concernée</label>
          <select
            id={fieldId("invoice")}
            value={invoice}
            aria-invalid={errors.invoice ? true : undefined}
            aria-describedby={errors.invoice ? fieldId("invoice-error") : undefined}
            onChange={(e) => {
              setInvoice(e.target.value);
              clear("invoice");
            }}
          >
            <option value="">— Choisir —</option>
            {context.invoices.map((i) => (
              <option key={i.id} value={i.id}>
                {i.number} ({i.customerName})
              </option>
            ))}
          </select>
          {errors.invoice ? (
            <p id={fieldId("invoice-error")} className="field-error">
              {errors.invoice}
            </p>
          ) : null}
        </div>
        {entry.kind === "disputeSettled" ? (
          <fieldset aria-describedby={errors.settlement ? fieldId("settlement-error") : undefined}>
            <legend>
              Règlement du <Term id="dispute">litige</Term>
            </legend>
            <ul className="choice-list">
              {SETTLEMENTS.map((option) => (
                <li key={option}>
                  <input
                    type="radio"
                    id={fieldId(`settlement-${option}`)}
                    name={fieldId("settlement")}
                    checked={settlement === option}
                    onChange={() => {
                      setSettlement(option);
                      clear("settlement");
                    }}
                  />
                  <label htmlFor={fieldId(`settlement-${option}`)}>{DISPUTE_SETTLEMENT_LABELS[option]}</label>
                </li>
              ))}
            </ul>
            {errors.settlement ? (
              <p id={fieldId("settlement-error")} className="field-error">
                {errors.settlement}
              </p>
            ) : null}
          </fieldset>
        ) : null}
        {entry.kind !== "disputeOpened" ? (
          <InvoiceField
            id={fieldId("amount")}
            label={entry.kind === "payment" ? "Montant reçu (€)" : "Montant HT de l'avoir ou du rabais (€), s'il y en a un"}
            value={amount}
            error={errors.amount}
            onChange={(next) => {
              setAmount(next);
              clear("amount");
            }}
          />
        ) : null}
        {entry.kind === "payment" ? (
          <InvoiceField
            id={fieldId("date")}
            type="date"
            label="Date du règlement"
            value={date}
            error={errors.date}
            onChange={(next) => {
              setDate(next);
              clear("date");
            }}
          />
        ) : null}
        <button type="submit" className="button" disabled={!enabled}>
          {buttonText}
        </button>
      </form>
    </article>
  );
}
