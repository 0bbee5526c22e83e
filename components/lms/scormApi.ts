/**
 * SCORM 1.2's run-time API as the LMS exposes it (`window.API` in a frame above the package, or in
 * the window that opened it), and the adapter that talks to it: every call checked with
 * `LMSGetLastError`, an error reported discreetly and never thrown, so that the LMS can never stop
 * a learner's game (docs/decisions/0126).
 */
import { interactionValues, learnerNameOf, lmsMasteryScore, type InteractionRecord, type LessonStatus } from "@/domain";

export interface Scorm12Api {
  LMSInitialize(parameter: ""): string;
  LMSFinish(parameter: ""): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ""): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
}

/** How far up the frames the API is looked for, as ADL's samples do. */
const MAX_PARENTS = 7;

function apiOf(win: Window | null): Scorm12Api | null {
  try {
    const api = (win as (Window & { API?: unknown }) | null)?.API;
    return typeof api === "object" && api !== null && typeof (api as Scorm12Api).LMSInitialize === "function" ? (api as Scorm12Api) : null;
  } catch {
    // A frame of another origin cannot be read: no API there.
    return null;
  }
}

function apiAbove(win: Window): Scorm12Api | null {
  let current: Window = win;
  for (let level = 0; level <= MAX_PARENTS; level += 1) {
    const api = apiOf(current);
    if (api) return api;
    if (current.parent === current) return null;
    current = current.parent;
  }
  return null;
}

/** The LMS's API: in this window or a parent (up to 7 levels), else in the window that opened it and its parents. */
export function findScormApi(win: Window): Scorm12Api | null {
  return apiAbove(win) ?? (win.opener ? apiAbove(win.opener as Window) : null);
}

/** What the LMS says of this learner and attempt when the package starts. */
export interface LmsStart {
  /** « Prénom Nom », from `cmi.core.student_name`; empty when the LMS gives none. */
  learnerName: string;
  /** `cmi.core.entry`: "ab-initio", "resume" or "". */
  entry: string;
  suspendData: string;
  /** `cmi.student_data.mastery_score`, when the LMS sets one. */
  masteryScore: number | undefined;
  /** `cmi.interactions._count`: the records already kept, numbered on from there. */
  interactionCount: number;
}

/** The one interface the activity page talks to the LMS through. */
export interface LmsAdapter {
  readonly start: LmsStart;
  /** After each move: the new interactions, the status `incomplete` (until finished), the resume state, a commit. */
  saveProgress(suspendData: string | null, interactions: readonly InteractionRecord[], finished: boolean): void;
  /** At the end: the score (0–100) and the final status. */
  finish(percent: number, status: LessonStatus): void;
  /** On leaving the page: `exit` (suspend when mid-way), the session's time, `LMSFinish`. Once only. */
  leave(finished: boolean, sessionTime: string): void;
}

/** What the learner reads of an LMS error: the call, the LMS's words, its code. */
export function lmsProblem(call: string, code: string, words: string): string {
  return `La plateforme a refusé «\u00a0${call}\u00a0» (${words || "erreur"}, code ${code})\u00a0: votre travail reste enregistré dans ce navigateur.`;
}

/**
 * The SCORM 1.2 adapter: `LMSInitialize`, then what the LMS knows of the learner. `onProblem`
 * receives each error in French.
 */
export function connectScorm(api: Scorm12Api, onProblem: (message: string) => void): LmsAdapter {
  let nextInteraction = 0;
  let left = false;

  const checked = (call: string, run: () => string): string => {
    let value = "";
    try {
      value = run();
      const code = api.LMSGetLastError();
      if (code !== "0" && code !== "") onProblem(lmsProblem(call, code, api.LMSGetErrorString(code)));
    } catch {
      onProblem(lmsProblem(call, "?", "exception"));
    }
    return String(value ?? "");
  };
  const get = (element: string) => checked(`LMSGetValue ${element}`, () => api.LMSGetValue(element));
  const set = (element: string, value: string) => checked(`LMSSetValue ${element}`, () => api.LMSSetValue(element, value));
  const commit = () => checked("LMSCommit", () => api.LMSCommit(""));

  checked("LMSInitialize", () => api.LMSInitialize(""));
  const count = Number.parseInt(get("cmi.interactions._count"), 10);
  nextInteraction = Number.isFinite(count) && count >= 0 ? count : 0;
  const start: LmsStart = {
    learnerName: learnerNameOf(get("cmi.core.student_name")),
    entry: get("cmi.core.entry"),
    suspendData: get("cmi.suspend_data"),
    masteryScore: lmsMasteryScore(get("cmi.student_data.mastery_score")),
    interactionCount: nextInteraction,
  };

  return {
    start,
    saveProgress(suspendData, interactions, finished) {
      for (const record of interactions) {
        for (const [element, value] of interactionValues(nextInteraction, record)) set(element, value);
        nextInteraction += 1;
      }
      if (!finished) set("cmi.core.lesson_status", "incomplete");
      if (suspendData !== null) set("cmi.suspend_data", suspendData);
      commit();
    },
    finish(percent, status) {
      set("cmi.core.score.min", "0");
      set("cmi.core.score.max", "100");
      set("cmi.core.score.raw", String(percent));
      set("cmi.core.lesson_status", status);
      commit();
    },
    leave(finished, sessionTime) {
      if (left) return;
      left = true;
      set("cmi.core.exit", finished ? "" : "suspend");
      set("cmi.core.session_time", sessionTime);
      checked("LMSFinish", () => api.LMSFinish(""));
    },
  };
}
