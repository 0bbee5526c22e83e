/**
 * What a SCORM package's launch page plays: the contract between the package and the page
 * `/activite/` (issue 14), written into `activite.js` beside the page. Stand-in, written by the
 * packaging work until the launch page's own module (same type, same writer) is merged: the two
 * must stay one.
 */

export type LmsActivityKind = "scenario" | "quiz";

export interface LmsActivity {
  format: 1;
  kind: LmsActivityKind;
  /** The scenario's or the quiz's id. */
  id: string;
  /** The title the learner reads (the teacher's neutral title when set). */
  title: string;
  /** The scenario or quiz file's JSON text, as written. */
  text: string;
  /** The percent that passes (`cmi.student_data.mastery_score`); none: completed, never failed. */
  masteryScore?: number;
}

/**
 * `activite.js`: one assignment, the JSON escaped so that no text of the teacher can close the
 * script or break a line of JavaScript (U+2028, U+2029 end a line in older engines).
 */
export function activityScript(activity: LmsActivity): string {
  const json = JSON.stringify(activity).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
  return `window.ATELIER_ACTIVITE = ${json};\n`;
}
