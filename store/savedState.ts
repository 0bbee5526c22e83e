import * as z from "zod/mini";
// Deep imports: the domain's index would bring full zod (domain/scenario.ts) into every page with the store.
import { embeddedScenario, scenarioFingerprint, withoutScenario } from "@/domain";
import { EMPTY_HISTORY } from "./historySlice";
import { EMPTY_QUIZ_PROGRESS } from "./quizSlice";
import { STORE_VERSION } from "./saveFormat";
import {
  archivedRunSchema,
  attemptSchema,
  calculatorDraftSchema,
  leitnerCardSchema,
  quizEvidenceSchema,
  quizProgressSchema,
  quizSessionSchema,
  runHistorySchema,
  type Attempt,
  type QuizProgress,
  type RunHistory,
} from "./savedSchemas";

/** What is written to the browser: data only, never functions or derived values. */
export const persistedSchema = z.strictObject({
  calculator: calculatorDraftSchema,
  attempts: z.record(z.string(), attemptSchema),
  quiz: quizProgressSchema,
  history: runHistorySchema,
});
export type PersistedState = z.infer<typeof persistedSchema>;

type SavedObject = Record<string, unknown>;
type Migration = (state: SavedObject) => SavedObject;

/**
 * 3 → 4 for one game: the scenario copies leave the snapshot, the hash of the copy it was played
 * on stays. A copy that differs from today's scenario then shows as a changed scenario, rather than
 * the game going on with the old copy. Anything else is left to `restore`.
 */
function referToScenario(attempt: unknown): unknown {
  if (!isObject(attempt)) return attempt;
  const copy = embeddedScenario(attempt.snapshot);
  return { ...attempt, scenarioHash: copy === undefined ? null : scenarioFingerprint(copy), snapshot: withoutScenario(attempt.snapshot) };
}

/**
 * The migration chain: MIGRATIONS[n] turns a version-n state into version n+1. A step only converts
 * shapes; what still does not validate afterwards is sorted out by `restore`, slice by slice, and
 * named to the learner. Adding a version is one function here and one fixture in store/fixtures/.
 */
const MIGRATIONS: readonly Migration[] & { readonly length: typeof STORE_VERSION } = [
  // 0 → 1: version 0 is zustand's default, before the store was numbered; the calculator had the same shape.
  (state) => state,
  // 1 → 2: attempts appear. A save that already holds some (a development build) keeps them.
  (state) => ({ ...state, attempts: state.attempts ?? {} }),
  // 2 → 3: decisions are scored in parts, so points may be fractional (docs/decisions/0094); whole
  // points still validate and trace entries without parts are shown as before.
  (state) => state,
  // 3 → 4: a game refers to its scenario by id and content hash instead of holding two copies of it (docs/decisions/0102).
  (state) => (isObject(state.attempts) ? { ...state, attempts: Object.fromEntries(Object.entries(state.attempts).map(([id, attempt]) => [id, referToScenario(attempt)])) } : state),
  // 4 → 5: the quizzes appear (issue 12): no answer, no card, no quiz under way.
  (state) => ({ ...state, quiz: state.quiz ?? EMPTY_QUIZ_PROGRESS }),
  // 5 → 6: attempts are kept (issue 13, docs/decisions/0120): an empty history; the current games
  // and quizzes stay where they are, and their decisions have no measured time.
  (state) => ({ ...state, history: state.history ?? EMPTY_HISTORY }),
] as const;

/** What went wrong when reading a save; every kind has its French message in `damageMessage`. */
export type Damage =
  | { kind: "notJson" }
  | { kind: "notASave" }
  | { kind: "newerVersion"; version: number }
  | { kind: "partial"; calculatorLost: boolean; quizLost: boolean; historyLost: boolean; lostScenarios: string[]; repairedScenarios: string[] };

export interface LoadedSave {
  /** What is kept (undefined: start afresh). */
  state: Partial<PersistedState> | undefined;
  damage: Damage | null;
}

function isObject(value: unknown): value is SavedObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** The status the snapshot implies: the player's persisted snapshot says itself whether the game is over. */
function impliedStatus(snapshot: unknown): Attempt["status"] {
  return isObject(snapshot) && snapshot.status === "done" ? "done" : "inProgress";
}

type AttemptOutcome = { kept: Attempt; repaired: boolean } | null;

function restoreAttempt(attempt: unknown): AttemptOutcome {
  const parsed = attemptSchema.safeParse(attempt);
  if (parsed.success) return { kept: parsed.data, repaired: false };
  if (!isObject(attempt)) return null;
  const repaired = attemptSchema.safeParse({ ...attempt, status: impliedStatus(attempt.snapshot) });
  return repaired.success ? { kept: repaired.data, repaired: true } : null;
}

/** The entries of `items` (an array's, by index, or a record's) whose value validates. */
function validEntries<T>(items: unknown, schema: z.ZodMiniType<T>): [string, T][] {
  const entries = Array.isArray(items) ? items.map((item, index): [string, unknown] => [String(index), item]) : isObject(items) ? Object.entries(items) : [];
  return entries.flatMap(([key, item]): [string, T][] => {
    const parsed = schema.safeParse(item);
    return parsed.success ? [[key, parsed.data]] : [];
  });
}

/** Every answer, card and quiz under way that validates, on its own: one damaged answer costs only itself. */
function restoreQuiz(quiz: unknown): { kept: QuizProgress; lost: boolean } {
  const parsed = quizProgressSchema.safeParse(quiz);
  if (parsed.success) return { kept: parsed.data, lost: false };
  const part = isObject(quiz) ? quiz : {};
  return {
    kept: {
      evidence: validEntries(part.evidence, quizEvidenceSchema).map(([, entry]) => entry),
      cards: Object.fromEntries(validEntries(part.cards, leitnerCardSchema)),
      sessions: Object.fromEntries(validEntries(part.sessions, quizSessionSchema)),
    },
    lost: true,
  };
}

/** Every archived attempt that validates, on its own: one damaged line of the history costs only itself. */
function restoreHistory(history: unknown): { kept: RunHistory; lost: boolean } {
  const parsed = runHistorySchema.safeParse(history);
  if (parsed.success) return { kept: parsed.data, lost: false };
  const part = isObject(history) ? history : {};
  const runsOf = (byActivity: unknown) =>
    Object.fromEntries(Object.entries(isObject(byActivity) ? byActivity : {}).map(([id, runs]) => [id, validEntries(runs, archivedRunSchema).map(([, run]) => run)]));
  return { kept: { scenarios: runsOf(part.scenarios), quizzes: runsOf(part.quizzes) }, lost: true };
}

/** Keeps every slice, and every attempt, that validates; names what was lost or repaired. */
function restore(state: SavedObject): LoadedSave {
  const whole = persistedSchema.safeParse(state);
  if (whole.success) return { state: whole.data, damage: null };
  const calculator = calculatorDraftSchema.safeParse(state.calculator);
  const quiz = restoreQuiz(state.quiz);
  const history = restoreHistory(state.history);
  const attempts: Record<string, Attempt> = {};
  const lostScenarios: string[] = [];
  const repairedScenarios: string[] = [];
  for (const [id, attempt] of Object.entries(isObject(state.attempts) ? state.attempts : {})) {
    const outcome = restoreAttempt(attempt);
    if (!outcome) lostScenarios.push(id);
    else {
      attempts[id] = outcome.kept;
      if (outcome.repaired) repairedScenarios.push(id);
    }
  }
  return {
    state: calculator.success ? { calculator: calculator.data, attempts, quiz: quiz.kept, history: history.kept } : { attempts, quiz: quiz.kept, history: history.kept },
    damage: { kind: "partial", calculatorLost: !calculator.success, quizLost: quiz.lost, historyLost: history.lost, lostScenarios, repairedScenarios },
  };
}

/**
 * Reads the text of a save (localStorage["atelier-grc"]), whatever its version: migrated to the
 * current one, with every slice that validates. Never throws.
 */
export function loadSave(text: string): LoadedSave {
  const json = parseJson(text);
  if (!json.ok) return { state: undefined, damage: { kind: "notJson" } };
  const envelope = json.value;
  if (!isObject(envelope) || !isObject(envelope.state) || !Number.isInteger(envelope.version) || (envelope.version as number) < 0) {
    return { state: undefined, damage: { kind: "notASave" } };
  }
  const version = envelope.version as number;
  if (version > STORE_VERSION) return { state: undefined, damage: { kind: "newerVersion", version } };
  const migrated = MIGRATIONS.slice(version).reduce((state, step) => step(state), envelope.state);
  return restore(migrated);
}

const START_AFRESH = "L'atelier repart de zéro.";

/** The French explanation of a damaged save; the lost and repaired games are listed by the view, with their titles. */
export function damageMessage(damage: Damage): string {
  switch (damage.kind) {
    case "notJson":
      return `Votre sauvegarde dans ce navigateur n'a pas pu être relue\u00a0: le texte enregistré est tronqué ou n'est pas du JSON. ${START_AFRESH}`;
    case "notASave":
      return `Votre sauvegarde dans ce navigateur n'a pas pu être relue\u00a0: elle ne contient ni partie ni calculette. ${START_AFRESH}`;
    case "newerVersion":
      return `Votre sauvegarde a été enregistrée par une version plus récente de l'atelier (version ${damage.version}), que cette page ne sait pas relire\u00a0: elle est gardée telle quelle, et ce que vous faites ici ne sera pas enregistré. Rechargez la page en étant connecté au réseau, ou acceptez la mise à jour proposée, pour retrouver votre travail.`;
    case "partial":
      return [
        "Votre sauvegarde dans ce navigateur était en partie endommagée\u00a0: tout ce qui était valide a été gardé.",
        damage.calculatorLost ? "La saisie de la calculette n'a pas pu être relue\u00a0: elle repart de l'exemple du cours." : "",
        damage.historyLost ? "Une partie de l'historique de vos tentatives n'a pas pu être relue\u00a0: le reste est gardé." : "",
        damage.quizLost ? "Une partie de vos réponses aux quiz n'a pas pu être relue\u00a0: votre maîtrise des notions et vos erreurs à revoir sont calculées sur le reste." : "",
      ]
        .filter(Boolean)
        .join(" ");
  }
}
