"use client";
import { useId } from "react";
import { isText, listOf, useDraftField, useDraftedSend } from "./formDrafts";
import { childrenOf, formatDateFr, getDocument, lineName, type SalesDocument } from "@/domain";
import type { InvoicingContext, InvoicingEvent } from "@/machines/invoicing";
import { Term } from "@/components/ui/GlossaryLinks";

interface Props {
  context: InvoicingContext;
  can: (event: InvoicingEvent) => boolean;
  send: (event: InvoicingEvent) => void;
}

function describeLines(doc: SalesDocument): string {
  return doc.lines.map((line) => `${line.quantity} × ${lineName(line)}`).join(", ");
}

/** Step 3.2: the documents the invoice is drawn from (the order and its delivery notes are offered). */
export function InvoicingDraftForm({ context, can, send: sendMove }: Props) {
  const id = useId();
  const [selected, setSelected] = useDraftField<string[]>("invoicing.draft", "deliveryNotes", [], listOf(isText));
  const send = useDraftedSend("invoicing.draft", sendMove);
  const order = getDocument(context.ledger, context.orderId);
  const notes = childrenOf(context.ledger, context.orderId, "deliveryNote").filter((note) => note.status !== "draft");
  const choices: { doc: SalesDocument; label: string }[] = [
    { doc: order, label: `Commande ${order.number ?? order.id} du ${formatDateFr(order.date)}${order.customerOrderNumber ? ` (bon de commande du client ${order.customerOrderNumber})` : ""}` },
    ...notes.map((note) => ({ doc: note, label: `Bon de livraison ${note.number ?? note.id} du ${formatDateFr(note.date)}` })),
  ];
  const event: InvoicingEvent = { type: "learner.invoiceDrafted", deliveryNoteIds: selected };
  const enabled = can(event);
  const toggle = (docId: string, checked: boolean) => setSelected((current) => (checked ? [...current, docId] : current.filter((x) => x !== docId)));

  return (
    <form
      className="stage-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (enabled) send(event);
      }}
    >
      <fieldset>
        <legend>
          Documents à reprendre sur la <Term id="invoice">facture</Term>
        </legend>
        <ul className="choice-list">
          {choices.map(({ doc, label }) => (
            <li key={doc.id}>
              <input type="checkbox" id={`${id}-${doc.id}`} checked={selected.includes(doc.id)} onChange={(e) => toggle(doc.id, e.target.checked)} />
              <label htmlFor={`${id}-${doc.id}`}>
                {label}
                <span className="muted choice-detail">{describeLines(doc)}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="submit" className="button" disabled={!enabled} aria-describedby={selected.length === 0 ? `${id}-why` : undefined}>
        Établir la facture (brouillon)
      </button>
      {selected.length === 0 ? (
        <p id={`${id}-why`} className="muted">
          Cochez au moins un document.
        </p>
      ) : null}
    </form>
  );
}
