"use client";
import { formatDateFr, type Restock } from "@/domain";
import type { OrderProcessingEvent } from "@/machines/orderProcessing";
import type { StepFormProps } from "./types";

/** While the back-order waits for supplies: the supplies expected, and the simulated clock moved to the next one. */
export function SupplyStep({ can, send, pending }: Omit<StepFormProps, "idPrefix"> & { pending: readonly Restock[] }) {
  const next = pending[0];
  const event: OrderProcessingEvent | null = next ? { type: "clock.advanced", to: next.date } : null;
  const enabled = event !== null && can(event);
  return (
    <div className="supply-step">
      <p>Le stock ne permet pas encore de livrer le reliquat. Réapprovisionnement attendu&nbsp;:</p>
      <ul>
        {pending.map((r) => (
          <li key={`${r.reference}-${r.date}`}>
            {r.quantity} × {r.reference} le {formatDateFr(r.date)}
          </li>
        ))}
      </ul>
      <button type="button" className="button" disabled={!enabled} onClick={() => event !== null && enabled && send(event)}>
        {next ? `Avancer au ${formatDateFr(next.date)} (réception du réapprovisionnement)` : "Avancer la date"}
      </button>
    </div>
  );
}
