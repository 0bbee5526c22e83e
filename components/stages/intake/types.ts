import type { OrderIntakeEvent } from "@/machines/orderIntake";

/** What a check's form needs from the panel: ask the machine, and send. */
export interface CheckFormProps {
  /** A prefix for the form's element ids (unique in the page). */
  idPrefix: string;
  can: (event: OrderIntakeEvent) => boolean;
  send: (event: OrderIntakeEvent) => void;
}

/** A trimmed text, or nothing when blank: optional fields are left out of the event. */
export function filled(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}
