/**
 * Every scenario shipped in scenarios/ is checked as a teacher's `validate` would, then played:
 * the engine's own answer key reaches the end with full marks, and at every decision point a
 * plausible wrong answer (the stage's `wrongAnswers`) loses points and says why. Their texts keep
 * French typography: a no-break space before « : ; ? ! » and inside « », never an ordinary one.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Scenario, TraceEntry } from "@/domain";
import { runningStage, sendAll, settleHeldFirstTry, startPlayer, type PlayerActor, type PlayerEvent } from "@/machines/player";
import { eventsWith, wrongSequences } from "@/machines/testing/wrongSweeps";
import { checkScenarioText } from "@/machines/scenarioCheck";
import { breakableFrenchSpacesOf } from "./frenchTypography.fixtures";
import { isScenarioFileName } from "./scenario";

const folder = fileURLToPath(new URL("../scenarios/", import.meta.url));
const files = readdirSync(folder).filter(isScenarioFileName).sort();

function load(name: string) {
  const checked = checkScenarioText(readFileSync(join(folder, name), "utf8"), `scenarios/${name}`);
  if (!checked.ok) throw new Error(checked.issues.map((i) => `${i.path} : ${i.message}`).join("\n"));
  return checked;
}

/** The trace so far: finished stages, plus the decisions already taken in the running stage. */
function liveTrace(actor: PlayerActor): TraceEntry[] {
  const snapshot = actor.getSnapshot();
  const running = runningStage(snapshot)?.actor.getSnapshot().context.trace ?? [];
  return [...snapshot.context.stages.flatMap((stage) => stage.trace), ...running];
}

/**
 * Plays the answer key with `replacement` in place of step `index`, then the rest of the key (a
 * stage continues on the engine's truth after a wrong answer; marks of the control stage are
 * judged on submission): the whole trace, including a stage left unfinished.
 */
function traceWith(scenario: Scenario, events: readonly PlayerEvent[], index: number, replacement: readonly PlayerEvent[]) {
  const actor = startPlayer(scenario);
  const rejected = sendAll(actor, eventsWith(events, index, replacement));
  settleHeldFirstTry(actor);
  const trace = liveTrace(actor);
  actor.stop();
  return { rejected, trace };
}

describe("the scenarios shipped with the application", () => {
  it("are at least eight, and cover every stage of the course", () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    const stages = new Set(files.flatMap((name) => load(name).scenario.stages));
    expect([...stages].sort()).toEqual(["invoiceControl", "invoicing", "orderIntake", "orderProcessing", "paymentFollowUp"]);
  });

  it("are held to French typography by a check that names the file, the path and the text around an ordinary space", () => {
    const data = { title: "Le parcours complet\u00a0: du devis au règlement", notes: { hints: { "intake.credit": ["Consultez le compte du client : factures non réglées"] } } };
    expect(breakableFrenchSpacesOf(data, "scenarios/exemple.json")).toEqual([
      "scenarios/exemple.json : notes.hints.intake.credit[0] : espace ordinaire avant « : » dans « … le compte du client : factures non réglé… » (U+00A0 attendu)",
    ]);
  });

  describe.each(files)("%s", (name) => {
    it("has no ordinary space before « : ; ? ! », after « « » or before « » » in its texts: a line would start with the mark", () => {
      expect(breakableFrenchSpacesOf(JSON.parse(readFileSync(join(folder, name), "utf8")), `scenarios/${name}`)).toEqual([]);
    });

    it("validates and is finished by the engine's answer key with full marks", () => {
      const { scenario, solved } = load(name);
      const { result } = solved;
      expect(result.finished).toBe(true);
      expect(result.rejected).toEqual([]);
      expect(result.stages.map((stage) => stage.stage)).toEqual(scenario.stages);
      expect(result.score.overall.maxPoints).toBeGreaterThan(0);
      expect(result.score.overall.points).toBe(result.score.overall.maxPoints);
      for (const entry of result.trace) {
        expect(entry.correct, `${entry.decisionPoint} : ${entry.explanation}`).toBe(true);
        expect(entry.explanation.length).toBeGreaterThan(0);
      }
    });

    it("loses points at every decision point on a wrong answer, and explains why", () => {
      const { scenario, solved } = load(name);
      const pointsMet = new Set(solved.result.trace.map((entry) => entry.decisionPoint));
      const pointsFailed = new Set<string>();
      solved.steps.forEach((step, index) => {
        for (const replacement of wrongSequences(scenario, solved.events, step, index)) {
          const { rejected, trace } = traceWith(scenario, solved.events, index, replacement);
          const label = `${step.stage}, action ${index} (${step.event.type}) → ${JSON.stringify(replacement)} ; refusées : ${JSON.stringify(rejected.map((r) => r.reason))}`;
          expect(rejected.some((r) => r.index >= index && r.index < index + replacement.length), label).toBe(false);
          const wrong = trace.filter((entry) => !entry.correct);
          expect(wrong.length, label).toBeGreaterThan(0);
          // A false alarm adds its own decision point: what matters is that points are lost.
          expect(trace.reduce((sum, entry) => sum + entry.points, 0), label).toBeLessThan(trace.reduce((sum, entry) => sum + entry.maxPoints, 0));
          for (const entry of wrong) {
            expect(entry.points, label).toBeLessThan(entry.maxPoints);
            expect(entry.explanation.length, label).toBeGreaterThan(0);
            pointsFailed.add(entry.decisionPoint);
          }
        }
      });
      expect([...pointsMet].filter((point) => !pointsFailed.has(point))).toEqual([]);
    });
  });
});
