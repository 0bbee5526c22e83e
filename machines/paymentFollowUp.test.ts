import { describe, expect, it } from "vitest";
import { createActor } from "xstate";
import { answeredAtOnce } from "./testing/secondTry";
import { invoiceBalance, outboxEntry, POINTS_PER_DECISION, type DunningChoice } from "@/domain";
import type { StageInput, StageOutput } from "./contract";
import { clockHeldBy, followUpTimeline, invoiceStatus, paymentFollowUpMachine, type PaymentFollowUpEvent } from "./paymentFollowUp";
import { solvePaymentFollowUp, wrongAnswers } from "./answerKey/paymentFollowUp";
import { stageInputOf } from "./testing/controlFixtures";
import { solveScenario } from "./answerKey";
import {
  disputeScenario,
  FOLLOWED_INVOICE,
  followUpScenario,
  fullLadderScenario,
  fullPaymentScenario,
  INVOICE_TTC_CENTS,
  SECOND_INVOICE,
  twentySevenDaysScenario,
  twoInvoicesScenario,
} from "./testing/followUpFixtures";

const plain = (text: string): string => text.replace(/[\u00a0\u202f]/gu, " ");

function start(input: StageInput, events: readonly PaymentFollowUpEvent[] = []) {
  const actor = createActor(answeredAtOnce(paymentFollowUpMachine), { input }).start();
  for (const event of events) actor.send(event);
  return actor;
}

function run(input: StageInput, events: readonly PaymentFollowUpEvent[]) {
  const actor = start(input, events);
  const snapshot = actor.getSnapshot();
  actor.stop();
  return snapshot;
}

const choose = (action: DunningChoice, invoice = FOLLOWED_INVOICE): PaymentFollowUpEvent => ({ type: "learner.actionChosen", invoice, action });
const END: PaymentFollowUpEvent = { type: "learner.followUpEnded" };
const DECISION_EXPECTED =
  "Une décision de relance est attendue aujourd'hui\u00a0: choisissez l'action du jour pour chaque facture («\u00a0Attendre\u00a0» est aussi une décision) avant d'avancer l'horloge.";

const PENALTIES_11_11 =
  "Pénalités au 11/11/2026 : 2 400,00 € × 12,15 % × 27 / 365 = 21,57 € (27 jours de retard, du 16/10/2026 au 11/11/2026). " +
  "Indemnité forfaitaire pour frais de recouvrement : 40,00 € (hors TVA). Total réclamable : 61,57 €.";

describe("the exercise: an invoice 27 days past due with one reminder sent", () => {
  const input = stageInputOf(twentySevenDaysScenario());

  it("opens on 11/11/2026 with reminder 2 due for 7 days", () => {
    const actor = start(input);
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe("open");
    expect(snapshot.context.today).toBe("2026-11-11");
    const status = invoiceStatus(snapshot.context, FOLLOWED_INVOICE);
    expect([status.daysPastDue, status.dueNow, status.stepLateByDays, status.next?.date]).toEqual([27, "reminder2", 7, "2026-11-04"]);
    actor.stop();
  });

  it("judges reminder 2 correct, sent 7 days late, with the penalties to date", () => {
    const entry = run(input, [choose("reminder2")]).context.lastFeedback;
    expect(entry).toMatchObject({
      decisionPoint: "followUp.FA-2026-00012.2026-11-11",
      stage: "paymentFollowUp",
      date: "2026-11-11",
      answer: "Facture FA-2026-00012\u00a0: Relance 2 (plus ferme)",
      expected: "Relance 2 (plus ferme)",
      verdict: "correct",
      correct: true,
      points: 2,
      maxPoints: 2,
      glossary: ["reminder", "latePenalty"],
      teacherExplanation: "Dix jours après la relance 1, la relance 2 s'imposait.",
    });
    expect(plain(entry?.explanation ?? "")).toBe(`Correct : la relance 2 est due depuis le 04/11/2026 ; elle part avec 7 jours de retard. ${PENALTIES_11_11}`);
  });

  it("judges waiting too late by 7 days, and the PGI then holds reminder 2 sent that day", () => {
    const snapshot = run(input, [choose("wait")]);
    const entry = snapshot.context.lastFeedback;
    expect(entry).toMatchObject({ verdict: "tooLate", correct: false, points: 0, maxPoints: 2, expected: "Relance 2 (plus ferme)" });
    expect(plain(entry?.explanation ?? "")).toBe(
      "Trop tard : la relance 2 est due depuis le 04/11/2026, elle est en retard de 7 jours ; chaque jour d'attente retarde l'encaissement. " +
        `Le PGI enregistre la relance 2 au 11/11/2026 : c'était l'étape due. ${PENALTIES_11_11}`,
    );
    expect(snapshot.context.actionsTaken).toEqual([
      { invoice: FOLLOWED_INVOICE, step: "reminder1", date: "2026-10-25" },
      { invoice: FOLLOWED_INVOICE, step: "reminder2", date: "2026-11-11" },
    ]);
    // One decision per invoice and per day.
    expect(snapshot.can(choose("reminder2"))).toBe(false);
  });

  it("judges the wrong steps: too early when skipping, wrong when repeating", () => {
    const letter = run(input, [choose("registeredLetter")]).context.lastFeedback;
    expect(letter?.verdict).toBe("tooEarly");
    expect(plain(letter?.explanation ?? "")).toContain(
      "Trop tôt : la relance 3 par LRAR saute la relance 2. La relance 2 est due depuis le 04/11/2026 ; la relance 3 par LRAR ne pourrait venir qu'au plus tôt le 21/11/2026 (dans 10 jours).",
    );
    const notice = run(input, [choose("formalNotice")]).context.lastFeedback;
    expect(notice?.verdict).toBe("tooEarly");
    // R2 today, R3 Saturday 21/11, then 8 days: Sunday 29/11, moved to Monday 30/11 (docs/decisions/0085).
    expect(plain(notice?.explanation ?? "")).toContain("au plus tôt le 30/11/2026 (dans 19 jours). La mise en demeure ne vient qu'après les relances amiables.");
    const again = run(input, [choose("reminder1")]).context.lastFeedback;
    expect(again?.verdict).toBe("wrong");
    expect(again?.explanation.startsWith("Relance 1 (courtoise)\u00a0: mauvaise étape, la relance 1 a déjà été envoyée le 25/10/2026.")).toBe(true);
    expect(again?.explanation).toContain("Le PGI enregistre la relance 2 au 11/11/2026");
  });

  it("holds the clock on a day a step is due until the learner decides, then counts the next days from what the PGI holds", () => {
    const held = run(input, [{ type: "clock.advanced", days: 3 }, { type: "clock.advancedToNextEvent" }, { type: "clock.advancedToNextDueStep" }]);
    expect(held.context.today).toBe("2026-11-11");
    expect(held.context.trace).toEqual([]);
    expect(clockHeldBy(held.context)).toBe(DECISION_EXPECTED);
    const snapshot = run(input, [choose("wait"), { type: "clock.advanced", days: 3 }]);
    expect(snapshot.context.today).toBe("2026-11-14");
    expect(clockHeldBy(snapshot.context)).toBeNull();
    expect(snapshot.context.trace.map((e) => [e.decisionPoint, e.verdict, e.answer])).toEqual([
      ["followUp.FA-2026-00012.2026-11-11", "tooLate", "Facture FA-2026-00012\u00a0: Attendre"],
    ]);
    // LRAR due 10 days after the reminder 2 the PGI recorded on 11/11.
    expect(invoiceStatus(snapshot.context, FOLLOWED_INVOICE).next).toEqual({ step: "registeredLetter", date: "2026-11-21" });
  });

  it("gives the teacher's hint, then the facts and the policy, then the situation; each costs a point", () => {
    const actor = start(input, [{ type: "learner.hintRequested" }, { type: "learner.hintRequested" }, { type: "learner.hintRequested" }]);
    expect(actor.getSnapshot().context.hintsShown.map(plain)).toEqual([
      "Comptez les jours depuis la relance 1.",
      "Facture FA-2026-00012 : comparez la date du jour (11/11/2026) à l'échéance (15/10/2026) ; dernière étape : relance 1 (courtoise) le 25/10/2026. Politique de l'entreprise : relance 1 à l'échéance + 10 jours, relance 2 10 jours après, LRAR 10 jours après, mise en demeure 8 jours après, injonction de payer 8 jours après.",
      "Échéance 15/10/2026, 27 jours de retard ; relance 1 envoyée le 25/10/2026 : la relance 2 est due depuis le 04/11/2026 (7 jours).",
    ]);
    expect(actor.getSnapshot().context.hintsUsedOnCurrent).toBe(3);
    expect(actor.getSnapshot().can({ type: "learner.hintRequested" })).toBe(false);
    actor.send(choose("reminder2"));
    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ correct: true, hintsUsed: 3, points: 0 });
    expect(actor.getSnapshot().context.hintsShown).toEqual([]);
    actor.stop();
  });
});

describe("the right step at each date of the ladder", () => {
  it("walks day by day: nothing before the due date, wait, then R1 26/10 (not Sunday 25/10), R2 05/11, LRAR 16/11 (not Sunday 15/11), MED 24/11, IP 02/12", () => {
    const actor = start(stageInputOf(fullLadderScenario()));
    const dueDays: [string, string][] = [];
    const situations = new Map<string, string>();
    for (let day = 0; day < 80 && actor.getSnapshot().status !== "done"; day += 1) {
      const { context } = actor.getSnapshot();
      for (const entry of context.pending) {
        if (entry.kind === "payment") actor.send({ type: "learner.paymentRecorded", invoice: entry.invoice, amountCents: entry.amountCents, date: entry.date });
      }
      const status = invoiceStatus(actor.getSnapshot().context, FOLLOWED_INVOICE);
      situations.set(actor.getSnapshot().context.today, status.dueNow);
      if (["reminder1", "reminder2", "registeredLetter", "formalNotice", "paymentOrder"].includes(status.dueNow)) {
        dueDays.push([actor.getSnapshot().context.today, status.dueNow]);
        actor.send(choose(status.dueNow as DunningChoice));
      }
      const nextDay: PaymentFollowUpEvent = { type: "clock.advanced", days: 1 };
      actor.send(actor.getSnapshot().can(nextDay) ? nextDay : END);
    }
    expect(dueDays).toEqual([
      ["2026-10-26", "reminder1"],
      ["2026-11-05", "reminder2"],
      ["2026-11-16", "registeredLetter"],
      ["2026-11-24", "formalNotice"],
      ["2026-12-02", "paymentOrder"],
    ]);
    const days = ["2026-10-10", "2026-10-15", "2026-10-16", "2026-10-24", "2026-10-25", "2026-11-04", "2026-11-15", "2026-11-23", "2026-12-01"];
    expect(days.map((day) => situations.get(day))).toEqual(["none", "none", "wait", "wait", "wait", "wait", "wait", "wait", "wait"]);
    const output = actor.getSnapshot().output as StageOutput;
    expect(output.score).toEqual({ points: 12, maxPoints: 12, hintsUsed: 0, percent: 100 });
    expect(output.today).toBe("2026-12-02");
    // The next stages and the PGI screens read the steps taken, each with the letter it sent.
    expect(output.carried.dunningActions).toEqual(dueDays.map(([date, step]) => ({ invoice: FOLLOWED_INVOICE, step, date })));
    actor.stop();
  });

  it("calls a reminder before the due date premature", () => {
    const entry = run(stageInputOf(fullLadderScenario()), [choose("reminder1")]).context.lastFeedback;
    expect(entry?.verdict).toBe("tooEarly");
    expect(entry?.explanation).toContain("n'est due que le 26/10/2026 (10 jours après l'échéance du 15/10/2026, reportée au premier jour ouvrable car le 25/10/2026 est un dimanche). La facture n'est pas encore échue\u00a0: une relance avant l'échéance est prématurée, le client a jusqu'à l'échéance pour payer.");
    expect(entry?.explanation).toContain("Le PGI n'enregistre aucun envoi.");
  });

  it("does not score waiting on a day when nothing is due", () => {
    const entry = run(stageInputOf(fullLadderScenario()), [choose("wait")]).context.lastFeedback;
    expect(entry).toMatchObject({ verdict: "correct", points: 0, maxPoints: 0 });
  });

  it("expects the pre-reminder when the company's policy has one", () => {
    const scenario = followUpScenario({ id: "pre-relance", start: "2026-10-08", dunning: { preReminderBeforeDueDays: 5 } });
    const snapshot = run(stageInputOf(scenario), [{ type: "clock.advancedToNextDueStep" }, choose("preReminder")]);
    expect(snapshot.context.today).toBe("2026-10-10");
    expect(snapshot.context.lastFeedback).toMatchObject({ verdict: "correct", decisionPoint: "followUp.FA-2026-00012.2026-10-10" });
  });
});

describe("a dispute suspends the ladder", () => {
  const input = stageInputOf(disputeScenario());
  const toDispute: PaymentFollowUpEvent[] = [{ type: "clock.advancedToNextEvent" }, { type: "clock.advancedToNextEvent" }];

  it("stops the clock when the customer's letter arrives; the clock waits for the entry", () => {
    const actor = start(input, toDispute);
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe("entriesPending");
    expect(snapshot.context.today).toBe("2026-10-28");
    expect(snapshot.can({ type: "clock.advanced", days: 1 })).toBe(false);
    expect(snapshot.context.journal.map((j) => j.date)).toEqual(["2026-10-27", "2026-10-28"]);
    actor.send({ type: "learner.disputeOpened", invoice: FOLLOWED_INVOICE });
    expect(actor.getSnapshot().value).toBe("open");
    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ decisionPoint: "followUp.FA-2026-00012.dispute.2026-10-28", verdict: "correct" });
    actor.stop();
  });

  it("refuses every step while the dispute is open, and waiting is right", () => {
    for (const action of ["reminder1", "reminder2", "registeredLetter", "formalNotice", "paymentOrder"] as const) {
      const entry = run(input, [...toDispute, { type: "learner.disputeOpened", invoice: FOLLOWED_INVOICE }, { type: "clock.advanced", days: 3 }, choose(action)]).context.lastFeedback;
      expect(entry?.date).toBe("2026-10-31");
      expect(entry?.verdict).toBe("refused");
      expect(entry?.points).toBe(0);
      expect(entry?.explanation).toContain("interdite pendant un litige ouvert");
      expect(entry?.explanation).toContain("Le PGI n'enregistre aucun envoi.");
    }
    const waiting = run(input, [...toDispute, { type: "learner.disputeOpened", invoice: FOLLOWED_INVOICE }, choose("wait")]).context.lastFeedback;
    expect(waiting).toMatchObject({ verdict: "correct", expected: "Relances suspendues (litige en cours)", maxPoints: 0 });
  });

  it("settles by a credit note of 200,00 € HT and resumes: reminder 2 due on 13/11 (8 + 2 days)", () => {
    const events = solvePaymentFollowUp(input);
    const snapshot = run(input, events);
    expect(snapshot.status).toBe("done");
    const trace = snapshot.context.trace;
    expect(trace.map((e) => e.decisionPoint)).toEqual([
      "followUp.FA-2026-00012.dispute.2026-10-28",
      "followUp.FA-2026-00012.settlement.2026-11-05",
      "followUp.FA-2026-00012.2026-11-13",
      "followUp.FA-2026-00012.payment.2026-11-20",
    ]);
    expect(plain(trace[1]?.explanation ?? "")).toBe(
      "Correct. Litige réglé le 05/11/2026 : Avoir de 200,00 € HT pour les deux cartons abîmés. Le PGI émet l'avoir AV-2026-00001 de 200,00 € HT sur la facture FA-2026-00012. " +
        "Les relances reprennent sur le solde de 2 160,00 €, les délais comptant ce qui restait avant le litige.",
    );
    const output = snapshot.output as StageOutput;
    expect(output.carried.documentIds).toHaveLength(1);
    expect(output.ledger.documents.find((d) => d.kind === "creditNote")?.number).toBe("AV-2026-00001");
    expect(invoiceBalance(output.ledger, FOLLOWED_INVOICE)).toBe(0);
    expect(output.score.percent).toBe(100);
  });

  it("records a settlement before the dispute is opened as out of order, without moving on", () => {
    const sameDay = followUpScenario({
      id: "litige-meme-jour",
      start: "2026-10-26",
      events: [
        { type: "disputeOpened", date: "2026-10-28", invoice: FOLLOWED_INVOICE, reason: "Erreur de quantité." },
        { type: "disputeSettled", date: "2026-10-28", invoice: FOLLOWED_INVOICE, resolution: "Remplacement des cartouches.", settlement: "replacement" },
      ],
    });
    const actor = start(stageInputOf(sameDay), [choose("reminder1"), { type: "clock.advancedToNextEvent" }, { type: "learner.disputeSettled", invoice: FOLLOWED_INVOICE, settlement: "replacement" }]);
    expect(actor.getSnapshot().context.lastFeedback).toMatchObject({ verdict: "outOfOrder", points: 0, maxPoints: 2, decisionPoint: "followUp.FA-2026-00012.settlement.2026-10-28" });
    expect(actor.getSnapshot().context.pending).toHaveLength(2);
    actor.send({ type: "learner.disputeOpened", invoice: FOLLOWED_INVOICE });
    actor.send({ type: "learner.disputeSettled", invoice: FOLLOWED_INVOICE, settlement: "creditNote", amountCents: 1000 });
    const entry = actor.getSnapshot().context.lastFeedback;
    expect(entry?.verdict).toBe("wrong");
    expect(entry?.explanation).toBe(
      "Inexact\u00a0: le règlement convenu est\u00a0: remplacement des marchandises. Litige réglé le 28/10/2026\u00a0: Remplacement des cartouches. Aucun avoir\u00a0: remplacement des marchandises, la facture reste due en totalité. Les relances reprennent sur le solde de 2\u202f400,00\u00a0€, les délais comptant ce qui restait avant le litige.",
    );
    expect(actor.getSnapshot().context.ledger.documents.some((d) => d.kind === "creditNote")).toBe(false);
    actor.stop();
  });

  it("opens the dispute on the right invoice when the learner names another", () => {
    const two = followUpScenario({
      id: "litige-deux-factures",
      start: "2026-11-11",
      secondInvoice: true,
      events: [{ type: "disputeOpened", date: "2026-11-12", invoice: SECOND_INVOICE, reason: "Agendas de la mauvaise année." }],
    });
    const snapshot = run(stageInputOf(two), [choose("reminder2"), { type: "clock.advancedToNextEvent" }, { type: "learner.disputeOpened", invoice: FOLLOWED_INVOICE }]);
    expect(snapshot.context.lastFeedback).toMatchObject({ verdict: "wrong", decisionPoint: "followUp.FA-2026-00015.dispute.2026-11-12" });
    expect(snapshot.context.lastFeedback?.explanation).toContain("Le PGI ouvre le litige sur la facture FA-2026-00015.");
    expect(snapshot.value).toBe("open");
  });
});

/** The learner waits on each day a step is due (10/10 → 26/10 → 05/11) and reaches the bank statement of 08/11. */
const WAITING_TO_THE_STATEMENT: PaymentFollowUpEvent[] = [
  { type: "clock.advanced", days: 30 },
  choose("wait"),
  { type: "clock.advanced", days: 30 },
  choose("wait"),
  { type: "clock.advanced", days: 30 },
];

describe("payments", () => {
  /** The followed invoice as if deposited on the platform on its issue date (a large seller after the reform). */
  function deposited(scenario: ReturnType<typeof fullPaymentScenario>): StageInput {
    const input = stageInputOf(scenario);
    return { ...input, carried: { outbox: [outboxEntry(input.ledger, FOLLOWED_INVOICE, "platform", "2026-09-15")] } };
  }

  it("declares a deposited invoice « Encaissée » on the day of the payment that settles it", () => {
    // R1 on 26/10 and R2 on 05/11 hold the clock before the cheque of 08/11: the engine's key takes them.
    const input = deposited(fullPaymentScenario());
    const snapshot = run(input, solvePaymentFollowUp(input));
    expect(snapshot.context.carried.outbox?.[0]?.lifecycle).toEqual([
      { status: "deposited", date: "2026-09-15" },
      { status: "madeAvailable", date: "2026-09-15" },
      { status: "cashedIn", date: "2026-11-08" },
    ]);
  });

  it("a partial payment leaves the deposited invoice as it was", () => {
    const input = deposited(fullLadderScenario());
    const snapshot = run(input, [
      { type: "clock.advancedToNextDueStep" },
      choose("reminder1"),
      { type: "clock.advancedToNextDueStep" },
      { type: "learner.paymentRecorded", invoice: FOLLOWED_INVOICE, amountCents: 100_000, date: "2026-11-02" },
    ]);
    expect(invoiceBalance(snapshot.context.ledger, FOLLOWED_INVOICE)).toBe(140_000);
    expect(snapshot.context.carried.outbox).toEqual(input.carried.outbox);
  });

  it("keeps the balance of a partial payment in the ladder", () => {
    const actor = start(stageInputOf(fullLadderScenario()), [{ type: "clock.advancedToNextDueStep" }, choose("reminder1"), { type: "clock.advancedToNextDueStep" }]);
    expect(actor.getSnapshot().context.today).toBe("2026-11-02");
    expect(actor.getSnapshot().value).toBe("entriesPending");
    actor.send({ type: "learner.paymentRecorded", invoice: FOLLOWED_INVOICE, amountCents: 100_000, date: "2026-11-02" });
    expect(plain(actor.getSnapshot().context.lastFeedback?.explanation ?? "")).toBe(
      "Correct. Règlement reçu : 1 000,00 € le 02/11/2026 pour la facture FA-2026-00012. Solde restant dû sur la facture FA-2026-00012 : 1 400,00 € ; la relance continue sur ce solde.",
    );
    actor.send({ type: "clock.advancedToNextDueStep" });
    const status = invoiceStatus(actor.getSnapshot().context, FOLLOWED_INVOICE);
    expect([actor.getSnapshot().context.today, status.dueNow, status.balanceCents]).toEqual(["2026-11-05", "reminder2", 140_000]);
    actor.stop();
  });

  it("records what was received when the learner mistypes it", () => {
    const snapshot = run(stageInputOf(fullLadderScenario()), [
      { type: "clock.advancedToNextDueStep" },
      choose("reminder1"),
      { type: "clock.advancedToNextDueStep" },
      { type: "learner.paymentRecorded", invoice: FOLLOWED_INVOICE, amountCents: 90_000, date: "2026-11-02" },
    ]);
    const entry = snapshot.context.lastFeedback;
    expect(entry).toMatchObject({ verdict: "wrong", decisionPoint: "followUp.FA-2026-00012.payment.2026-11-02", points: 0 });
    expect(plain(entry?.explanation ?? "")).toBe(
      "Règlement reçu : 1 000,00 € le 02/11/2026 pour la facture FA-2026-00012. Vous avez saisi 900,00 € le 02/11/2026 sur la facture FA-2026-00012. Le PGI enregistre le règlement reçu. Solde restant dû sur la facture FA-2026-00012 : 1 400,00 € ; la relance continue sur ce solde.",
    );
    expect(invoiceBalance(snapshot.context.ledger, FOLLOWED_INVOICE)).toBe(140_000);
  });

  it("ends the follow-up when the invoice is paid in full", () => {
    const input = stageInputOf(fullPaymentScenario());
    const snapshot = run(input, solvePaymentFollowUp(input));
    expect(snapshot.status).toBe("done");
    const output = snapshot.output as StageOutput;
    expect(output.today).toBe("2026-11-08");
    expect(output.trace.map((e) => e.decisionPoint)).toEqual(["followUp.FA-2026-00012.2026-10-26", "followUp.FA-2026-00012.2026-11-05", "followUp.FA-2026-00012.payment.2026-11-08"]);
    expect(plain(output.trace[2]?.explanation ?? "")).toContain("La facture FA-2026-00012 est soldée : les relances s'arrêtent (pénalités et indemnité restent exigibles en cas de retard).");
  });

  it("never tells of penalties or the 40 € indemnity when a consumer's payment settles the invoice", () => {
    const business = fullPaymentScenario();
    const input = stageInputOf({ ...business, customers: business.customers.map((customer) => ({ ...customer, professional: false })) });
    const output = run(input, solvePaymentFollowUp(input)).output as StageOutput;
    expect(plain(output.trace.at(-1)?.explanation ?? "")).toContain(
      "La facture FA-2026-00012 est soldée : les relances s'arrêtent (un particulier ne doit ni pénalités de retard ni indemnité de 40 € ; seuls les intérêts au taux légal courent après une mise en demeure).",
    );
  });

  it("stops on each day a step falls due, then on the bank statement", () => {
    const firstStop = run(stageInputOf(fullPaymentScenario()), [{ type: "clock.advanced", days: 30 }]);
    expect([firstStop.context.today, clockHeldBy(firstStop.context)]).toEqual(["2026-10-26", DECISION_EXPECTED]);
    const snapshot = run(stageInputOf(fullPaymentScenario()), WAITING_TO_THE_STATEMENT);
    expect(snapshot.context.today).toBe("2026-11-08");
    expect(snapshot.value).toBe("entriesPending");
    expect(snapshot.context.trace.map((e) => [e.decisionPoint, e.verdict])).toEqual([
      ["followUp.FA-2026-00012.2026-10-26", "tooLate"],
      ["followUp.FA-2026-00012.2026-11-05", "tooLate"],
    ]);
    // The step was judged due on 05/11 because the PGI recorded R1 on 26/10, the day it was missed.
    expect(snapshot.context.actionsTaken.map((a) => `${a.step} ${a.date}`)).toEqual(["reminder1 2026-10-26", "reminder2 2026-11-05"]);
  });

  it("judges a reminder to a customer whose payment has arrived but is not yet recorded", () => {
    const snapshot = run(stageInputOf(fullPaymentScenario()), [...WAITING_TO_THE_STATEMENT, choose("registeredLetter")]);
    expect(snapshot.context.lastFeedback?.verdict).toBe("wrong");
    expect(snapshot.context.lastFeedback?.explanation).toContain("la facture est soldée, relancer un client qui a payé nuit à la relation");
  });
});

describe("the end of the follow-up", () => {
  it("stops the clock on endsOn and ends only when the learner ends the follow-up", () => {
    const scenario = followUpScenario({ id: "fin", start: "2026-11-11", endsOn: "2026-11-15", actionsTaken: [{ invoice: FOLLOWED_INVOICE, step: "reminder1", date: "2026-10-25" }] });
    const actor = start(stageInputOf(scenario), [choose("reminder2"), { type: "clock.advanced", days: 10 }]);
    const lastDay = actor.getSnapshot();
    expect([lastDay.status, lastDay.context.today]).toEqual(["active", "2026-11-15"]);
    expect(clockHeldBy(lastDay.context)).toBe("La période de suivi s'achève le 15/11/2026\u00a0: il ne reste qu'à terminer le suivi.");
    expect(lastDay.can({ type: "clock.advanced", days: 1 })).toBe(false);
    expect(lastDay.can({ type: "clock.advancedToNextEvent" })).toBe(false);
    actor.send(END);
    expect(actor.getSnapshot().status).toBe("done");
    expect((actor.getSnapshot().output as StageOutput).today).toBe("2026-11-15");
    expect((actor.getSnapshot().output as StageOutput).score).toEqual({ points: 2, maxPoints: 2, hintsUsed: 0, percent: 100 });
    actor.stop();
  });

  it("counts each step due up to endsOn as missed when the learner ends early", () => {
    const output = run(stageInputOf(twentySevenDaysScenario()), [END]).output as StageOutput;
    expect(output.trace.map((e) => [e.decisionPoint, e.verdict, e.answer, e.expected])).toEqual([
      ["followUp.FA-2026-00012.2026-11-11", "tooLate", "Facture FA-2026-00012\u00a0: Aucune action (suivi terminé)", "Relance 2 (plus ferme)"],
      ["followUp.FA-2026-00012.2026-11-21", "tooLate", "Facture FA-2026-00012\u00a0: Aucune action (suivi terminé)", "Relance 3 par lettre recommandée avec AR"],
      ["followUp.FA-2026-00012.2026-11-30", "tooLate", "Facture FA-2026-00012\u00a0: Aucune action (suivi terminé)", "Mise en demeure"],
      ["followUp.FA-2026-00012.2026-12-08", "tooLate", "Facture FA-2026-00012\u00a0: Aucune action (suivi terminé)", "Injonction de payer"],
    ]);
    // The PGI holds the engine's truth: the payment order closes the file on 08/12 (R3 + 8 days fell on Sunday 29/11: formal notice 30/11, docs/decisions/0085).
    expect(output.today).toBe("2026-12-08");
    expect(output.score).toEqual({ points: 0, maxPoints: 8, hintsUsed: 0, percent: 0 });
  });

  it("counts the mail that arrives after an early end as not entered, and stops the ladder on the payment received", () => {
    const output = run(stageInputOf(fullPaymentScenario()), [END]).output as StageOutput;
    expect(output.trace.map((e) => [e.decisionPoint, e.verdict, e.answer])).toEqual([
      ["followUp.FA-2026-00012.2026-10-26", "tooLate", "Facture FA-2026-00012\u00a0: Aucune action (suivi terminé)"],
      ["followUp.FA-2026-00012.2026-11-05", "tooLate", "Facture FA-2026-00012\u00a0: Aucune action (suivi terminé)"],
      ["followUp.FA-2026-00012.payment.2026-11-08", "wrong", "Aucune saisie (suivi terminé)"],
    ]);
    expect(plain(output.trace[2]?.expected ?? "")).toBe("2 400,00 € le 08/11/2026 sur FA-2026-00012");
    expect(output.trace[2]?.explanation).toBe("Manqué\u00a0: le suivi a été terminé avant l'arrivée de ce courrier du 08/11/2026, qui n'a pas été saisi dans le PGI.");
    expect(output.today).toBe("2026-12-31");
  });

  it("holds the clock once every invoice is done, and ends on the learner's word", () => {
    const input = stageInputOf(fullPaymentScenario());
    const solution = solvePaymentFollowUp(input);
    expect(solution.at(-1)).toEqual(END);
    const beforeEnd = run(input, solution.slice(0, -1));
    expect(beforeEnd.status).toBe("active");
    expect(clockHeldBy(beforeEnd.context)).toBe("Toutes les factures suivies sont soldées ou en injonction de payer\u00a0: il ne reste qu'à terminer le suivi.");
  });

  it("ends when a payment order is requested, and follows several invoices, one of them the invoicing stage's", () => {
    const input = stageInputOf(twoInvoicesScenario(), { invoiceId: SECOND_INVOICE });
    const events = solvePaymentFollowUp(input);
    expect(events).toContainEqual({ type: "learner.actionChosen", invoice: SECOND_INVOICE, action: "reminder1" });
    const snapshot = run(input, events);
    expect(snapshot.context.trace.map((e) => e.decisionPoint)).toContain("followUp.@stage.2026-11-16");
    expect((snapshot.output as StageOutput).score.percent).toBe(100);
    const ordered = run(stageInputOf(twentySevenDaysScenario()), solvePaymentFollowUp(stageInputOf(twentySevenDaysScenario())));
    // R3 Saturday 21/11 + 8 days is Sunday 29/11: formal notice Monday 30/11, payment order 08/12.
    expect((ordered.output as StageOutput).today).toBe("2026-12-08");
    expect(ordered.context.actionsTaken.at(-1)).toEqual({ invoice: FOLLOWED_INVOICE, step: "paymentOrder", date: "2026-12-08" });
    // The feedback names the court with the summary's own function: the rule, as no court is named for this SARL.
    expect(ordered.context.trace.at(-1)?.explanation).toContain("Tribunal compétent\u00a0: Tribunal de commerce dont dépend le siège du débiteur (Cerfa n° 12946).");
  });
});

describe("solver and wrong answers", () => {
  const fixtures: [string, StageInput][] = [
    ["27 jours", stageInputOf(twentySevenDaysScenario())],
    ["échelle complète", stageInputOf(fullLadderScenario())],
    ["règlement intégral", stageInputOf(fullPaymentScenario())],
    ["litige", stageInputOf(disputeScenario())],
    ["deux factures", stageInputOf(twoInvoicesScenario(), { invoiceId: SECOND_INVOICE })],
  ];

  for (const [name, input] of fixtures) {
    it(`the solver finishes with full marks (${name})`, () => {
      const snapshot = run(input, solvePaymentFollowUp(input));
      expect(snapshot.status).toBe("done");
      const output = snapshot.output as StageOutput;
      expect(output.score.points).toBe(output.score.maxPoints);
      expect(output.score.maxPoints).toBeGreaterThan(0);
      expect(output.trace.every((e) => e.maxPoints === POINTS_PER_DECISION)).toBe(true);
    });

    it(`each wrong variant loses points, says why, and the rest of the solution still ends the stage (${name})`, () => {
      const solution = solvePaymentFollowUp(input);
      let variants = 0;
      solution.forEach((event, i) => {
        for (const variant of wrongAnswers(input, event)) {
          variants += 1;
          const snapshot = run(input, [...solution.slice(0, i), variant, ...solution.slice(i + 1)]);
          expect(snapshot.status).toBe("done");
          const output = snapshot.output as StageOutput;
          expect(output.score.points).toBeLessThan(output.score.maxPoints);
          const wrong = output.trace.find((e) => !e.correct);
          expect(wrong?.explanation.length ?? 0).toBeGreaterThan(30);
        }
      });
      expect(variants).toBeGreaterThan(0);
    });
  }

  it("offers the slips of the issue for the step due: wait, the next rung, the previous one", () => {
    expect(wrongAnswers(stageInputOf(twentySevenDaysScenario()), choose("reminder2")).map((e) => (e.type === "learner.actionChosen" ? e.action : e.type))).toEqual([
      "wait",
      "registeredLetter",
      "reminder1",
    ]);
  });
});

describe("the timeline", () => {
  it("tells the next event and the next date a step falls due", () => {
    const actor = start(stageInputOf(disputeScenario()));
    expect(followUpTimeline(actor.getSnapshot().context)).toEqual({ nextEventDate: "2026-10-27", nextDueStepDate: "2026-11-04" });
    actor.send({ type: "clock.advancedToNextEvent" });
    actor.send({ type: "clock.advancedToNextEvent" });
    actor.send({ type: "learner.disputeOpened", invoice: FOLLOWED_INVOICE });
    // While the dispute is open no step is ahead.
    expect(followUpTimeline(actor.getSnapshot().context)).toEqual({ nextEventDate: "2026-11-05", nextDueStepDate: null });
    actor.stop();
  });
});

describe("guards on what the learner types", () => {
  it("refuses a payment entry that is not an amount or not a date, and a settlement of an unknown kind", () => {
    const actor = start(stageInputOf(fullPaymentScenario()), WAITING_TO_THE_STATEMENT);
    const snapshot = actor.getSnapshot();
    expect(snapshot.can({ type: "learner.paymentRecorded", invoice: FOLLOWED_INVOICE, amountCents: 12.5, date: "2026-11-08" })).toBe(false);
    expect(snapshot.can({ type: "learner.paymentRecorded", invoice: FOLLOWED_INVOICE, amountCents: INVOICE_TTC_CENTS, date: "08/11/2026" })).toBe(false);
    expect(snapshot.can({ type: "learner.paymentRecorded", invoice: FOLLOWED_INVOICE, amountCents: INVOICE_TTC_CENTS, date: "2026-11-08" })).toBe(true);
    expect(snapshot.can({ type: "learner.disputeOpened", invoice: FOLLOWED_INVOICE })).toBe(false);
    expect(snapshot.can({ type: "learner.actionChosen", invoice: "FA-2026-99999", action: "reminder1" })).toBe(false);
    actor.stop();
  });
});

describe("a payment of the balance due (docs/decisions/0146)", () => {
  it("pays what remains once the agreed credit note is deducted: the same game as the sum written out", () => {
    const written = disputeScenario();
    const balance = disputeScenario({ type: "payment", date: "2026-11-20", invoice: FOLLOWED_INVOICE, balance: true, method: "transfer" });
    expect(written.events.at(-1)).toMatchObject({ type: "payment", amount: 216_000 });
    const played = solveScenario(balance).result;
    expect(played.trace).toEqual(solveScenario(written).result.trace);
    expect(played.trace.find((entry) => entry.decisionPoint.includes(".payment"))?.expected).toBe("2\u202f160,00\u00a0€ le 20/11/2026 sur FA-2026-00012");
  });

  it("counts a payment received and not yet recorded: a transfer of 1 000 € then the balance, 1 400 €", () => {
    const scenario = followUpScenario({
      id: "acompte-puis-solde",
      start: "2026-10-26",
      events: [
        { type: "payment", date: "2026-11-02", invoice: FOLLOWED_INVOICE, amount: "1000.00", method: "transfer" },
        { type: "payment", date: "2026-11-02", invoice: FOLLOWED_INVOICE, balance: true, method: "cheque" },
      ],
    });
    const expected = solveScenario(scenario).result.trace.filter((entry) => entry.decisionPoint.includes(".payment")).map((entry) => plain(entry.expected));
    expect(expected).toEqual([`1 000,00 € le 02/11/2026 sur ${FOLLOWED_INVOICE}`, `1 400,00 € le 02/11/2026 sur ${FOLLOWED_INVOICE}`]);
    expect(INVOICE_TTC_CENTS).toBe(240_000);
  });

  it("is an error of the file, named by its event, when nothing remains due that day", () => {
    // The second invoice, unpaid, keeps the follow-up going past the first one's settlement.
    const scenario = followUpScenario({
      id: "solde-de-rien",
      start: "2026-10-26",
      secondInvoice: true,
      events: [
        { type: "payment", date: "2026-11-08", invoice: FOLLOWED_INVOICE, amount: "2400.00", method: "cheque" },
        { type: "payment", date: "2026-11-10", invoice: FOLLOWED_INVOICE, balance: true, method: "transfer" },
      ],
    });
    expect(() => solveScenario(scenario)).toThrow("events[1].balance\u00a0: le client règle le solde de la facture FA-2026-00012 le 10/11/2026, mais il ne reste rien à régler ce jour-là");
  });
});
