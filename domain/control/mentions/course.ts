/** The course's own mention, not an item of the legal list: the « conditions de règlement ». */
import { courseAnd, L441_9, PAYABLE } from "../law";
import { isBlank, missing } from "../printed";
import { defineMention } from "../vocabulary";
import { dueDateIssues } from "./payment";

export const COURSE_ONLY_MENTIONS = [
  /** The course's "conditions de règlement": a due date or the printed terms, and a coherent due date. */
  defineMention({
    code: "paymentTerms",
    label: "Conditions de règlement (échéance, délai de paiement)",
    lists: ["course"],
    courseRank: 7,
    reference: courseAnd(L441_9),
    area: "payment",
    applies: PAYABLE,
    fines: ["L441-9"],
    finesByReason: { beyondLegalMaximum: ["L441-16"] },
    check(doc) {
      const noDate = isBlank(doc.dueDate) || doc.dueDate === undefined;
      if (noDate && isBlank(doc.paymentTermsText)) {
        return [missing("dueDate", "Conditions de règlement absentes\u00a0: ni date d'échéance ni délai de paiement.")];
      }
      return noDate || doc.dueDate === undefined ? [] : dueDateIssues(doc, doc.dueDate);
    },
  }),
] as const;
