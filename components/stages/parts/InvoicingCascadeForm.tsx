"use client";
import { useId, useState } from "react";
import { isTextRecord, useDraftField, useDraftedSend } from "./formDrafts";
import { findDocument, formatDiscounts, formatEuros, formatPercent, lineName, type SalesDocument } from "@/domain";
import type { InvoicingContext, InvoicingEvent } from "@/machines/invoicing";
import { focusFirstError, InvoiceField, readAmounts } from "./InvoiceField";
import { Term } from "@/components/ui/GlossaryLinks";

interface Props {
  context: InvoicingContext;
  can: (event: InvoicingEvent) => boolean;
  send: (event: InvoicingEvent) => void;
}

/** The VAT rates of the draft's lines, highest first: one field per rate. */
function ratesOf(draft: SalesDocument | undefined): number[] {
  const rates = [...new Set((draft?.lines ?? []).map((line) => line.vatRate))].sort((a, b) => b - a);
  return rates.length > 0 ? rates : [20];
}

function DraftLines({ draft }: { draft: SalesDocument }) {
  const r = draft.reductions;
  return (
    <>
      <div className="table-scroll">
        <table className="compact-table">
          <caption className="visually-hidden">Lignes du brouillon de facture</caption>
          <thead>
            <tr>
              <th scope="col">Article</th>
              <th scope="col" className="amount">
                Qté
              </th>
              <th scope="col" className="amount">
                PU HT
              </th>
              <th scope="col" className="amount">
                TVA
              </th>
            </tr>
          </thead>
          <tbody>
            {draft.lines.map((line, index) => (
              <tr key={`${lineName(line)}-${index}`}>
                <th scope="row">
                  {line.reference ? <span className="line-ref">{line.reference}</span> : null} {line.description}
                </th>
                <td className="amount">{String(line.quantity).replace(".", ",")}</td>
                <td className="amount">{formatEuros(line.unitPriceCents)}</td>
                <td className="amount">{formatPercent(line.vatRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="facts">
        <li>
          <Term id="tradeDiscount">Remises</Term>&nbsp;: {formatDiscounts(r.tradeDiscounts ?? [])}
        </li>
        {r.allowances && r.allowances.length > 0 ? (
          <li>
            <Term id="allowance">Rabais</Term>&nbsp;: {formatDiscounts(r.allowances)}
          </li>
        ) : null}
        {r.rebates && r.rebates.length > 0 ? (
          <li>
            <Term id="rebate">Ristournes</Term>&nbsp;: {formatDiscounts(r.rebates)}
          </li>
        ) : null}
        {r.cashDiscount !== undefined ? (
          <li>
            <Term id="cashDiscount">Escompte</Term> accordé&nbsp;: {formatPercent(r.cashDiscount)}
          </li>
        ) : null}
        {draft.shippingCents > 0 ? (
          <li>
            <Term id="shipping">Port</Term>&nbsp;: {formatEuros(draft.shippingCents)} HT
          </li>
        ) : null}
        <li>
          <Term id="deposit">Acompte</Term> déjà facturé, à déduire&nbsp;: {draft.depositCents > 0 ? `${formatEuros(draft.depositCents)} TTC` : "aucun"}
        </li>
      </ul>
    </>
  );
}

/** Step 3.3: the learner computes the cascade from the draft's lines and reductions. */
export function InvoicingCascadeForm({ context, can, send: sendMove }: Props) {
  const id = useId();
  const draft = context.invoiceId !== null ? findDocument(context.ledger, context.invoiceId) : undefined;
  const rates = ratesOf(draft);
  const fields: { key: string; label: string }[] = [
    { key: "netCommercial", label: "Net commercial HT" },
    { key: "totalExclTax", label: "Total HT" },
    ...rates.map((rate) => ({ key: `vat-${rate}`, label: `TVA à ${formatPercent(rate)}` })),
    { key: "totalInclTax", label: "Total TTC" },
    { key: "amountDue", label: "Net à payer" },
  ];
  const form = `invoicing.cascade.${context.invoiceId ?? "none"}`;
  const [values, setValues] = useDraftField<Record<string, string>>(form, "amounts", {}, isTextRecord);
  const send = useDraftedSend(form, sendMove);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const fieldId = (key: string) => `${id}-${key}`;
  const probe: InvoicingEvent = {
    type: "learner.cascadeComputed",
    netCommercialCents: 0,
    totalExclTaxCents: 0,
    vat: rates.map((rate) => ({ rate, amountCents: 0 })),
    totalInclTaxCents: 0,
    amountDueCents: 0,
  };
  const enabled = can(probe);

  const submit = () => {
    const read = readAmounts(Object.fromEntries(fields.map((f) => [f.key, values[f.key] ?? ""])));
    if (!read.ok) {
      setErrors(read.errors);
      focusFirstError(fields.filter((f) => read.errors[f.key] !== undefined).map((f) => fieldId(f.key)));
      return;
    }
    const c = read.cents;
    send({
      type: "learner.cascadeComputed",
      netCommercialCents: c.netCommercial ?? 0,
      totalExclTaxCents: c.totalExclTax ?? 0,
      vat: rates.map((rate) => ({ rate, amountCents: c[`vat-${rate}`] ?? 0 })),
      totalInclTaxCents: c.totalInclTax ?? 0,
      amountDueCents: c.amountDue ?? 0,
    });
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
      {draft !== undefined ? (
        <DraftLines draft={draft} />
      ) : (
        <p className="muted">Aucun brouillon de facture pour l&apos;instant&nbsp;: il s&apos;établit à partir des bons de livraison.</p>
      )}
      <p className="muted">
        Chaque remise se calcule sur le net précédent jusqu&apos;au <Term id="netCommercial">net commercial</Term>, puis la{" "}
        <Term id="vat">TVA</Term> par taux&nbsp;; arrondissez chaque montant au centime (en euros, par exemple 1 145,70).
      </p>
      <div className="form-grid cascade-fields">
        {fields.map((field) => (
          <InvoiceField
            key={field.key}
            id={fieldId(field.key)}
            label={field.label}
            value={values[field.key] ?? ""}
            error={errors[field.key]}
            onChange={(next) => {
              setValues((v) => ({ ...v, [field.key]: next }));
              setErrors((e) => ({ ...e, [field.key]: undefined }));
            }}
          />
        ))}
      </div>
      <button type="submit" className="button" disabled={!enabled}>
        Enregistrer le calcul
      </button>
    </form>
  );
}
