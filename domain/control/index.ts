/**
 * Stage 4, "contrôle de la facture de vente" (docs/decisions/0099): the catalogue of mentions, one
 * record per mention carrying its own check (`mentions/`), the arithmetic of the printed invoice,
 * and the exercise built on them — selectable targets, answer key, judge of the marks, corrected
 * copy, hints.
 */
export { FINE_PER_MENTION_CENTS, checkInvoice, mentionContext, type InvoiceCheck } from "./check";
export { MENTION_CATALOGUE, MENTIONS, mentionApplies, mentionsOfList, type MentionCode } from "./catalogue";
export { administrativeFinesOf, administrativeFinesOfAll, type Finding, type FindingCategory } from "./findings";
export { REFORM_START_DATES, isReformApplicable, reformStartDate } from "./law";
export { latestLegalDueDate } from "./mentions/payment";
export { printedOperationNature, toCheckExpectations, toPrintedInvoice, type ControlCompanyFacts } from "./printedInvoice";
export { controlTargets, mentionOfTarget, selectableTargets, targetName, type ControlTarget, type ControlTargets } from "./targets";
export { CONFORMING_POINT_ID, controlAnswerKey, controlPointId, unlistedKeys, type ControlAnswerKey, type ControlOptions, type ControlPoint } from "./key";
export { controlReport, falseAlarmExplanation, isFound, judgeControl, judgeControlPoints, type ControlJudgement, type ControlPointJudgement, type ControlOutcome, type ControlPointOutcome, type ControlReport } from "./judge";
export { controlGlossary, defaultControlHints } from "./hints";
export type { ControlArea, InvoiceCheckExpectations, InvoiceCheckOptions, MentionCondition, MentionContext, MentionDefinition, MentionList } from "./vocabulary";
export { controlSubject, type ControlSubject, type ControlSubjectInput } from "./subject";
export { saleFileFacts, type SaleFileFact } from "./saleFile";
