/** The chunk of stage « orderIntake »: its machine and its panel behind one `import()` (../stageChunks.ts, docs/decisions/0151). */
export { orderIntakeMachine as machine } from "@/machines/orderIntake";
export { OrderIntakePanel as Panel } from "../OrderIntakePanel";
