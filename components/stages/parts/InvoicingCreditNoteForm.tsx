"use client";
import { useId, useState } from "react";
import { isFlag, listOf, textsLike, useDraftField, useDraftedSend } from "./formDrafts";
import { findDocument, lineName, parseAmount, type TypedLine } from "@/domain";
import type { InvoicingContext, InvoicingEvent } from "@/machines/invoicing";
import { focusFirstError, InvoiceField } from "./InvoiceField";
import { readQuantity, type QuantityReading } from "./quantity";
import { Term } from "@/components/ui/GlossaryLinks";

interface Props {
  context: InvoicingContext;
  can: (event: InvoicingEvent) => boolean;
  send: (event: InvoicingEvent) => void;
}

interface LineDraft {
  reference: string;
  quantity: string;
  unitPrice: string;
}

type Errors = Record<string, string | undefined>;

/** A line credits whole units, as every document line counts them: « 6,5 » cartons is refused before it costs the learner points. */
function creditedQuantity(text: string): QuantityReading {
  const read = readQuantity(text);
  return read.ok && read.quantity === 0 ? { ok: false, error: "Une ligne d'avoir crédite au moins une unité." } : read;
}

const FORM = "invoicing.creditNote";
const isLineDrafts = listOf(textsLike<LineDraft>({ reference: "", quantity: "", unitPrice: "" }));

/** Step 3.6: the credit note that corrects the validated invoice, line by line or in full. */
export function InvoicingCreditNoteForm({ context, can, send: sendMove }: Props) {
  const id = useId();
  const invoice = context.invoiceId !== null ? findDocument(context.ledger, context.invoiceId) : undefined;
  const references = [...new Set((invoice?.lines ?? []).map(lineName))];
  const [full, setFull] = useDraftField(FORM, "full", false, isFlag);
  const [lines, setLines] = useDraftField<LineDraft[]>(FORM, "lines", [{ reference: references[0] ?? "", quantity: "", unitPrice: "" }], isLineDrafts);
  const [reason, setReason] = useDraftField(FORM, "reason", "");
  const send = useDraftedSend(FORM, sendMove);
  const [errors, setErrors] = useState<Errors>({});
  const probe: InvoicingEvent = full
    ? { type: "learner.creditNoteIssued", full: true, reason: "?" }
    : { type: "learner.creditNoteIssued", lines: [{ reference: "?", quantity: 1, unitPriceCents: 1 }], reason: "?" };
  const enabled = can(probe);
  const fieldId = (key: string) => `${id}-${key}`;

  const updateLine = (index: number, patch: Partial<LineDraft>) => setLines((current) => current.map((line, i) => (i === index ? { ...line, ...patch } : line)));

  const submit = () => {
    const found: Errors = {};
    const typed: TypedLine[] = [];
    if (!full) {
      lines.forEach((line, i) => {
        const quantity = creditedQuantity(line.quantity);
        if (!quantity.ok) found[`q${i}`] = quantity.error;
        const price = parseAmount(line.unitPrice);
        if (!price.ok) found[`p${i}`] = price.reason;
        else if (price.cents <= 0) found[`p${i}`] = "Le montant crédité doit être supérieur à zéro.";
        if (quantity.ok && price.ok && price.cents > 0) {
          typed.push({ reference: line.reference, quantity: quantity.quantity, unitPriceCents: price.cents });
        }
      });
    }
    if (reason.trim() === "") found.reason = "Indiquez le motif de l'avoir (il figure sur le document).";
    const keys = Object.keys(found).filter((k) => found[k] !== undefined);
    if (keys.length > 0) {
      setErrors(found);
      focusFirstError(keys.map(fieldId));
      return;
    }
    send(full ? { type: "learner.creditNoteIssued", full: true, reason: reason.trim() } : { type: "learner.creditNoteIssued", lines: typed, reason: reason.trim() });
  };

  return (
    <form
      className="stage-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <p>
        Une <Term id="creditNote">facture d&apos;avoir</Term> cite la facture qu&apos;elle corrige et ne crédite que ce qui doit l&apos;être (retour, erreur de prix,{" "}
        <Term id="allowance">rabais</Term>).
      </p>
      <fieldset>
        <legend>Étendue de l&apos;avoir</legend>
        <ul className="choice-list">
          <li>
            <input type="radio" id={`${id}-partial`} name={`${id}-extent`} checked={!full} onChange={() => setFull(false)} />
            <label htmlFor={`${id}-partial`}>Avoir partiel&nbsp;: les lignes à créditer</label>
          </li>
          <li>
            <input type="radio" id={`${id}-full`} name={`${id}-extent`} checked={full} onChange={() => setFull(true)} />
            <label htmlFor={`${id}-full`}>Avoir total&nbsp;: annulation de toute la facture</label>
          </li>
        </ul>
      </fieldset>
      {!full ? (
        <fieldset>
          <legend>Lignes à créditer (prix unitaire HT crédité)</legend>
          {lines.map((line, i) => (
            <div className="credit-line" key={i} role="group" aria-label={`Ligne ${i + 1} de l'avoir`}>
              <div className="field">
                <label htmlFor={fieldId(`r${i}`)}>Article, ligne {i + 1}</label>
                <select id={fieldId(`r${i}`)} value={line.reference} onChange={(e) => updateLine(i, { reference: e.target.value })}>
                  {references.map((reference) => (
                    <option key={reference} value={reference}>
                      {reference}
                    </option>
                  ))}
                </select>
              </div>
              <InvoiceField
                id={fieldId(`q${i}`)}
                label={`Quantité, ligne ${i + 1}`}
                inputMode="decimal"
                value={line.quantity}
                error={errors[`q${i}`]}
                onChange={(quantity) => {
                  updateLine(i, { quantity });
                  setErrors((e) => ({ ...e, [`q${i}`]: undefined }));
                }}
              />
              <InvoiceField
                id={fieldId(`p${i}`)}
                label={`Prix unitaire HT crédité (€), ligne ${i + 1}`}
                value={line.unitPrice}
                error={errors[`p${i}`]}
                onChange={(unitPrice) => {
                  updateLine(i, { unitPrice });
                  setErrors((e) => ({ ...e, [`p${i}`]: undefined }));
                }}
              />
              {lines.length > 1 ? (
                <button type="button" className="button secondary small" onClick={() => setLines((current) => current.filter((_, k) => k !== i))}>
                  Retirer la ligne {i + 1}
                </button>
              ) : null}
            </div>
          ))}
          <button type="button" className="button secondary small" onClick={() => setLines((current) => [...current, { reference: references[0] ?? "", quantity: "", unitPrice: "" }])}>
            Ajouter une ligne
          </button>
        </fieldset>
      ) : null}
      <InvoiceField
        id={fieldId("reason")}
        label="Motif de l'avoir"
        inputMode="text"
        value={reason}
        error={errors.reason}
        onChange={(next) => {
          setReason(next);
          setErrors((e) => ({ ...e, reason: undefined }));
        }}
      />
      <button type="submit" className="button" disabled={!enabled}>
        Établir la facture d&apos;avoir
      </button>
    </form>
  );
}
