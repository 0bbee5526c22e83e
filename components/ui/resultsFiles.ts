/**
 * What making a results file takes: the builders, the signer (HMAC-SHA-256 of @noble/hashes) and the
 * file's name and text. Loaded by import() when the learner clicks « Exporter mes résultats »
 * (ExportResults.tsx): no page needs it to show, so no scenario or quiz page carries it at first load
 * (docs/decisions/0111).
 */
export { buildQuizResults, buildScenarioResults, resultsFileName, resultsFileText } from "@/domain";
