/**
 * The public face of the business engine. The app, the machines and tools outside the project
 * import from here; `computeInvoice` and its types are a stable contract (extend with optional fields only).
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
export * from "./scenario";
export * from "./stages";
export * from "./scenarioLoad";
export * from "./scenarioInput";
export * from "./scenarioLedger";
export * from "./scoring";
export * from "./judgement";
export * from "./intake";
export * from "./processing";
export * from "./invoicing";
export * from "./eInvoicing";
export * from "./control";
export * from "./followUp";
export * from "./letters";
export * from "./courts";
export * from "./salesDocuments";
export { capitalize } from "./text";
export * from "./depositBlock";
export * from "./cashDiscount";
export * from "./fingerprint";
export * from "./savedGame";
