import type { IncomingOrder, Ledger, ScenarioPolicies } from "@/domain";
import type { OrderIntakeEvent } from "@/machines/orderIntake";

/** What a step's form gets from the panel: ask the machine, send, and what the learner checks the order against. */
export interface CheckFormProps {
  /** A prefix for the form's element ids (unique in the page). */
  idPrefix: string;
  can: (event: OrderIntakeEvent) => boolean;
  send: (event: OrderIntakeEvent) => void;
  /** The order received. */
  order: IncomingOrder;
  /** The PGI as it is now (customer file, stock). */
  ledger: Ledger;
  policies: ScenarioPolicies;
}

/** A trimmed text, or nothing when blank: optional fields are left out of the event. */
export function filled(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}
