/**
 * « Trouvez l'erreur » on the invoice-control engine: the question's invoice becomes the subject of
 * a control exactly as a scenario's `invoiceControl` does (domain/control/subject.ts), so that the
 * answer key, the targets the learner may mark and the judge are stage 4's own.
 */
import { controlAnswerKey, printedOperationNature, toCheckExpectations, toPrintedInvoice, type ControlAnswerKey, type ControlSubject } from "../control";
import type { FindErrorsQuestion } from "./vocabulary";

/**
 * The invoice as printed and the control's options. A quiz states no rates of its own: the
 * invoice's half-year must be in the engine's table. No catalogue either: the lines are goods.
 */
export function findErrorsSubject(question: FindErrorsQuestion): ControlSubject {
  const { invoice, list, expected } = question.control;
  const checkExpectations = toCheckExpectations(expected, printedOperationNature(invoice, []));
  const { size, vatOnDebits } = question.seller;
  return {
    document: toPrintedInvoice(invoice, { size, ...(vatOnDebits !== undefined ? { vatOnDebits } : {}) }),
    options: { list, today: question.today, ...(checkExpectations !== undefined ? { expected: checkExpectations } : {}) },
  };
}

/** The subject and its answer key (the engine's findings grouped into points to find). */
export function findErrorsKey(question: FindErrorsQuestion): ControlSubject & { key: ControlAnswerKey } {
  const subject = findErrorsSubject(question);
  return { ...subject, key: controlAnswerKey(subject.document, subject.options) };
}
