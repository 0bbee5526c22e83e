/**
 * Which invoice stage 4 controls, and on which list: the scenario's printed invoice, or else the
 * invoice issued at the invoicing stage as the PGI prints it, checked on the course's list.
 */
import type { IsoDate } from "../dates";
import type { InvoiceDocument } from "../documents";
import { findCustomer, getDocument, toInvoiceDocument, type Ledger } from "../ledger";
import { DomainError } from "../money";
import type { Scenario } from "../scenarioTypes";
import { printOptionsOf, sellerOf, statedRatesOf } from "../scenarioLedger";
import type { ControlOptions } from "./key";
import { printedOperationNature, toCheckExpectations, toPrintedInvoice } from "./printedInvoice";

/** What the subject is read from: a StageInput fits, with the invoice carried from stage 3. */
export interface ControlSubjectInput {
  scenario: Scenario;
  ledger: Ledger;
  today: IsoDate;
  carried: { invoiceId?: string };
}

export interface ControlSubject {
  document: InvoiceDocument;
  options: ControlOptions;
}

export function controlSubject(input: ControlSubjectInput): ControlSubject {
  const { scenario, carried, today, ledger } = input;
  const company = scenario.company.identity;
  const stated = statedRatesOf(scenario);
  const statedRates = stated.length > 0 ? { statedRates: stated } : {};
  if (scenario.invoiceControl !== undefined) {
    const { invoice } = scenario.invoiceControl;
    const expected = toCheckExpectations(scenario.invoiceControl.expected, printedOperationNature(invoice, scenario.products));
    return {
      document: toPrintedInvoice(invoice, { size: company.size, ...(company.vatOnDebits !== undefined ? { vatOnDebits: company.vatOnDebits } : {}) }),
      options: { list: scenario.invoiceControl.list, today, ...(expected !== undefined ? { expected } : {}), ...statedRates },
    };
  }
  if (carried.invoiceId !== undefined) {
    // The PGI knows the buyer: a consumer's invoice is not asked for the B2B mentions (docs/decisions/0082).
    const buyer = findCustomer(ledger, { id: getDocument(ledger, carried.invoiceId).customerId });
    return {
      document: toInvoiceDocument(ledger, carried.invoiceId, sellerOf(scenario), printOptionsOf(scenario)),
      options: { list: "course", today, ...(buyer?.professional === false ? { expected: { buyerProfessional: false } } : {}), ...statedRates },
    };
  }
  throw new DomainError("control.noInvoice", "invoiceControl\u00a0: le scénario ne donne aucune facture à contrôler et aucune facture n'a été émise à l'étape précédente.", "invoiceControl");
}
