"use client";
import { ContextLabel } from "@/components/ui/ContextLabel";
import {
  capitalize,
  ELEMENT_ANOMALY_LABELS,
  findProduct,
  formatEuros,
  STOCK_VERDICT_LABELS,
  type ElementAnomaly,
  type ElementAnomalyCode,
  type IncomingOrder,
  type Ledger,
  type StockAnswerLine,
  type StockVerdict,
} from "@/domain";
import type { OrderIntakeEvent } from "@/machines/orderIntake";
import { MoveForm } from "../parts/MoveForm";
import { listOf, oneOf, oneOfKeys, useDraftField, useDraftedSend } from "../parts/formDrafts";
import { PROMISED_DATE_HINT } from "../parts/promisedDate";
import { Term } from "@/components/ui/GlossaryLinks";
import { RequiredFieldsNote } from "@/components/ui/RequiredFieldsNote";
import { TextField } from "@/components/ui/TextField";
import type { CheckFormProps } from "./types";


/** "Ligne 2 : 3 × ARM-MET à 360,00 € HT" as the customer wrote it. */
function describeOrderLine(line: IncomingOrder["lines"][number], index: number): string {
  return `Ligne ${index + 1}\u00a0: ${line.quantity} × ${line.reference}${line.unitPrice !== undefined ? ` à ${formatEuros(line.unitPrice)} HT` : ""}`;
}

type OrderAnomalyCode = Exclude<ElementAnomalyCode, "unknownReference" | "priceDiffers">;

/** The anomalies that can concern the whole order, offered when they make sense for its support. */
function orderAnomalies(order: IncomingOrder): OrderAnomalyCode[] {
  return [
    "missingDeliveryAddress",
    ...(order.support !== "message" ? (["unsigned"] as const) : []),
    ...(order.quote !== undefined ? (["quoteExpired"] as const) : []),
  ];
}

/** An anomaly as a draft keeps it (docs/decisions/0135): a known code, a line index or none. */
function isElementAnomaly(value: unknown): value is ElementAnomaly {
  if (typeof value !== "object" || value === null) return false;
  const { code, line } = value as Record<string, unknown>;
  return oneOfKeys(ELEMENT_ANOMALY_LABELS)(code) && (line === undefined || (typeof line === "number" && Number.isInteger(line) && line >= 0));
}

function anomalyKey(anomaly: ElementAnomaly): string {
  return anomaly.line !== undefined ? `${anomaly.code}:${anomaly.line}` : anomaly.code;
}

/** Check 5: the order's elements, line by line and as a whole. Nothing ticked: no anomaly. */
export function ElementsForm({ idPrefix, can, send: sendMove, order }: CheckFormProps) {
  const [tickedList, setTicked] = useDraftField<ElementAnomaly[]>("intake.elements", "anomalies", [], listOf(isElementAnomaly));
  const send = useDraftedSend("intake.elements", sendMove);
  const ticked: ReadonlyMap<string, ElementAnomaly> = new Map(tickedList.map((anomaly) => [anomalyKey(anomaly), anomaly]));
  const toggle = (anomaly: ElementAnomaly) =>
    setTicked((current) => (current.some((a) => anomalyKey(a) === anomalyKey(anomaly)) ? current.filter((a) => anomalyKey(a) !== anomalyKey(anomaly)) : [...current, anomaly]));
  const box = (anomaly: ElementAnomaly) => {
    const id = `${idPrefix}-${anomaly.code}${anomaly.line !== undefined ? `-${anomaly.line}` : ""}`;
    return (
      <div className="choice" key={id}>
        <input type="checkbox" id={id} checked={ticked.has(anomalyKey(anomaly))} onChange={() => toggle(anomaly)} />
        <label htmlFor={id}>{capitalize(ELEMENT_ANOMALY_LABELS[anomaly.code])}</label>
      </div>
    );
  };
  const event: OrderIntakeEvent = { type: "learner.elementsChecked", anomalies: [...ticked.values()] };
  return (
    <MoveForm event={event} can={can} send={send} label={ticked.size === 0 ? "Valider\u00a0: aucune anomalie" : `Valider\u00a0: ${ticked.size} anomalie${ticked.size > 1 ? "s" : ""}`}>
      <p className="muted">
        Comparez la commande reçue au catalogue (module «&nbsp;Articles et stock&nbsp;»){order.quote !== undefined ? <> et au <Term id="quote">devis</Term> {order.quote.number}</> : null}. Cochez
        chaque anomalie&nbsp;; ne cochez rien si la commande est complète et conforme.
      </p>
      {order.lines.map((line, index) => (
        <fieldset key={index} className="choice-group">
          <legend>{describeOrderLine(line, index)}</legend>
          {box({ code: "unknownReference", line: index })}
          {line.unitPrice !== undefined ? box({ code: "priceDiffers", line: index }) : null}
        </fieldset>
      ))}
      <fieldset className="choice-group">
        <legend>La commande dans son ensemble</legend>
        {orderAnomalies(order).map((code) => box({ code }))}
      </fieldset>
    </MoveForm>
  );
}

interface StockRow {
  reference: string;
  description: string | undefined;
  quantity: number;
}

/** One row per reference ordered (quantities of repeated references added up). */
function stockRows(order: IncomingOrder, ledger: Ledger): StockRow[] {
  const rows: StockRow[] = [];
  for (const line of order.lines) {
    const existing = rows.find((r) => r.reference === line.reference);
    if (existing) existing.quantity += line.quantity;
    else rows.push({ reference: line.reference, description: findProduct(ledger, line.reference)?.description, quantity: line.quantity });
  }
  return rows;
}

const BACK_ORDER_DATE_HINT = "Facultative\u00a0: vérifiée si vous l'indiquez, elle ne compte pas dans la note.";

interface StockAnswerDraft {
  verdict: StockVerdict | "";
  date: string;
}

const VERDICTS: readonly StockVerdict[] = ["available", "partial", "leadTime"];

const isVerdictOrNone = oneOf<StockVerdict | "">([...VERDICTS, ""]);

/** The stock answers as a draft keeps them, per reference. */
function isStockAnswers(value: unknown): value is Record<string, StockAnswerDraft> {
  if (typeof value !== "object" || value === null) return false;
  return Object.values(value).every((answer: unknown) => {
    if (typeof answer !== "object" || answer === null) return false;
    const { verdict, date } = answer as Record<string, unknown>;
    return isVerdictOrNone(verdict) && typeof date === "string";
  });
}

/** Check 6: per reference, the stock verdict and, when it waits, the date that can be promised. */
export function StockForm({ idPrefix, can, send: sendMove, order, ledger }: CheckFormProps) {
  const rows = stockRows(order, ledger);
  const known = rows.filter((r) => r.description !== undefined);
  const [answers, setAnswers] = useDraftField<Readonly<Record<string, StockAnswerDraft>>>("intake.stock", "answers", {}, isStockAnswers);
  const send = useDraftedSend("intake.stock", sendMove);
  const answerOf = (reference: string): StockAnswerDraft => answers[reference] ?? { verdict: "", date: "" };
  const update = (reference: string, patch: Partial<StockAnswerDraft>) => setAnswers((current) => ({ ...current, [reference]: { ...answerOf(reference), ...patch } }));

  const lines: StockAnswerLine[] = [];
  let missing: string | undefined;
  for (const row of known) {
    const answer = answerOf(row.reference);
    if (answer.verdict === "") {
      missing ??= `Choisissez un verdict pour ${row.reference}.`;
      continue;
    }
    if (answer.verdict === "leadTime" && answer.date === "") {
      missing ??= `Indiquez la date de livraison promise pour ${row.reference}.`;
      continue;
    }
    lines.push({ reference: row.reference, verdict: answer.verdict, ...(answer.verdict !== "available" && answer.date !== "" ? { deliveryDate: answer.date } : {}) });
  }
  const event: OrderIntakeEvent | null = missing === undefined ? { type: "learner.stockChecked", lines } : null;

  return (
    <MoveForm event={event} can={can} send={send} label="Valider le contrôle du stock" blockedReason={missing}>
      <p className="muted">
        Comparez chaque quantité commandée au stock disponible (module «&nbsp;Articles et stock&nbsp;»&nbsp;: stock moins les réservations)&nbsp;; ce qui manque attend le délai
        d&apos;approvisionnement. Livraison partielle et <Term id="backOrder">reliquat</Term> seulement si le client l&apos;accepte.
      </p>
      {rows.some((row) => answerOf(row.reference).verdict === "leadTime") ? <RequiredFieldsNote /> : null}
      {rows.map((row) => {
        const answer = answerOf(row.reference);
        const selectId = `${idPrefix}-${row.reference}-verdict`;
        if (row.description === undefined) {
          return (
            <div key={row.reference} className="stock-row">
              <p>
                <strong>{row.reference}</strong> ({row.quantity})&nbsp;: référence inconnue du catalogue, rien à contrôler en stock.
              </p>
            </div>
          );
        }
        return (
          <fieldset key={row.reference} className="stock-row">
            <legend>
              {row.reference} — {row.description}&nbsp;: {row.quantity} commandé{row.quantity > 1 ? "s" : ""}
            </legend>
            <div className="form-grid">
              <div className="field">
                <label htmlFor={selectId}>
                  <ContextLabel visible="Verdict" full={`Verdict, ${row.reference}`} />
                </label>
                <select id={selectId} value={answer.verdict} onChange={(e) => update(row.reference, { verdict: e.target.value as StockVerdict | "" })}>
                  <option value="">— choisir —</option>
                  {VERDICTS.map((v) => (
                    <option key={v} value={v}>
                      {capitalize(STOCK_VERDICT_LABELS[v])}
                    </option>
                  ))}
                </select>
              </div>
              {answer.verdict === "leadTime" || answer.verdict === "partial" ? (
                <TextField
                  id={`${idPrefix}-${row.reference}-date`}
                  type="date"
                  label={answer.verdict === "leadTime" ? "Date de livraison promise" : "Date du reliquat (facultatif)"}
                  hint={answer.verdict === "leadTime" ? PROMISED_DATE_HINT : BACK_ORDER_DATE_HINT}
                  value={answer.date}
                  onChange={(date) => update(row.reference, { date })}
                  required={answer.verdict === "leadTime"}
                />
              ) : null}
            </div>
          </fieldset>
        );
      })}
    </MoveForm>
  );
}
