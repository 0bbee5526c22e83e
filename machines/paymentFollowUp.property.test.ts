/**
 * Random sequences of clock moves (a number of days, to the next event, to the next due step) on
 * the follow-up scenarios shipped in scenarios/ and on generated ladders. Whatever the learner
 * answers on the days the clock stops, the clock never passes a day on which a step falls due (as
 * the domain's timeline tells it before the move), nor a day mail arrives, nor endsOn; and the
 * stage ends only on the learner's explicit `learner.followUpEnded` (docs/decisions/0092).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createActor } from "xstate";
import { answeredAtOnce } from "./testing/secondTry";
import { addDays, compareDates, type DunningChoice, type IsoDate } from "@/domain";
import { dunningPolicyArbitrary } from "@/domain/followUp/ladder.arbitrary";
import { parseScenarioText } from "@/domain/scenarioLoad";
import type { StageInput, StageOutput } from "./contract";
import { clockHeldBy, followUpTimeline, paymentFollowUpMachine, type PaymentFollowUpEvent } from "./paymentFollowUp";
import { entryAnswer } from "./answerKey/paymentFollowUp";
import { stageInputOf } from "./testing/controlFixtures";
import { FOLLOWED_INVOICE, followUpScenario } from "./testing/followUpFixtures";

const CHOICES: readonly DunningChoice[] = ["wait", "preReminder", "reminder1", "reminder2", "registeredLetter", "formalNotice", "paymentOrder"];

type ClockMove = Extract<PaymentFollowUpEvent, { type: `clock.${string}` }>;

const clockMove: fc.Arbitrary<ClockMove> = fc.oneof(
  fc.integer({ min: 1, max: 40 }).map((days): ClockMove => ({ type: "clock.advanced", days })),
  fc.constant<ClockMove>({ type: "clock.advancedToNextEvent" }),
  fc.constant<ClockMove>({ type: "clock.advancedToNextDueStep" }),
);

/** A move, and what the learner answers for each invoice if the clock then stops on a decision. */
const turn = fc.record({ move: clockMove, choice: fc.constantFrom(...CHOICES) });

function earliest(dates: readonly (IsoDate | null)[]): IsoDate | null {
  return dates.filter((d): d is IsoDate => d !== null).reduce<IsoDate | null>((min, d) => (min === null || compareDates(d, min) < 0 ? d : min), null);
}

type Actor = ReturnType<typeof createActor<typeof paymentFollowUpMachine>>;

/** Mail is entered as the world says it: the clock and the end wait for it. */
function enterMail(actor: Actor): void {
  for (let entry = actor.getSnapshot().context.pending[0]; entry !== undefined; entry = actor.getSnapshot().context.pending[0]) actor.send(entryAnswer(entry));
}

/**
 * Plays the turns: mail is entered as it arrives, each undecided invoice gets the turn's choice
 * while the clock is held by a decision, then the move is sent. Checks every move, then ends.
 */
function playTurns(input: StageInput, turns: readonly { move: ClockMove; choice: DunningChoice }[]): void {
  const actor = createActor(answeredAtOnce(paymentFollowUpMachine), { input }).start();
  for (const { move, choice } of turns) {
    enterMail(actor);
    const undecided = actor.getSnapshot().context.invoices.filter((i) => !actor.getSnapshot().context.decidedToday.includes(i.id));
    if (clockHeldBy(actor.getSnapshot().context) !== null) for (const invoice of undecided) actor.send({ type: "learner.actionChosen", invoice: invoice.id, action: choice });
    const before = actor.getSnapshot();
    const { nextDueStepDate, nextEventDate } = followUpTimeline(before.context);
    const limit = earliest([nextDueStepDate, nextEventDate, before.context.endsOn]);
    const allowed = before.can(move);
    // The clock is held exactly when the machine says why.
    expect(allowed).toBe(clockHeldBy(before.context) === null);
    actor.send(move);
    const after = actor.getSnapshot();
    expect(after.status).toBe("active");
    if (!allowed) {
      expect(after.context.today).toBe(before.context.today);
      continue;
    }
    expect(compareDates(after.context.today, before.context.today)).toBeGreaterThan(0);
    if (limit !== null) expect(compareDates(after.context.today, limit)).toBeLessThanOrEqual(0);
    if (move.type === "clock.advanced") expect(compareDates(after.context.today, addDays(before.context.today, move.days))).toBeLessThanOrEqual(0);
  }
  enterMail(actor);
  actor.send({ type: "learner.followUpEnded" });
  expect(actor.getSnapshot().status).toBe("done");
  const output = actor.getSnapshot().output as StageOutput;
  expect(compareDates(output.today, actor.getSnapshot().context.endsOn)).toBeLessThanOrEqual(0);
  actor.stop();
}

const folder = fileURLToPath(new URL("../scenarios/", import.meta.url));
const BUNDLED = ["04-choisir-l-etape-de-relance.json", "08-reglement-partiel-et-litige.json", "12-mise-en-demeure-et-injonction-de-payer.json"];

function bundledInput(name: string): StageInput {
  const parsed = parseScenarioText(readFileSync(`${folder}${name}`, "utf8"), `scenarios/${name}`);
  if (!parsed.ok) throw new Error(`${name} ne se charge pas`);
  return stageInputOf(parsed.scenario);
}

describe("the follow-up clock, over random moves", () => {
  for (const name of BUNDLED) {
    it(`never passes a day a step is due, and ends only on the learner's word (${name})`, { timeout: 120_000 }, () => {
      const input = bundledInput(name);
      fc.assert(
        fc.property(fc.array(turn, { maxLength: 25 }), (turns) => playTurns(input, turns)),
        { numRuns: 40 },
      );
    });
  }

  it("never passes a day a step is due on generated ladders (delays, pre-reminder, start, end, a payment)", { timeout: 120_000 }, () => {
    const situation = fc.record({
      dunning: dunningPolicyArbitrary,
      // The invoice is due on 15/10/2026: start from 10 days before to 40 days after.
      startOffset: fc.integer({ min: -10, max: 40 }),
      length: fc.integer({ min: 5, max: 90 }),
      paymentAfter: fc.option(fc.integer({ min: 1, max: 90 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(situation, fc.array(turn, { maxLength: 20 }), ({ dunning, startOffset, length, paymentAfter }, turns) => {
        const start = addDays("2026-10-15", startOffset);
        const endsOn = addDays(start, length);
        const { preReminderBeforeDueDays, ...delays } = dunning;
        const scenario = followUpScenario({
          id: "echelle-generee",
          start,
          endsOn,
          dunning: { ...delays, ...(preReminderBeforeDueDays !== undefined ? { preReminderBeforeDueDays } : {}) },
          events:
            paymentAfter !== undefined && paymentAfter <= length
              ? [{ type: "payment", date: addDays(start, paymentAfter), invoice: FOLLOWED_INVOICE, amount: "1000.00", method: "transfer" }]
              : [],
        });
        playTurns(stageInputOf(scenario), turns);
      }),
      { numRuns: 60 },
    );
  });
});
