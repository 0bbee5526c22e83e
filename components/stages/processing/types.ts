import type { OrderProcessingEvent } from "@/machines/orderProcessing";

/** What a step's form needs from the panel: ask the machine, and send. */
export interface StepFormProps {
  idPrefix: string;
  can: (event: OrderProcessingEvent) => boolean;
  send: (event: OrderProcessingEvent) => void;
}
