/**
 * What an LMS package tells its launch page (`activite/index.html`): the activity it plays, written
 * by the packager in `activite.js`, a classic script that works from any folder and from a local
 * file (a fetch of a JSON file would not). The page reads the global it sets, then checks the text
 * as a share link's before playing it (docs/decisions/0126).
 */
import type { ActivityKind } from "../results/vocabulary";

export const ACTIVITY_FORMAT = 1;
/** The global `activite.js` sets. */
export const ACTIVITY_GLOBAL = "ATELIER_ACTIVITE";
/** The script's name, beside the page. */
export const ACTIVITY_SCRIPT = "activite.js";

export interface LmsActivity {
  format: typeof ACTIVITY_FORMAT;
  kind: ActivityKind;
  id: string;
  title: string;
  /** The scenario's or quiz's JSON text, as a teacher's file holds it: checked by the page. */
  text: string;
  /** 0–100: the score that passes, unless the LMS gives its own (`cmi.student_data.mastery_score`). */
  masteryScore?: number;
}

/**
 * The text of `activite.js`. JSON is a JavaScript expression; `<`, U+2028 and U+2029 are escaped so
 * that no text of the content can close a script element or break an older parser.
 */
export function activityScript(activity: LmsActivity): string {
  const json = JSON.stringify(activity).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
  return `window.${ACTIVITY_GLOBAL} = ${json};\n`;
}

export type ActivityRead = { ok: true; activity: LmsActivity } | { ok: false; message: string };

const BROKEN = "Le fichier de l'activité (activite.js) est abîmé";

function isMastery(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 100;
}

/** The global read from the page, or what is wrong with it, in French. */
export function readActivity(value: unknown): ActivityRead {
  if (value === undefined || value === null) return { ok: false, message: "Ce paquet ne contient aucune activité\u00a0: le fichier activite.js manque à côté de la page, ou ne décrit rien." };
  if (typeof value !== "object") return { ok: false, message: `${BROKEN}\u00a0: il ne décrit pas une activité.` };
  const data = value as Record<string, unknown>;
  if (data.format !== ACTIVITY_FORMAT) return { ok: false, message: `${BROKEN}\u00a0: son format (${JSON.stringify(data.format) ?? "absent"}) n'est pas celui que cette version de l'atelier lit (${ACTIVITY_FORMAT}).` };
  if (data.kind !== "scenario" && data.kind !== "quiz") return { ok: false, message: `${BROKEN}\u00a0: «\u00a0kind\u00a0» vaut ${JSON.stringify(data.kind) ?? "rien"}, au lieu de «\u00a0scenario\u00a0» ou «\u00a0quiz\u00a0».` };
  for (const field of ["id", "title", "text"] as const) {
    if (typeof data[field] !== "string" || data[field] === "") return { ok: false, message: `${BROKEN}\u00a0: le champ «\u00a0${field}\u00a0» manque ou est vide.` };
  }
  if (data.masteryScore !== undefined && !isMastery(data.masteryScore)) return { ok: false, message: `${BROKEN}\u00a0: le seuil de réussite (masteryScore) doit être un nombre de 0 à 100.` };
  const { kind, id, title, text, masteryScore } = data as unknown as LmsActivity;
  return { ok: true, activity: { format: ACTIVITY_FORMAT, kind, id, title, text, ...(masteryScore !== undefined ? { masteryScore } : {}) } };
}
