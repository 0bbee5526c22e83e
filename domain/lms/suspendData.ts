/**
 * `cmi.suspend_data`: what the LMS keeps for a learner who leaves mid-way, 4 096 characters at most
 * in SCORM 1.2. Not the game's snapshot (tens of kilobytes: the PGI's whole ledger) but what rebuilds
 * it: the content's id and hash and the learner's moves, replayed on a fresh game; for a quiz, the
 * questions drawn and the answers given (docs/decisions/0126).
 *
 * Written `J{json}` or, when shorter, `Z{base64 of the deflated json}`: moves repeat their names and
 * fields, which deflate shrinks several times over.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
import { SUSPEND_DATA_MAX } from "./scorm12";

export const SUSPEND_FORMAT = 1;

/** A move the learner made: an event of the player, `learner.*` or `clock.*`, with its fields. */
export type Move = { type: string } & Record<string, unknown>;

export interface ScenarioResume {
  kind: "scenario";
  id: string;
  /** The scenario's content hash (machines/persistedGame.ts `fingerprintOf`). */
  hash: string;
  moves: Move[];
}

/** One try at a question, as the quiz keeps it (store/quizSlice.ts). */
export type QuizTryData = { answer: { type: string } & Record<string, unknown>; certainty?: 1 | 2 | 3 };

export interface QuizResume {
  kind: "quiz";
  id: string;
  hash: string;
  mode: "training" | "assessment";
  certaintyBased: boolean;
  seed: number;
  questionIds: string[];
  tries: Record<string, QuizTryData[]>;
  position: number;
}

export type ResumeState = ScenarioResume | QuizResume;

export type DecodedResume = { ok: true; state: ResumeState } | { ok: false; message: string };

/** `learner.` and `clock.` written in one letter: most of a move's name. */
const PREFIXES: [string, string][] = [
  ["learner.", "l."],
  ["clock.", "c."],
];

const shortType = (type: string) => PREFIXES.reduce((name, [long, short]) => (name.startsWith(long) ? short + name.slice(long.length) : name), type);
const longType = (type: string) => PREFIXES.reduce((name, [long, short]) => (name.startsWith(short) ? long + name.slice(short.length) : name), type);

function compact(state: ResumeState): unknown {
  if (state.kind === "scenario") return { v: SUSPEND_FORMAT, k: "s", i: state.id, h: state.hash, m: state.moves.map(({ type, ...fields }) => ({ t: shortType(type), ...fields })) };
  return { v: SUSPEND_FORMAT, k: "q", i: state.id, h: state.hash, o: state.mode === "assessment" ? 1 : 0, c: state.certaintyBased ? 1 : 0, s: state.seed, q: state.questionIds, a: state.tries, p: state.position };
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The shortest writing of `state`: plain JSON, or deflated JSON in base64. */
export function encodeResume(state: ResumeState): string {
  const json = JSON.stringify(compact(state));
  const plain = `J${json}`;
  const packed = `Z${toBase64(deflateSync(strToU8(json), { level: 9 }))}`;
  return packed.length < plain.length ? packed : plain;
}

/** Whether a written state fits SCORM 1.2's `cmi.suspend_data`. */
export function fitsSuspendData(text: string): boolean {
  return text.length <= SUSPEND_DATA_MAX;
}

const DAMAGED = "l'état enregistré par la plateforme est illisible";

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === "string");

function expand(data: unknown): ResumeState | undefined {
  if (!isRecord(data) || data.v !== SUSPEND_FORMAT || typeof data.i !== "string" || typeof data.h !== "string") return undefined;
  if (data.k === "s") {
    if (!Array.isArray(data.m) || !data.m.every((move) => isRecord(move) && typeof move.t === "string")) return undefined;
    const moves = (data.m as Record<string, unknown>[]).map(({ t, ...fields }) => ({ type: longType(t as string), ...fields }));
    return { kind: "scenario", id: data.i, hash: data.h, moves };
  }
  if (data.k === "q") {
    if (typeof data.s !== "number" || !isStringArray(data.q) || typeof data.p !== "number" || !isRecord(data.a)) return undefined;
    const tries = data.a as Record<string, unknown>;
    if (!Object.values(tries).every((list) => Array.isArray(list) && list.every((item) => isRecord(item) && isRecord(item.answer) && typeof item.answer.type === "string"))) return undefined;
    return {
      kind: "quiz",
      id: data.i,
      hash: data.h,
      mode: data.o === 1 ? "assessment" : "training",
      certaintyBased: data.c === 1,
      seed: data.s,
      questionIds: data.q,
      tries: tries as Record<string, QuizTryData[]>,
      position: data.p,
    };
  }
  return undefined;
}

/** What `encodeResume` wrote, or why it cannot be read (in French). An empty text is no state: a first visit. */
export function decodeResume(text: string): DecodedResume | null {
  if (text === "") return null;
  try {
    const json = text.startsWith("Z") ? strFromU8(inflateSync(fromBase64(text.slice(1)))) : text.startsWith("J") ? text.slice(1) : "";
    const state = expand(JSON.parse(json));
    return state !== undefined ? { ok: true, state } : { ok: false, message: DAMAGED };
  } catch {
    return { ok: false, message: DAMAGED };
  }
}
