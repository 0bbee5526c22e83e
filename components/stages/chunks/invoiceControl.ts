/** The chunk of stage « invoiceControl »: its machine and its panel behind one `import()` (../stageChunks.ts, docs/decisions/0151). */
export { invoiceControlMachine as machine } from "@/machines/invoiceControl";
export { InvoiceControlPanel as Panel } from "../InvoiceControlPanel";
