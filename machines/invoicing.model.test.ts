/**
 * Model-based tests of the invoicing machine (@xstate/graph): from several fixtures (with and
 * without a deposit, an incident, an email address, a delivery; before the reform and, for a
 * large seller, after it on the approved platform), every state is reached and every
 * transition the machine defines (guarded branches and their refusals, the refused edits of a
 * validated invoice, the `always` routings) is taken at least once, with the context checked after
 * each step. States are told apart by their value, the hints used and the documents sent.
 */
import { getAdjacencyMap, getShortestPaths } from "@xstate/graph";
import { describe, expect, it } from "vitest";
import { createActor, type SnapshotFrom } from "xstate";
import { createFromParent, getDocument, invoiceBalance, validateDocument } from "@/domain";
import type { SendingChannel } from "@/domain";
import type { StageInput } from "./contract";
import { invoicingMachine, type InvoicingEvent } from "./invoicing";
import { expectedInvoicingEvent, wrongAnswers } from "./answerKey/invoicing";
import { definedTransitions, initialTransitions, replayPath, transitionsTaken } from "./testing/modelTesting";
import { invoicingInput, processingInput, processingScenario } from "./testing/processingFixtures";
import { answeredAtOnce } from "./testing/secondTry";

/** The stage's rules, each wrong answer taken at once: the second try has its own tests (secondTry.test.ts). */
const MACHINE = answeredAtOnce(invoicingMachine);

type Snapshot = SnapshotFrom<typeof invoicingMachine>;

const STATES = ["start", "depositing", "drafting", "computing", "reviewing", "sending", "routingIncident", "correcting", "sendingCreditNote", "done"];
const TRANSIENT = ["start", "routingIncident"];

const POINT_OF: Partial<Record<InvoicingEvent["type"], string>> = {
  "learner.depositInvoiceIssued": "invoicing.deposit",
  "learner.invoiceDrafted": "invoicing.draft",
  "learner.cascadeComputed": "invoicing.cascade",
  "learner.invoiceValidated": "invoicing.validation",
  "learner.creditNoteIssued": "invoicing.creditNote",
  "learner.invoiceSent": "invoicing.sending",
};

function stateOf(snapshot: Snapshot): string {
  return String(snapshot.value);
}

function serialize(snapshot: Snapshot): string {
  return `${stateOf(snapshot)}|hints=${snapshot.context.hintsUsedOnCurrent}|sent=${snapshot.context.outbox.length}`;
}

/** What to try in a state: the key's answer and its wrong variants, every other step, a hint, edits, refused answers. */
function candidateEvents(input: StageInput): (snapshot: Snapshot) => InvoicingEvent[] {
  return (snapshot) => {
    const expected = expectedInvoicingEvent(snapshot);
    const others: InvoicingEvent[] = [
      { type: "learner.depositInvoiceIssued", amountInclTaxCents: 10000 },
      { type: "learner.invoiceDrafted", deliveryNoteIds: ["D0003"] },
      { type: "learner.cascadeComputed", netCommercialCents: 1, totalExclTaxCents: 1, vat: [], totalInclTaxCents: 1, amountDueCents: 1 },
      { type: "learner.invoiceValidated", number: "FA-2026-00042" },
      { type: "learner.creditNoteIssued", full: true, reason: "Erreur" },
      { type: "learner.invoiceSent", channel: "email" },
    ];
    const edits: InvoicingEvent[] = [
      { type: "learner.draftEdited", patch: { shippingCents: 1500 } },
      { type: "learner.draftEdited", patch: { shippingCents: -1 } },
      { type: "learner.invoiceEditAttempted", patch: { shippingCents: 1500 } },
      { type: "learner.invoiceEditAttempted", documentId: "FA-2026-00041", patch: { shippingCents: 1500 } },
      { type: "learner.invoiceEditAttempted", documentId: "ZZZ", patch: {} },
      { type: "learner.invoiceDeleteAttempted" },
      { type: "learner.invoiceDeleteAttempted", documentId: "FA-2026-00041" },
      { type: "learner.invoiceDeleteAttempted", documentId: "ZZZ" },
    ];
    const refused: InvoicingEvent[] = [
      { type: "learner.depositInvoiceIssued", amountInclTaxCents: 0 },
      { type: "learner.invoiceDrafted", deliveryNoteIds: [] },
      { type: "learner.cascadeComputed", netCommercialCents: 1.5, totalExclTaxCents: 1, vat: [], totalInclTaxCents: 1, amountDueCents: 1 },
      { type: "learner.invoiceValidated", number: " " },
      { type: "learner.creditNoteIssued", full: true, reason: " " },
      { type: "learner.invoiceSent", channel: "fax" as SendingChannel },
    ];
    return [...(expected ? [expected, ...wrongAnswers(input, expected)] : []), ...others, ...edits, ...refused, { type: "learner.hintRequested" }];
  };
}

/** What must hold in every state reached. */
function checkState(snapshot: Snapshot): void {
  const c = snapshot.context;
  expect(c.hintsShown).toHaveLength(c.hintsUsedOnCurrent);
  for (const entry of c.trace) {
    expect(entry.stage).toBe("invoicing");
    expect(entry.maxPoints).toBe(2);
    expect(entry.points).toBeGreaterThanOrEqual(0);
    expect(entry.points).toBeLessThanOrEqual(2);
  }
  const invoice = c.invoiceId !== null ? getDocument(c.ledger, c.invoiceId) : undefined;
  // Only a document deposited on the platform has a lifecycle, and it starts with its deposit.
  for (const entry of c.outbox) {
    expect(entry.lifecycle !== undefined).toBe(entry.channel === "platform");
    if (entry.lifecycle) expect(entry.lifecycle.slice(0, 2).map((step) => step.status)).toEqual(["deposited", "madeAvailable"]);
  }
  const invoiceStatuses = c.outbox[0]?.lifecycle?.map((step) => step.status);
  switch (stateOf(snapshot)) {
    case "depositing":
      expect(c.depositToInvoiceCents).toBeGreaterThan(0);
      expect(c.depositInvoiceId).toBeNull();
      break;
    case "drafting":
      expect(invoice).toBeUndefined();
      if (c.depositToInvoiceCents > 0) expect(invoiceBalance(c.ledger, c.depositInvoiceId ?? "")).toBe(0);
      break;
    case "computing":
    case "reviewing":
      expect(invoice?.status).toBe("draft");
      expect(invoice?.depositCents).toBe(c.depositInvoiceId !== null ? c.depositToInvoiceCents : 0);
      break;
    case "sending":
      expect(invoice).toMatchObject({ status: "validated", number: "FA-2026-00042" });
      expect(c.outbox).toEqual([]);
      break;
    case "correcting":
      expect(c.incident).not.toBeNull();
      expect(c.outbox.map((o) => o.number)).toEqual(["FA-2026-00042"]);
      // The customer's complaint is its answer on the platform.
      if (invoiceStatuses) expect(invoiceStatuses).toEqual(["deposited", "madeAvailable", "disputed"]);
      break;
    case "sendingCreditNote":
      expect(getDocument(c.ledger, c.creditNoteId ?? "")).toMatchObject({ status: "validated", number: "AV-2026-00001", creditedInvoice: { number: "FA-2026-00042" } });
      break;
    case "done":
      expect(c.awaiting).toBeNull();
      expect(snapshot.can({ type: "learner.hintRequested" })).toBe(false);
      expect(snapshot.can({ type: "learner.invoiceDeleteAttempted" })).toBe(false);
      expect(snapshot.output?.score.maxPoints).toBe(c.trace.length * 2);
      if (invoice) expect(snapshot.output?.carried.invoiceId).toBe(invoice.id);
      if (invoiceStatuses) expect(invoiceStatuses.at(-1)).toBe(c.incident !== null ? "disputed" : "approved");
      break;
    default:
      throw new Error(`état inattendu ${stateOf(snapshot)}`);
  }
}

function checkStep(before: Snapshot, event: InvoicingEvent, after: Snapshot): void {
  checkState(after);
  if (!before.can(event)) {
    expect(stateOf(after)).toBe(stateOf(before));
    expect(after.context.trace).toEqual(before.context.trace);
    expect(after.context.ledger).toEqual(before.context.ledger);
    return;
  }
  if (event.type === "learner.hintRequested") {
    expect(after.context.hintsUsedOnCurrent).toBe(before.context.hintsUsedOnCurrent + 1);
    expect(after.context.trace).toHaveLength(before.context.trace.length);
    return;
  }
  if (event.type === "learner.draftEdited" || event.type === "learner.invoiceEditAttempted" || event.type === "learner.invoiceDeleteAttempted") {
    expect(stateOf(after)).toBe(stateOf(before));
    if (after.context.trace.length === before.context.trace.length) {
      // A draft edited: the ledger moves, nothing is scored.
      expect(after.context.ledger).not.toEqual(before.context.ledger);
      return;
    }
    // A validated document aimed at: refused, recorded, the ledger untouched.
    expect(after.context.lastFeedback).toMatchObject({ decisionPoint: "invoicing.immutability", verdict: "refused", points: 0 });
    expect(after.context.ledger).toEqual(before.context.ledger);
    return;
  }
  const entry = after.context.trace.at(-1);
  expect(after.context.trace).toHaveLength(before.context.trace.length + 1);
  expect(after.context.lastFeedback).toEqual(entry);
  expect(entry?.explanation.length).toBeGreaterThan(40);
  if (POINT_OF[event.type] !== before.context.awaiting) {
    expect(entry).toMatchObject({ verdict: "outOfOrder", points: 0 });
    expect(stateOf(after)).toBe(stateOf(before));
    expect(after.context.ledger).toEqual(before.context.ledger);
    return;
  }
  expect(entry?.verdict).toBe(entry?.correct ? "correct" : "wrong");
  expect(after.context.hintsUsedOnCurrent).toBe(0);
}

/** Acknowledged but nothing delivered yet. */
function nothingDelivered(): StageInput {
  const input = processingInput(processingScenario());
  const acknowledgement = createFromParent(input.ledger, input.carried.orderId ?? "", "orderAcknowledgement", input.today);
  if (!acknowledgement.ok) throw new Error(acknowledgement.error.message);
  const validated = validateDocument(acknowledgement.ledger, acknowledgement.document.id, input.today);
  if (!validated.ok) throw new Error(validated.error.message);
  return { ...input, ledger: validated.ledger };
}

const FIXTURES: Record<string, () => StageInput> = {
  plain: () => invoicingInput(processingScenario()),
  depositAndReturn: () =>
    invoicingInput(processingScenario({ incident: { kind: "returnedGoods", reference: "CAH-A4", quantity: 20, message: "Retour de 20 cahiers." } }), { depositRequiredCents: 30000 }),
  priceErrorByPost: () =>
    invoicingInput(processingScenario({ contactEmail: false, incident: { kind: "priceError", reference: "STY-BL", correctUnitPrice: "11.00", message: "Prix convenu : 11,00 €." } })),
  nothingDelivered,
  // After the reform, a large seller: the invoice and the credit note go through the approved platform.
  platformAndDamage: () =>
    invoicingInput(
      processingScenario({
        sellerSize: "large",
        incident: { kind: "damagedGoods", reference: "CAH-A4", quantity: 20, allowancePercent: 10, reportedOn: "2026-11-14", message: "20 cahiers abîmés." },
      }),
    ),
};

describe("invoicing, model-based", () => {
  const defined = definedTransitions(MACHINE);
  const covered = new Set<string>();
  const states = new Set<string>();

  for (const [name, build] of Object.entries(FIXTURES)) {
    it(`${name}: every transition from every reachable state keeps the context consistent`, () => {
      const input = build();
      const adjacency = getAdjacencyMap(MACHINE, { input, events: candidateEvents(input), serializeState: serialize });
      const initial = createActor(MACHINE, { input }).getSnapshot();
      for (const t of initialTransitions(MACHINE, initial)) covered.add(defined.get(t) ?? "?");
      states.add("start");
      for (const { state, transitions } of Object.values(adjacency)) {
        states.add(stateOf(state));
        checkState(state);
        for (const { event, state: next } of Object.values(transitions) as { event: InvoicingEvent; state: Snapshot }[]) {
          checkStep(state, event, next);
          for (const t of transitionsTaken(MACHINE, state, event, next)) {
            covered.add(defined.get(t) ?? "?");
            const target = t.target?.[0]?.key;
            if (target !== undefined && TRANSIENT.includes(target)) states.add(target);
          }
        }
      }
    });

    it(`${name}: the shortest path to every state replays on a real actor`, () => {
      const input = build();
      const paths = getShortestPaths(MACHINE, { input, events: candidateEvents(input), serializeState: serialize });
      for (const path of paths) {
        const reached = replayPath(MACHINE, input, path.steps, checkStep);
        expect(serialize(reached)).toBe(serialize(path.state));
      }
    });
  }

  it("every state is reached and every defined transition is taken", () => {
    expect(states).toEqual(new Set(STATES));
    expect([...defined.values()].filter((name) => !covered.has(name))).toEqual([]);
    // Each deciding state: 5 other steps out of order + hint (2) + its own answer (2), plus the edits:
    // before the draft 4 (depositing, drafting: 13 each), on the draft 7 (computing, reviewing: 16
    // each), after validation 5 (sending, correcting, sendingCreditNote: 14 each); `always`: start 3,
    // routingIncident 2. Nothing on the root: done answers no event.
    expect(defined.size).toBe(105);
    expect(covered.size).toBe(105);
  });
});
