/** The chunk of stage « invoicing »: its machine and its panel behind one `import()` (../stageChunks.ts, docs/decisions/0151). */
export { invoicingMachine as machine } from "@/machines/invoicing";
export { InvoicingPanel as Panel } from "../InvoicingPanel";
