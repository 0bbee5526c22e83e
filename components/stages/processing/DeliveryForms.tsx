"use client";
import { ContextLabel } from "@/components/ui/ContextLabel";
import { formatDateFr, formatEuros, ORDER_STATUS_LABELS, ORDER_STATUSES, type DeliveryPlan, type IsoDate, type OrderStatus } from "@/domain";
import type { OrderProcessingEvent } from "@/machines/orderProcessing";
import { AmountField, readAmount } from "../parts/AmountField";
import { MoveForm } from "../parts/MoveForm";
import { isTextRecord, oneOf, useDraftField, useDraftedSend } from "../parts/formDrafts";
import { PROMISED_DATE_HINT } from "../parts/promisedDate";
import { readQuantity } from "../parts/quantity";
import { Term } from "@/components/ui/GlossaryLinks";
import { RequiredFieldsNote } from "@/components/ui/RequiredFieldsNote";
import { TextField } from "@/components/ui/TextField";
import type { StepFormProps } from "./types";

export interface OrderFacts {
  requestedDeliveryDate: IsoDate | null;
  acceptsPartialDelivery: boolean;
  depositRequiredCents: number;
}

/** Step 2: the order acknowledgement, with a delivery date the stock and lead times can keep, and the deposit. */
export function AcknowledgementForm({ idPrefix, can, send: sendMove, facts }: StepFormProps & { facts: OrderFacts }) {
  const [date, setDate] = useDraftField("processing.acknowledgement", "date", "");
  const [deposit, setDeposit] = useDraftField("processing.acknowledgement", "deposit", "");
  const send = useDraftedSend("processing.acknowledgement", sendMove);
  const reading = readAmount(deposit, { optional: true });
  const event: OrderProcessingEvent | null =
    date !== "" && reading.ok ? { type: "learner.acknowledgementIssued", deliveryDate: date, ...(reading.cents !== undefined ? { depositRequestedCents: reading.cents } : {}) } : null;
  return (
    <MoveForm event={event} can={can} send={send} label="Envoyer l'accusé de réception" blockedReason={date === "" ? "Indiquez la date de livraison promise." : "Corrigez le montant signalé."}>
      <p className="muted">
        L&apos;<Term id="orderAcknowledgement">accusé de réception de commande</Term> engage l&apos;entreprise&nbsp;: promettez une date que le stock et les délais
        d&apos;approvisionnement permettent de tenir (module «&nbsp;Articles et stock&nbsp;»).
      </p>
      <ul className="order-facts">
        <li>Date de livraison demandée par le client&nbsp;: {facts.requestedDeliveryDate !== null ? formatDateFr(facts.requestedDeliveryDate) : "aucune"}.</li>
        <li>Livraison partielle&nbsp;: {facts.acceptsPartialDelivery ? "acceptée par le client" : "refusée par le client (tout en une fois)"}.</li>
        <li>
          <Term id="deposit">Acompte</Term> fixé au contrôle de la commande&nbsp;: {facts.depositRequiredCents > 0 ? `${formatEuros(facts.depositRequiredCents)} TTC` : "aucun"}.
        </li>
      </ul>
      <RequiredFieldsNote />
      <TextField id={`${idPrefix}-date`} type="date" label="Date de livraison promise" hint={PROMISED_DATE_HINT} value={date} onChange={setDate} required />
      <AmountField
        id={`${idPrefix}-deposit`}
        label="Acompte demandé TTC"
        hint={"En euros, par exemple 1\u00a0234,50. Vide s'il n'y en a pas."}
        value={deposit}
        onChange={setDeposit}
        reading={reading}
      />
    </MoveForm>
  );
}

/** Step 3: the delivery note: per article still due, the quantity leaving now; the rest is a back-order. */
export function DeliveryNoteForm({ idPrefix, can, send: sendMove, plan }: StepFormProps & { plan: DeliveryPlan }) {
  const [typed, setTyped] = useDraftField<Readonly<Record<string, string>>>("processing.delivery", "quantities", {}, isTextRecord);
  const send = useDraftedSend("processing.delivery", sendMove);
  const readings = plan.lines.map((line) => ({ line, text: typed[line.name] ?? "", reading: readQuantity(typed[line.name] ?? "") }));
  const allRead = readings.every((r) => r.reading.ok);
  const lines = readings.flatMap((r) => (r.reading.ok && r.reading.quantity > 0 ? [{ reference: r.line.name, quantity: r.reading.quantity }] : []));
  const event: OrderProcessingEvent | null = allRead ? { type: "learner.deliveryNoteCreated", lines } : null;
  return (
    <MoveForm
      event={event}
      can={can}
      send={send}
      label="Valider le bon de livraison"
      blockedReason="Indiquez une quantité livrée pour chaque article (0 s'il ne part pas)."
      refusedReason={"Le PGI refuse ce bon\u00a0: au moins un article, jamais plus que le reste à livrer ni plus que le stock disponible."}
    >
      <p className="muted">
        Le <Term id="deliveryNote">bon de livraison</Term> accompagne la marchandise&nbsp;: on ne livre que ce qui est en stock&nbsp;; ce qui manque devient un{" "}
        <Term id="backOrder">reliquat</Term>.
      </p>
      <RequiredFieldsNote />
      {readings.map(({ line, text, reading }) => (
        <fieldset key={line.name} className="delivery-line">
          <legend>
            {line.name}
            {line.reference !== undefined ? <span className="muted"> — {line.description}</span> : null}
          </legend>
          <dl className="delivery-facts">
            <div>
              <dt>Commandé</dt>
              <dd>{line.ordered}</dd>
            </div>
            <div>
              <dt>Reste à livrer</dt>
              <dd>{line.remaining}</dd>
            </div>
            <div>
              <dt>Disponible</dt>
              <dd>{line.shippable}</dd>
            </div>
          </dl>
          <div className="delivery-entry">
            <TextField
              id={`${idPrefix}-${line.name}`}
              label={<ContextLabel visible="Quantité livrée" full={`Quantité livrée, ${line.name}`} />}
              inputMode="numeric"
              value={text}
              onChange={(value) => setTyped((current) => ({ ...current, [line.name]: value }))}
              error={text.trim() !== "" && !reading.ok ? reading.error : undefined}
              required
            />
            <p className="delivery-backorder" aria-live="polite">
              <Term id="backOrder">Reliquat</Term>&nbsp;: {reading.ok && reading.quantity <= line.remaining ? line.remaining - reading.quantity : "—"}
            </p>
          </div>
        </fieldset>
      ))}
    </MoveForm>
  );
}

/** What the order still awaits after the deliveries so far (the back-order), as the PGI holds it. */
export function RemainingTable({ plan }: { plan: DeliveryPlan }) {
  if (plan.lines.length === 0) return <p>Toutes les quantités commandées sont livrées.</p>;
  return (
    <div className="table-scroll">
      <table>
        <caption>
          <Term id="backOrder">Reliquat</Term>&nbsp;: reste à livrer
        </caption>
        <thead>
          <tr>
            <th scope="col">Article</th>
            <th scope="col" className="amount">
              Commandé
            </th>
            <th scope="col" className="amount">
              Déjà livré
            </th>
            <th scope="col" className="amount">
              Reste à livrer
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.lines.map((line) => (
            <tr key={line.name}>
              <th scope="row">{line.name}</th>
              <td className="amount">{line.ordered}</td>
              <td className="amount">{line.delivered}</td>
              <td className="amount">{line.remaining}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const isStatusOrNone = oneOf<OrderStatus | "">([...ORDER_STATUSES, ""]);

/** Step 4: the order's status, as its documents now imply it. */
export function StatusForm({ idPrefix, can, send: sendMove, plan, deliveryNotes }: StepFormProps & { plan: DeliveryPlan; deliveryNotes: number }) {
  const [status, setStatus] = useDraftField<OrderStatus | "">("processing.status", "status", "", isStatusOrNone);
  const send = useDraftedSend("processing.status", sendMove);
  const event: OrderProcessingEvent | null = status !== "" ? { type: "learner.orderStatusUpdated", status } : null;
  const selectId = `${idPrefix}-status`;
  return (
    <MoveForm event={event} can={can} send={send} label="Mettre à jour le statut" blockedReason="Choisissez un statut.">
      <p className="muted">
        {deliveryNotes} <Term id="deliveryNote">bon{deliveryNotes > 1 ? "s" : ""} de livraison</Term> validé{deliveryNotes > 1 ? "s" : ""} pour cette commande.
      </p>
      <RemainingTable plan={plan} />
      <div className="field">
        <label htmlFor={selectId}>Statut de la commande</label>
        <select id={selectId} value={status} onChange={(e) => setStatus(e.target.value as OrderStatus | "")}>
          <option value="">— choisir —</option>
          {ORDER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ORDER_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
    </MoveForm>
  );
}
