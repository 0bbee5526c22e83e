/**
 * The teacher's settings for a class (docs/decisions/0123), read the same way for a scenario and a
 * quiz: the title a learner sees, whether the activity is played as an assessment, and the verdict
 * against the pass mark. The settings live in the content (`classroom` in both formats), so that
 * they travel with a file, a share link or a package.
 */
import type { z } from "zod";
import type { classroomSchema } from "./scenario";

/** `classroom` as written in a scenario or a quiz file. */
export type ClassroomSettings = z.output<typeof classroomSchema>;

/** What a learner may be shown of an activity: a scenario, a quiz, or their summaries. */
export interface ClassroomActivity {
  title: string;
  summary: string;
  classroom?: ClassroomSettings | undefined;
}

/** The title a learner reads: the teacher's neutral one when set. */
export function learnerTitle(activity: ClassroomActivity): string {
  return activity.classroom?.title ?? activity.title;
}

/** The summary a learner reads: none under a neutral title, whose point is to give nothing away. */
export function learnerSummary(activity: ClassroomActivity): string | undefined {
  return activity.classroom?.title !== undefined ? undefined : activity.summary;
}

/** Played as an assessment: no feedback and no hint until the end. */
export function isAssessment(activity: { classroom?: ClassroomSettings | undefined }): boolean {
  return activity.classroom?.assessment === true;
}

export interface PassVerdict {
  passed: boolean;
  /** The teacher's pass mark, in percent. */
  passMark: number;
}

/**
 * Passed or not yet, against the teacher's pass mark; none without one. Judged on the points, not
 * on the rounded percent, so that the boundary is exact (60 % of 20 points: 12 passes, 11,5 does
 * not); points below zero (certainty-based marking) count as none.
 */
export function passVerdict(classroom: ClassroomSettings | undefined, points: number, maxPoints: number): PassVerdict | undefined {
  const passMark = classroom?.passMark;
  if (passMark === undefined) return undefined;
  // Points are halves and quarters, and a third with partial credit: a tolerance far below them keeps 2/3 × 3 = 2.
  const passed = Math.max(0, points) * 100 >= passMark * maxPoints - 1e-9;
  return { passed, passMark };
}
