/**
 * How the engine's key plays stage 1, step by step: the solver and the plausible wrong answers of
 * each check, for the answer key (machines/answerKey/orderIntake.ts), the only importer, by this
 * file's own path. Kept out of the step files and of "@/domain": the bundler keeps an export that
 * any page reads, even by import(), in the module the learner's player loads (a share link's page
 * checks a scenario in the browser), so the answers live in a module that the player never imports
 * (docs/decisions/0101, 0103, 0117). A new step's answers are demanded here by the compiler.
 */
import { addDays } from "../dates";
import type { CustomerDraft } from "../ledger";
import { ACCOUNT_STEP, type AccountEvent, type AccountKey } from "./account";
import { CONDITIONS_STEP } from "./conditions";
import { CREDIT_STEP } from "./credit";
import { DECISION_STEP, type IntakeDecision } from "./decision";
import { DEPOSIT_STEP } from "./deposit";
import { ELEMENTS_STEP } from "./elements";
import { SOLVENCY_STEP, type SolvencyVerdict } from "./solvency";
import type { IntakeStep, IntakeStepRecordOf } from "./steps";
import { STOCK_STEP, type StockAnswerLine, type StockChecked, type StockKey } from "./stock";
import type { StepAnswers, WrongAnswerSource } from "./vocabulary";

const ACCOUNT_ANSWERS: StepAnswers<typeof ACCOUNT_STEP> = {
  solve: (key) =>
    key.expected.kind === "found" ? { type: "learner.accountFound", customerId: key.expected.customerId } : { type: "learner.accountCreated", draft: key.expected.draft },
  wrongAnswers: wrongAccounts,
};

/** A duplicate of a customer on file, another customer's account; for a new one, a draft short of a field or with other terms. */
function wrongAccounts(event: AccountEvent, { key, input }: WrongAnswerSource<AccountKey, unknown>): AccountEvent[] {
  const { customers } = input.ledger;
  if (event.type === "learner.accountFound") {
    const customer = customers.find((c) => c.id === event.customerId);
    const duplicate: CustomerDraft = customer
      ? { name: customer.name, billingAddress: customer.billingAddress, paymentTerms: customer.paymentTerms, ...(customer.contact ? { contact: customer.contact } : {}), ...(customer.siren ? { siren: customer.siren } : {}) }
      : { name: "Doublon" };
    const other = customers.find((c) => c.id !== event.customerId);
    return [{ type: "learner.accountCreated", draft: duplicate }, { type: "learner.accountFound", customerId: other?.id ?? "C9999" }];
  }
  const { siren: _siren, siret: _siret, ...withoutSiren } = event.draft;
  const { contact: _contact, ...withoutContact } = event.draft;
  return [
    { type: "learner.accountCreated", draft: withoutSiren },
    { type: "learner.accountCreated", draft: withoutContact },
    { type: "learner.accountCreated", draft: { ...event.draft, paymentTerms: { kind: "daysFromInvoice", days: 90 } } },
    { type: "learner.accountFound", customerId: customers[0]?.id ?? key.customerId },
  ];
}

const SOLVENCY_ANSWERS: StepAnswers<typeof SOLVENCY_STEP> = {
  solve: (key) => ({ type: "learner.solvencyChecked", verdict: key.expected }),
  wrongAnswers: (event) => OTHER_SOLVENCY[event.verdict].map((verdict) => ({ type: "learner.solvencyChecked", verdict })),
};

/** The verdicts a learner mistakes for each one. */
const OTHER_SOLVENCY: Readonly<Record<SolvencyVerdict, SolvencyVerdict[]>> = {
  sound: ["incidents", "insolvent"],
  incidents: ["sound"],
  insolvent: ["sound", "incidents"],
};

const CREDIT_ANSWERS: StepAnswers<typeof CREDIT_STEP> = {
  solve: (key) => ({ type: "learner.creditChecked", verdict: key.expected, outstandingCents: key.check.outstandingCents, orderTotalCents: key.orderTotalCents }),
  wrongAnswers: (event, { key }) => {
    const { check } = key;
    return [
      { ...event, verdict: event.verdict === "withinLimit" ? "overLimit" : "withinLimit" },
      // The classic slip: the outstanding without the accepted orders, or a figure one euro off.
      { ...event, outstandingCents: check.acceptedOrdersTotalCents > 0 ? check.unpaidInvoicesTotalCents : check.outstandingCents + 100 },
      { ...event, orderTotalCents: key.orderTotalCents + 100 },
    ];
  },
};

const CONDITIONS_ANSWERS: StepAnswers<typeof CONDITIONS_STEP> = {
  solve: (key) => ({ type: "learner.conditionsApplied", ...key.expected }),
  // The conditions forgotten (or a remise granted when none is agreed), and one remise too many.
  wrongAnswers: (event) => [
    event.tradeDiscounts.length > 0 || event.cashDiscount !== undefined
      ? { type: "learner.conditionsApplied", tradeDiscounts: [] }
      : { type: "learner.conditionsApplied", tradeDiscounts: [5] },
    { type: "learner.conditionsApplied", tradeDiscounts: [...event.tradeDiscounts, 3], ...(event.cashDiscount !== undefined ? { cashDiscount: event.cashDiscount } : {}) },
  ],
};

const ELEMENTS_ANSWERS: StepAnswers<typeof ELEMENTS_STEP> = {
  solve: (key) => ({ type: "learner.elementsChecked", anomalies: key.expected }),
  // The unsigned order ticked or missed, and every anomaly missed.
  wrongAnswers: (event) => {
    const unsigned = event.anomalies.some((a) => a.code === "unsigned");
    return [
      { type: "learner.elementsChecked", anomalies: [...event.anomalies.filter((a) => a.code !== "unsigned"), ...(unsigned ? [] : [{ code: "unsigned" as const }])] },
      ...(event.anomalies.length > 0 ? [{ type: "learner.elementsChecked" as const, anomalies: [] }] : []),
    ];
  },
};

const STOCK_ANSWERS: StepAnswers<typeof STOCK_STEP> = {
  solve: (key) => ({ type: "learner.stockChecked", lines: key.expected }),
  wrongAnswers: (event, { key }) => wrongStock(key, event),
};

/** A verdict flipped, a reference left out, and a promise one day before the lead time allows. */
function wrongStock(key: StockKey, event: StockChecked): StockChecked[] {
  const [first, ...rest] = event.lines;
  const line = key.lines[0];
  if (!first || !line) return [{ type: "learner.stockChecked", lines: [{ reference: "INCONNUE", verdict: "available" }] }];
  const flipped: StockAnswerLine = first.verdict === "available" ? { reference: first.reference, verdict: "leadTime", deliveryDate: line.earliestDate } : { reference: first.reference, verdict: "available" };
  const variants: StockChecked[] = [{ type: "learner.stockChecked", lines: [flipped, ...rest] }, { type: "learner.stockChecked", lines: rest }];
  // Only a required date costs: the back-order date of a partial delivery is optional (0094).
  const late = key.lines.find((l) => l.verdict === "leadTime");
  if (late) {
    const early = event.lines.map((l) => (l.reference === late.reference ? { ...l, deliveryDate: addDays(late.earliestDate, -1) } : l));
    variants.push({ type: "learner.stockChecked", lines: early });
  }
  return variants;
}

const DEPOSIT_ANSWERS: StepAnswers<typeof DEPOSIT_STEP> = {
  solve: (key) => ({ type: "learner.depositChecked", ...key.expected }),
  // No deposit when one is required, or one euro off; a tenth of the order when none is.
  wrongAnswers: (event, { earlier }) =>
    event.required
      ? [{ type: "learner.depositChecked", required: false }, { type: "learner.depositChecked", required: true, amountCents: (event.amountCents ?? 0) + 100 }]
      : [{ type: "learner.depositChecked", required: true, amountCents: Math.max(1, Math.round(earlier.credit.orderTotalCents / 10)) }],
};

const DECISION_ANSWERS: StepAnswers<typeof DECISION_STEP> = {
  solve: (key) => ({ type: "learner.decided", ...key.expected }),
  wrongAnswers: (event) =>
    OTHER_DECISION[event.decision].map((decision) => (decision === "hold" || decision === "refuse" ? { type: "learner.decided", decision, reason: "Motif de l'élève" } : { type: "learner.decided", decision })),
};

/** The decisions a learner takes for each one. */
const OTHER_DECISION: Readonly<Record<IntakeDecision, IntakeDecision[]>> = {
  accept: ["hold", "acceptWithConditions"],
  acceptWithConditions: ["accept", "refuse"],
  hold: ["accept", "refuse"],
  refuse: ["accept", "hold"],
};

export const INTAKE_STEP_ANSWERS: { readonly [S in IntakeStep]: StepAnswers<IntakeStepRecordOf<S>> } = {
  account: ACCOUNT_ANSWERS,
  solvency: SOLVENCY_ANSWERS,
  credit: CREDIT_ANSWERS,
  conditions: CONDITIONS_ANSWERS,
  elements: ELEMENTS_ANSWERS,
  stock: STOCK_ANSWERS,
  deposit: DEPOSIT_ANSWERS,
  decision: DECISION_ANSWERS,
};
