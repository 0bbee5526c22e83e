/** The chunk of stage « paymentFollowUp »: its machine and its panel behind one `import()` (../stageChunks.ts, docs/decisions/0151). */
export { paymentFollowUpMachine as machine } from "@/machines/paymentFollowUp";
export { PaymentFollowUpPanel as Panel } from "../PaymentFollowUpPanel";
