"use client";
import { useId, useState } from "react";
import { useDraftField, useDraftedSend } from "./formDrafts";
import type { InvoicingEvent } from "@/machines/invoicing";
import { focusFirstError, InvoiceField } from "./InvoiceField";
import { Term } from "@/components/ui/GlossaryLinks";

interface Props {
  can: (event: InvoicingEvent) => boolean;
  send: (event: InvoicingEvent) => void;
}

/** Step 3.4: validating the draft gives it the next number of the invoice series, typed by the learner. */
export function InvoicingValidateForm({ can, send: sendMove }: Props) {
  const id = useId();
  const fieldId = `${id}-number`;
  const [value, setValue] = useDraftField("invoicing.validate", "number", "");
  const send = useDraftedSend("invoicing.validate", sendMove);
  const [error, setError] = useState<string>();
  const enabled = can({ type: "learner.invoiceValidated", number: value.trim() !== "" ? value : "?" });

  return (
    <form
      className="stage-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim() === "") {
          setError("Saisissez le numéro que prendra la facture.");
          focusFirstError([fieldId]);
          return;
        }
        send({ type: "learner.invoiceValidated", number: value.trim() });
      }}
    >
      <p>
        Une fois validée, la <Term id="invoice">facture</Term> reçoit son numéro et ne peut plus être modifiée. Vérifiez le brouillon, puis indiquez le numéro
        qu&apos;elle prend dans la série.
      </p>
      <InvoiceField
        id={fieldId}
        label="Numéro de la facture"
        hint={"Numérotation continue et chronologique\u00a0: la dernière facture émise figure dans le module Factures (format FA-AAAA-NNNNN)."}
        inputMode="text"
        value={value}
        error={error}
        onChange={(next) => {
          setValue(next);
          setError(undefined);
        }}
      />
      <button type="submit" className="button" disabled={!enabled}>
        Valider la facture
      </button>
    </form>
  );
}
