/**
 * The public face of the business engine. The app, the machines and tools outside the project
 * import from here; `computeInvoice` and its types are a stable contract (extend with optional fields only).
 * The schema boundary (scenario.ts, scenarioLoad.ts, scenarioInput.ts, quiz/schema.ts, quiz/load.ts, results/schema.ts, results/load.ts: zod's full build) is not
 * re-exported but for its types: it is imported by its own path, only where an untrusted file is
 * read (docs/decisions/0101), so that no learner page carries it.
 */
export * from "./money";
export * from "./dates";
export * from "./documents";
export * from "./invoice";
export * from "./credit";
export * from "./paymentTerms";
export * from "./rates";
export * from "./identifiers";
export * from "./companyIdentity";
export * from "./numbering";
export * from "./ledger";
export * from "./operationNature";
export * from "./fines";
export * from "./glossary";
export * from "./glossaryTerms";
export * from "./scenarioTypes";
export * from "./classroom";
export * from "./stages";
export type { ScenarioIssue, ScenarioParseResult } from "./scenarioLoad";
export type { DecodedScenario } from "./scenarioInput";
export * from "./scenarioLedger";
export * from "./scoring";
export * from "./judgement";
export * from "./hints";
export * from "./intake";
export * from "./processing";
export * from "./invoicing";
export * from "./eInvoicing";
export * from "./control";
export * from "./followUp";
export * from "./letters";
export * from "./courts";
export * from "./salesDocuments";
export { capitalize, fileNameSlug, listFr, normalizeName, ofName } from "./text";
export * from "./depositBlock";
export * from "./cashDiscount";
export * from "./fingerprint";
export * from "./savedGame";
export * from "./quiz";
export * from "./results";
export * from "./lms";
export * from "./printable";
export * from "./frenchTypography";
export * from "./variants";
export * from "./variantPatch";
