// @vitest-environment jsdom
/**
 * A scenario in an LMS, against scorm-again's Scorm12API as the LMS (its formats checked after
 * every call): interactions, leaving mid-way, a new API loaded with the saved cmi resuming the very
 * game that was left, the score and the status at the end; the largest suspend_data of the bundled
 * scenarios (docs/decisions/0126).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as scorm12 from "scorm-again/scorm12";
import { describe, expect, it } from "vitest";
import { decodeResume, SUSPEND_DATA_MAX, type Scenario } from "@/domain";
import { parseScenario } from "@/domain/scenarioLoad";
import { solveScenario } from "@/machines/answerKey";
import { persistGame } from "@/machines/persistedGame";
import type { PlayerEvent } from "@/machines/player";
import { ACTIVITY_CHANGED, startScenarioRun, type ScenarioRun } from "./scenarioRun";
import { connectScorm, type Scorm12Api } from "./scormApi";

// The package's ESM build exports the class by name, its type declarations by default.
const Scorm12API = (scorm12 as unknown as { Scorm12API: typeof scorm12.default }).Scorm12API;

const FOLDER = join(process.cwd(), "scenarios");

function bundled(name: string): Scenario {
  const parsed = parseScenario(JSON.parse(readFileSync(join(FOLDER, name), "utf8")), name);
  if (!parsed.ok) throw new Error(name);
  return parsed.scenario;
}

type Cmi = { cmi: { suspend_data: string; core: Record<string, unknown> & { score: Record<string, string> }; interactions: Record<string, Record<string, unknown> & { correct_responses: Record<string, { pattern: string }> }> } };

/** An LMS: scorm-again, every call's error code kept (scorm-again validates each value's format). */
function lms(saved?: Cmi["cmi"], studentName = "Martin, Léa") {
  const api = new Scorm12API({ logLevel: 5, autocommit: false } as never);
  api.loadFromJSON(saved ?? { core: { student_name: studentName } }, "");
  const errors: string[] = [];
  const calls: string[] = [];
  const watched: Scorm12Api = {
    LMSInitialize: (p) => api.LMSInitialize(p),
    LMSFinish: (p) => api.LMSFinish(p),
    LMSGetValue: (element) => api.LMSGetValue(element),
    LMSSetValue: (element, value) => {
      calls.push(element);
      const result = api.LMSSetValue(element, value);
      if (api.LMSGetLastError() !== "0") errors.push(`${element}=${value}: ${api.LMSGetLastError()}`);
      return result;
    },
    LMSCommit: (p) => api.LMSCommit(p),
    LMSGetLastError: () => api.LMSGetLastError(),
    LMSGetErrorString: (code) => api.LMSGetErrorString(code),
  };
  const problems: string[] = [];
  const adapter = connectScorm(watched, (message) => problems.push(message));
  const cmi = () => api.renderCMIToJSONObject() as unknown as Cmi;
  return { api, adapter, errors, problems, calls, cmi };
}

function play(run: ScenarioRun, events: readonly PlayerEvent[]) {
  for (const event of events) {
    run.actor.send(event);
    run.flush();
  }
}

const snapshotOf = (run: ScenarioRun, scenario: Scenario) => JSON.stringify(persistGame(run.actor, scenario));

describe("a scenario in an LMS (scorm-again)", () => {
  const scenario = bundled("05-chaine-complete-livraison-partielle-acompte.json");
  const { events, result } = solveScenario(scenario);

  it("records each decision, resumes after leaving mid-way exactly where it was, and passes at the end", () => {
    const first = lms();
    expect(first.adapter.start).toEqual({ learnerName: "Léa Martin", entry: "", suspendData: "", masteryScore: undefined, interactionCount: 0 });
    let clock = Date.UTC(2026, 11, 2, 14, 0, 0);
    const run = startScenarioRun(scenario, first.adapter, { masteryScore: 80, now: () => (clock += 30_000) });
    expect(run.notice).toBeNull();
    const half = Math.floor(events.length / 2);
    play(run, events.slice(0, half));
    const left = first.cmi().cmi;
    const decisionsLeft = Object.keys(left.interactions).length;
    expect(decisionsLeft).toBeGreaterThan(0);
    expect(left.core.lesson_status).toBe("incomplete");
    const firstRecord = left.interactions["0"];
    const firstEntry = result.trace[0];
    expect(firstRecord).toMatchObject({ id: firstEntry?.decisionPoint.replace(/\./g, "_"), type: "fill-in", student_response: firstEntry?.answer, result: "correct", weighting: "2", latency: "00:00:30" }); // scorm-again keeps a timespan as HH:MM:SS
    expect(firstRecord?.correct_responses["0"]?.pattern).toBe(firstEntry?.expected);
    first.adapter.leave(run.finished(), "0000:12:00.00");
    const afterLeave = first.cmi().cmi;
    expect(afterLeave.core.exit).toBe("suspend");
    expect(afterLeave.core.session_time).toBe("00:12:00");
    const before = snapshotOf(run, scenario);
    run.stop();
    expect(first.errors).toEqual([]);
    expect(first.problems).toEqual([]);

    // The LMS launches the package again with what it kept.
    const second = lms({ ...afterLeave, core: { ...afterLeave.core, entry: "resume" } });
    expect(second.adapter.start.interactionCount).toBe(decisionsLeft);
    const resumed = startScenarioRun(scenario, second.adapter, { masteryScore: 80 });
    expect(resumed.notice).toBeNull();
    expect(snapshotOf(resumed, scenario)).toBe(before);
    play(resumed, events.slice(half));
    expect(resumed.finished()).toBe(true);
    second.adapter.leave(resumed.finished(), "0000:05:00.00");
    const done = second.cmi().cmi;
    expect(Object.keys(done.interactions)).toHaveLength(result.trace.length);
    expect(Object.values(done.interactions).map((record) => record.id)).toEqual(result.trace.map((entry) => entry.decisionPoint.replace(/\./g, "_")));
    expect(done.core.score).toEqual({ raw: "100", min: "0", max: "100" });
    expect(done.core.lesson_status).toBe("passed");
    expect(done.core.exit).toBe("");
    expect(second.errors).toEqual([]);
    expect(second.problems).toEqual([]);
    resumed.stop();
  });

  it("fails against the LMS's mastery score, which wins over the activity's", () => {
    const first = lms({ core: { student_name: "X, Y" }, student_data: { mastery_score: "100" } } as never);
    expect(first.adapter.start.masteryScore).toBe(100);
    const run = startScenarioRun(scenario, first.adapter, { masteryScore: 50 });
    // A hint costs a point: the key then scores under 100.
    play(run, [{ type: "learner.hintRequested" } as PlayerEvent, ...events]);
    const done = first.cmi().cmi;
    expect(Number(done.core.score.raw)).toBeLessThan(100);
    expect(done.core.lesson_status).toBe("failed");
    expect(first.errors).toEqual([]);
    run.stop();
  });

  it("completes without any mastery score, and starts afresh, saying so, on a state of another scenario", () => {
    const other = bundled("02-depassement-d-encours.json");
    const first = lms();
    const run = startScenarioRun(other, first.adapter);
    play(run, solveScenario(other).events.slice(0, 2));
    run.stop();
    const second = lms(first.cmi().cmi);
    const changed = startScenarioRun(scenario, second.adapter);
    expect(changed.notice).toBe(ACTIVITY_CHANGED);
    play(changed, events);
    expect(second.cmi().cmi.core.lesson_status).toBe("completed");
    expect(second.errors).toEqual([]);
    changed.stop();
  });

  it("keeps the largest bundled scenario's moves, played to its last decision, within 4 096 characters", () => {
    const all = readdirSync(FOLDER)
      .filter((name) => /^\d\d-.*\.json$/u.test(name) && !name.endsWith(".actions.json"))
      .map((name) => ({ name, scenario: bundled(name), solved: solveScenario(bundled(name)) }));
    const largest = all.reduce((a, b) => (b.solved.result.trace.length > a.solved.result.trace.length ? b : a));
    const { adapter, cmi, errors } = lms();
    const run = startScenarioRun(largest.scenario, adapter);
    play(run, largest.solved.events);
    const suspend = cmi().cmi.suspend_data;
    console.log(`suspend_data, ${largest.name} (${largest.solved.result.trace.length} décisions, ${largest.solved.events.length} actions) : ${suspend.length} caractères`);
    expect(run.finished()).toBe(true);
    expect(suspend.length).toBeLessThanOrEqual(SUSPEND_DATA_MAX);
    expect(decodeResume(suspend)).toMatchObject({ ok: true, state: { kind: "scenario", id: largest.scenario.id } });
    expect(errors).toEqual([]);
    run.stop();
  });
});
