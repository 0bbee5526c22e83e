"use client";
import { useId, useState } from "react";
import { useDraftField, useDraftedSend } from "./formDrafts";
import { formatDateFr, formatEuros, getDocument, parseAmount } from "@/domain";
import type { InvoicingContext, InvoicingEvent } from "@/machines/invoicing";
import { focusFirstError, InvoiceField } from "./InvoiceField";
import { Term } from "@/components/ui/GlossaryLinks";

interface Props {
  context: InvoicingContext;
  can: (event: InvoicingEvent) => boolean;
  send: (event: InvoicingEvent) => void;
}

/** Step 3.1: the deposit invoice, typed TTC, before the final invoice. */
export function InvoicingDepositForm({ context, can, send: sendMove }: Props) {
  const id = useId();
  const fieldId = `${id}-deposit`;
  const [value, setValue] = useDraftField("invoicing.deposit", "amount", "");
  const send = useDraftedSend("invoicing.deposit", sendMove);
  const [error, setError] = useState<string>();
  const order = getDocument(context.ledger, context.orderId);
  const parsed = parseAmount(value);
  const probe = parsed.ok && parsed.cents > 0 ? parsed.cents : 100;
  const enabled = can({ type: "learner.depositInvoiceIssued", amountInclTaxCents: probe });

  const submit = () => {
    const read = parseAmount(value);
    const reason = !read.ok ? read.reason : read.cents <= 0 ? "Le montant de l'acompte doit être supérieur à zéro." : undefined;
    if (reason !== undefined || !read.ok) {
      setError(reason);
      focusFirstError([fieldId]);
      return;
    }
    send({ type: "learner.depositInvoiceIssued", amountInclTaxCents: read.cents });
  };

  return (
    <form
      className="stage-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      noValidate
    >
      <p>
        Commande {order.number ?? order.id} du {formatDateFr(order.date)}.
        {context.carried.depositRequiredCents !== undefined ? (
          <>
            {" "}
            <Term id="deposit">Acompte</Term> exigé au contrôle de la commande&nbsp;: {formatEuros(context.carried.depositRequiredCents)} TTC.
          </>
        ) : null}
      </p>
      <InvoiceField
        id={fieldId}
        label="Montant de la facture d'acompte (TTC, en €)"
        hint="Par exemple 300,00"
        value={value}
        error={error}
        onChange={(next) => {
          setValue(next);
          setError(undefined);
        }}
      />
      <button type="submit" className="button" disabled={!enabled}>
        Établir la facture d&apos;acompte
      </button>
    </form>
  );
}
