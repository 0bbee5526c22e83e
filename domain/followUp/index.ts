/** Stage 5, payment follow-up: its vocabulary, the ladder and the timeline (its answer key), its judge and its hints. */
export * from "./vocabulary";
export * from "./ladder";
export * from "./key";
export { describeWorldEvent, eventsDueBetween, nextEventDate, resolveInvoiceRef, scheduleEvents, type ScheduledEvent } from "./worldEvents";
export * from "./judge";
export * from "./hints";
export * from "./schedule";
