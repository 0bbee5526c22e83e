/** The chunk of stage « orderProcessing »: its machine and its panel behind one `import()` (../stageChunks.ts, docs/decisions/0151). */
export { orderProcessingMachine as machine } from "@/machines/orderProcessing";
export { OrderProcessingPanel as Panel } from "../OrderProcessingPanel";
