"use client";
import { formatAmount, parsePercentList, type TypedLine } from "@/domain";
import type { OrderProcessingEvent } from "@/machines/orderProcessing";
import { AmountField, readAmount } from "../parts/AmountField";
import { MoveForm } from "../parts/MoveForm";
import { listOf, textsLike, useDraftField, useDraftedSend } from "../parts/formDrafts";
import { readQuantity } from "../parts/quantity";
import { Term } from "@/components/ui/GlossaryLinks";
import { RequiredFieldsNote } from "@/components/ui/RequiredFieldsNote";
import { TextField } from "@/components/ui/TextField";
import type { StepFormProps } from "./types";

/** A line of the order as received: reference and quantity, and the price the customer wrote, if any. */
export interface ReceivedLine {
  reference: string;
  quantity: number;
  writtenPriceCents?: number;
}

interface LineDraft {
  quantity: string;
  unitPrice: string;
}

const FORM = "processing.record";
const isLineDrafts = listOf(textsLike<LineDraft>({ quantity: "", unitPrice: "" }));

function priceText(cents: number | undefined): string {
  return cents === undefined ? "" : formatAmount(cents);
}

/** Step 1: the order typed into the PGI: quantity and unit price HT per line, the account's remises. */
export function RecordForm({ idPrefix, can, send: sendMove, received }: StepFormProps & { received: readonly ReceivedLine[] }) {
  const isLines = (value: unknown): value is LineDraft[] => isLineDrafts(value) && value.length === received.length;
  const [lines, setLines] = useDraftField<LineDraft[]>(FORM, "lines", received.map((l) => ({ quantity: String(l.quantity), unitPrice: priceText(l.writtenPriceCents) })), isLines);
  const [discounts, setDiscounts] = useDraftField(FORM, "discounts", "");
  const send = useDraftedSend(FORM, sendMove);
  const update = (index: number, patch: Partial<LineDraft>) => setLines((current) => current.map((l, i) => (i === index ? { ...l, ...patch } : l)));

  const readings = lines.map((l) => ({ quantity: readQuantity(l.quantity), price: readAmount(l.unitPrice) }));
  const discountsReading = parsePercentList(discounts);
  const typed: TypedLine[] = [];
  for (const [index, reading] of readings.entries()) {
    const line = received[index];
    if (line && reading.quantity.ok && reading.price.ok && reading.price.cents !== undefined) {
      typed.push({ reference: line.reference, quantity: reading.quantity.quantity, unitPriceCents: reading.price.cents });
    }
  }
  const complete = typed.length === received.length && discountsReading.ok;
  const event: OrderProcessingEvent | null = complete && discountsReading.ok ? { type: "learner.orderRecorded", lines: typed, tradeDiscounts: discountsReading.percents } : null;

  return (
    <MoveForm event={event} can={can} send={send} label="Enregistrer la commande" blockedReason="Complétez chaque ligne (quantité et prix unitaire HT) et corrigez les champs signalés.">
      <p className="muted">
        Saisissez la <Term id="purchaseOrder">commande</Term> reçue (module «&nbsp;Courrier reçu&nbsp;»)&nbsp;: les quantités, le prix unitaire HT du catalogue ou du devis accepté (module
        «&nbsp;Articles et stock&nbsp;»), puis les <Term id="tradeDiscount">remises</Term> négociées du compte client (module «&nbsp;Clients&nbsp;»).
      </p>
      <RequiredFieldsNote />
      <div className="table-scroll">
        <table className="entry-table">
          <caption className="visually-hidden">Lignes de la commande à enregistrer</caption>
          <thead>
            <tr>
              <th scope="col">Référence</th>
              <th scope="col" className="col-quantity">
                Quantité<span aria-hidden="true"> *</span>
              </th>
              <th scope="col" className="col-price">
                Prix unitaire HT (€)<span aria-hidden="true"> *</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {received.map((line, index) => {
              const draft = lines[index] ?? { quantity: "", unitPrice: "" };
              const reading = readings[index];
              return (
                <tr key={`${line.reference}-${index}`}>
                  <th scope="row">{line.reference}</th>
                  <td>
                    <TextField
                      id={`${idPrefix}-qty-${index}`}
                      label={`Quantité, ${line.reference}`}
                      hideLabel
                      inputMode="numeric"
                      value={draft.quantity}
                      onChange={(quantity) => update(index, { quantity })}
                      error={reading && !reading.quantity.ok ? reading.quantity.error : undefined}
                      required
                    />
                  </td>
                  <td>
                    <AmountField
                      id={`${idPrefix}-price-${index}`}
                      label={`Prix unitaire HT, ${line.reference}`}
                      hideLabel
                      hint=""
                      value={draft.unitPrice}
                      onChange={(unitPrice) => update(index, { unitPrice })}
                      reading={reading?.price ?? { ok: false, error: "" }}
                      required
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <TextField
        id={`${idPrefix}-discounts`}
        label={
          <>
            <Term id="tradeDiscount">Remises</Term> du compte client (%)
          </>
        }
        hint={"Dans l'ordre, séparées par un point-virgule, par exemple 10\u00a0; 5. Vide s'il n'y en a pas."}
        value={discounts}
        onChange={setDiscounts}
        inputMode="decimal"
        error={discountsReading.ok ? undefined : discountsReading.reason}
      />
    </MoveForm>
  );
}
