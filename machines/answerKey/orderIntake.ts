/**
 * Stage 1's answer key played as learner events: the solver (every check and the decision, full marks)
 * and plausible wrong answers for each, which must lose the point and say why.
 * Not part of the machine: the player never loads it; the check of a scenario (../scenarioCheck.ts),
 * the command line and the tests do (docs/decisions/0101).
 */
import { addDays, deriveIntakeKey, type CreditVerdict, type CustomerDraft, type IntakeDecision, type IntakeKey, type SolvencyVerdict, type StockAnswerLine } from "@/domain";
import type { StageInput } from "../contract";
import type { OrderIntakeEvent } from "../orderIntake";

/** The learner events the engine's own key derives: from the first check to the decision, full marks. */
export function solveOrderIntake(input: StageInput): OrderIntakeEvent[] {
  const key = deriveIntakeKey(input);
  const account: OrderIntakeEvent =
    key.account.expected.kind === "found"
      ? { type: "learner.accountFound", customerId: key.account.expected.customerId }
      : { type: "learner.accountCreated", draft: key.account.expected.draft };
  return [
    account,
    { type: "learner.solvencyChecked", verdict: key.solvency.expected },
    { type: "learner.creditChecked", verdict: key.credit.expected, outstandingCents: key.credit.check.outstandingCents, orderTotalCents: key.credit.orderTotalCents },
    { type: "learner.conditionsApplied", ...key.conditions.expected },
    { type: "learner.elementsChecked", anomalies: key.elements.expected },
    { type: "learner.stockChecked", lines: key.stock.expected },
    { type: "learner.depositChecked", ...key.deposit.expected },
    { type: "learner.decided", ...key.decision.expected },
  ];
}

const OTHER_SOLVENCY: Readonly<Record<SolvencyVerdict, SolvencyVerdict[]>> = {
  sound: ["incidents", "insolvent"],
  incidents: ["sound"],
  insolvent: ["sound", "incidents"],
};

const OTHER_DECISION: Readonly<Record<IntakeDecision, IntakeDecision[]>> = {
  accept: ["hold", "acceptWithConditions"],
  acceptWithConditions: ["accept", "refuse"],
  hold: ["accept", "refuse"],
  refuse: ["accept", "hold"],
};

function wrongAccount(input: StageInput, key: IntakeKey, event: OrderIntakeEvent): OrderIntakeEvent[] {
  if (event.type === "learner.accountFound") {
    const customer = input.ledger.customers.find((c) => c.id === event.customerId);
    const duplicate: CustomerDraft = customer
      ? { name: customer.name, billingAddress: customer.billingAddress, paymentTerms: customer.paymentTerms, ...(customer.contact ? { contact: customer.contact } : {}), ...(customer.siren ? { siren: customer.siren } : {}) }
      : { name: "Doublon" };
    const other = input.ledger.customers.find((c) => c.id !== event.customerId);
    return [{ type: "learner.accountCreated", draft: duplicate }, { type: "learner.accountFound", customerId: other?.id ?? "C9999" }];
  }
  if (event.type !== "learner.accountCreated") return [];
  const { siren: _siren, siret: _siret, ...withoutSiren } = event.draft;
  const { contact: _contact, ...withoutContact } = event.draft;
  return [
    { type: "learner.accountCreated", draft: withoutSiren },
    { type: "learner.accountCreated", draft: withoutContact },
    { type: "learner.accountCreated", draft: { ...event.draft, paymentTerms: { kind: "daysFromInvoice", days: 90 } } },
    { type: "learner.accountFound", customerId: input.ledger.customers[0]?.id ?? key.account.customerId },
  ];
}

function wrongStock(key: IntakeKey, event: Extract<OrderIntakeEvent, { type: "learner.stockChecked" }>): OrderIntakeEvent[] {
  const [first, ...rest] = event.lines;
  const line = key.stock.lines[0];
  if (!first || !line) return [{ type: "learner.stockChecked", lines: [{ reference: "INCONNUE", verdict: "available" }] }];
  const flipped: StockAnswerLine = first.verdict === "available" ? { reference: first.reference, verdict: "leadTime", deliveryDate: line.earliestDate } : { reference: first.reference, verdict: "available" };
  const variants: OrderIntakeEvent[] = [{ type: "learner.stockChecked", lines: [flipped, ...rest] }, { type: "learner.stockChecked", lines: rest }];
  // Only a required date costs: the back-order date of a partial delivery is optional (0094).
  const late = key.stock.lines.find((l) => l.verdict === "leadTime");
  if (late) {
    // A promise the lead time cannot meet: one day before the earliest date.
    const early = event.lines.map((l) => (l.reference === late.reference ? { ...l, deliveryDate: addDays(late.earliestDate, -1) } : l));
    variants.push({ type: "learner.stockChecked", lines: early });
  }
  return variants;
}

/**
 * For a solver event, plausible wrong variants (a wrong verdict, a wrong figure, a missed anomaly,
 * a duplicate account...): each must lose the point and say why.
 */
export function wrongAnswers(input: StageInput, event: OrderIntakeEvent): OrderIntakeEvent[] {
  const key = deriveIntakeKey(input);
  switch (event.type) {
    case "learner.accountFound":
    case "learner.accountCreated":
      return wrongAccount(input, key, event);
    case "learner.solvencyChecked":
      return OTHER_SOLVENCY[event.verdict].map((verdict) => ({ type: "learner.solvencyChecked", verdict }));
    case "learner.creditChecked": {
      const { check } = key.credit;
      const flipped: CreditVerdict = event.verdict === "withinLimit" ? "overLimit" : "withinLimit";
      return [
        { ...event, verdict: flipped },
        // The classic slip: the outstanding without the accepted orders, or a figure one euro off.
        { ...event, outstandingCents: check.acceptedOrdersTotalCents > 0 ? check.unpaidInvoicesTotalCents : check.outstandingCents + 100 },
        { ...event, orderTotalCents: key.credit.orderTotalCents + 100 },
      ];
    }
    case "learner.conditionsApplied": {
      const agreed = event.tradeDiscounts;
      return [
        agreed.length > 0 || event.cashDiscount !== undefined
          ? { type: "learner.conditionsApplied", tradeDiscounts: [] }
          : { type: "learner.conditionsApplied", tradeDiscounts: [5] },
        { type: "learner.conditionsApplied", tradeDiscounts: [...agreed, 3], ...(event.cashDiscount !== undefined ? { cashDiscount: event.cashDiscount } : {}) },
      ];
    }
    case "learner.elementsChecked": {
      const variants: OrderIntakeEvent[] = [
        { type: "learner.elementsChecked", anomalies: [...event.anomalies.filter((a) => a.code !== "unsigned"), ...(event.anomalies.some((a) => a.code === "unsigned") ? [] : [{ code: "unsigned" as const }])] },
      ];
      if (event.anomalies.length > 0) variants.push({ type: "learner.elementsChecked", anomalies: [] });
      return variants;
    }
    case "learner.stockChecked":
      return wrongStock(key, event);
    case "learner.depositChecked":
      return event.required
        ? [{ type: "learner.depositChecked", required: false }, { type: "learner.depositChecked", required: true, amountCents: (event.amountCents ?? 0) + 100 }]
        : [{ type: "learner.depositChecked", required: true, amountCents: Math.max(1, Math.round(key.credit.orderTotalCents / 10)) }];
    case "learner.decided":
      return OTHER_DECISION[event.decision].map((decision) =>
        decision === "hold" || decision === "refuse" ? { type: "learner.decided", decision, reason: "Motif de l'élève" } : { type: "learner.decided", decision },
      );
    case "learner.hintRequested":
      return [];
  }
}
