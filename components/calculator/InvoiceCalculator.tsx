"use client";
import { useId, useRef } from "react";
import { computeInvoice, DomainError, formatAmount, type InvoiceComputation, VAT_RATES } from "@/domain";
import { useAppStore, useHydrateAppStore } from "@/store/useAppStore";
import type { CalculatorDraft, CalculatorLine } from "@/store/calculatorSlice";
import { focusItemAfter } from "@/components/ui/listFocus";
import { TextField } from "@/components/ui/TextField";
import { UnavailableButton } from "@/components/ui/UnavailableButton";
import { CardTable, Cell, ColumnHeader, Row } from "@/components/ui/CardTable";
import { readCalculatorDraft, type CalculatorErrors } from "./readCalculatorDraft";

type Outcome = { ok: true; result: InvoiceComputation } | { ok: false; errors: CalculatorErrors; general?: string };

function compute(draft: CalculatorDraft): Outcome {
  const read = readCalculatorDraft(draft);
  if (!read.ok) return read;
  try {
    return { ok: true, result: computeInvoice(read.input) };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, errors: {}, general: error.message };
    throw error;
  }
}

function rateLabel(rate: number): string {
  return `${String(rate).replace(".", ",")}\u00a0%`;
}

function LineRow({ index, line, errors, canRemove, onRemove }: { index: number; line: CalculatorLine; errors: CalculatorErrors; canRemove: boolean; onRemove: (index: number) => void }) {
  const update = useAppStore((s) => s.updateCalculatorLine);
  const prefix = `line-${index}`;
  const n = index + 1;
  return (
    <Row>
      <Cell label="Désignation">
        <TextField id={`${prefix}-description`} label={`Désignation, ligne ${n}`} hideLabel inputMode="text" value={line.description} error={undefined} onChange={(description) => update(index, { description })} />
      </Cell>
      <Cell label="Quantité">
        <TextField inputMode="decimal" id={`${prefix}-quantity`} label={`Quantité, ligne ${n}`} hideLabel value={line.quantity} error={errors[`${prefix}-quantity`]} onChange={(quantity) => update(index, { quantity })} />
      </Cell>
      <Cell label="Prix unitaire HT (€)">
        <TextField inputMode="decimal" id={`${prefix}-unitPrice`} label={`Prix unitaire HT, ligne ${n}`} hideLabel value={line.unitPrice} error={errors[`${prefix}-unitPrice`]} onChange={(unitPrice) => update(index, { unitPrice })} />
      </Cell>
      <Cell label="TVA">
        <label htmlFor={`${prefix}-vatRate`} className="visually-hidden">
          Taux de TVA, ligne {n}
        </label>
        <select id={`${prefix}-vatRate`} value={line.vatRate} onChange={(event) => update(index, { vatRate: event.target.value })}>
          {VAT_RATES.map((rate) => (
            <option key={rate} value={String(rate)}>
              {rateLabel(rate)}
            </option>
          ))}
        </select>
      </Cell>
      <Cell>
        <UnavailableButton className="button secondary small" data-item-action="remove" unavailable={!canRemove} onClick={() => onRemove(index)} aria-label={`Supprimer la ligne ${n}`}>
          Supprimer
        </UnavailableButton>
      </Cell>
    </Row>
  );
}

function CascadeTable({ result, captionId }: { result: InvoiceComputation; captionId: string }) {
  return (
    <table aria-labelledby={captionId}>
      <thead>
        <tr>
          <th scope="col">Étape du calcul</th>
          <th scope="col" className="amount">
            Montant (€)
          </th>
        </tr>
      </thead>
      <tbody>
        {result.steps.map((step, index) => (
          <tr key={`${index}-${step.label}`} className={index === result.steps.length - 1 ? "total-row" : undefined}>
            <td>{step.label}</td>
            <td className="amount">{formatAmount(step.amountCents)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function InvoiceCalculator() {
  useHydrateAppStore();
  const draft = useAppStore((s) => s.calculator);
  const updateDraft = useAppStore((s) => s.updateCalculator);
  const addLine = useAppStore((s) => s.addCalculatorLine);
  const reset = useAppStore((s) => s.resetCalculator);
  const removeLine = useAppStore((s) => s.removeCalculatorLine);
  const lineRows = useRef<HTMLTableSectionElement>(null);
  const resultTitleId = useId();
  const outcome = compute(draft);
  const errors = outcome.ok ? {} : outcome.errors;
  // A line removed, the focus goes to the line that took its place, or the one before.
  const remove = (index: number) => {
    removeLine(index);
    focusItemAfter("remove", index, draft.lines.length - 1, () => lineRows.current);
  };

  return (
    <div className="calculator">
      <form className="card" onSubmit={(event) => event.preventDefault()} aria-label="Données de la facture">
        <h2>Lignes de la facture</h2>
        {/* On a phone each line is a card, its fields two by two (globals.css). */}
        <CardTable
          className="calculator-lines"
          bodyRef={lineRows}
          head={
            <>
              <ColumnHeader>Désignation</ColumnHeader>
              <ColumnHeader className="col-quantity">Quantité</ColumnHeader>
              <ColumnHeader className="col-price">Prix unitaire HT (€)</ColumnHeader>
              <ColumnHeader className="col-rate">TVA</ColumnHeader>
              <ColumnHeader>
                <span className="visually-hidden">Action</span>
              </ColumnHeader>
            </>
          }
        >
          {draft.lines.map((line, index) => (
            <LineRow key={index} index={index} line={line} errors={errors} canRemove={draft.lines.length > 1} onRemove={remove} />
          ))}
        </CardTable>
        <p>
          <button type="button" className="button secondary" onClick={addLine}>
            Ajouter une ligne
          </button>
        </p>
        <h2>Réductions, port et acompte</h2>
        <div className="form-grid">
          <TextField inputMode="decimal" id="tradeDiscounts" label="Remises (%)" hint={"En cascade, séparées par «\u00a0;\u00a0»\u00a0: 10\u00a0; 5"} value={draft.tradeDiscounts} error={errors.tradeDiscounts} onChange={(tradeDiscounts) => updateDraft({ tradeDiscounts })} />
          <TextField inputMode="decimal" id="allowances" label="Rabais (%)" value={draft.allowances} error={errors.allowances} onChange={(allowances) => updateDraft({ allowances })} />
          <TextField inputMode="decimal" id="rebates" label="Ristournes (%)" value={draft.rebates} error={errors.rebates} onChange={(rebates) => updateDraft({ rebates })} />
          <TextField inputMode="decimal" id="cashDiscount" label="Escompte accordé (%)" hint={"Déduit\u00a0: paiement comptant"} value={draft.cashDiscount} error={errors.cashDiscount} onChange={(cashDiscount) => updateDraft({ cashDiscount })} />
          <TextField inputMode="decimal" id="shipping" label="Port HT (€)" value={draft.shipping} error={errors.shipping} onChange={(shipping) => updateDraft({ shipping })} />
          <TextField inputMode="decimal" id="deposit" label="Acompte déjà versé TTC (€)" value={draft.deposit} error={errors.deposit} onChange={(deposit) => updateDraft({ deposit })} />
        </div>
        <p>
          <button type="button" className="button secondary" onClick={reset}>
            Revenir à l&apos;exemple du cours
          </button>
        </p>
      </form>

      <section className="card" aria-live="polite">
        <h2 id={resultTitleId}>La cascade de calcul</h2>
        {outcome.ok ? (
          <CascadeTable result={outcome.result} captionId={resultTitleId} />
        ) : (
          <div className="alert error" role="alert">
            <p>
              <strong>Le calcul attend une correction.</strong>
            </p>
            {outcome.general ? <p>{outcome.general}</p> : <p>Corrigez les champs signalés en rouge ({Object.keys(errors).length}).</p>}
          </div>
        )}
      </section>
    </div>
  );
}
