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
export function learnerTitle(activity: Pick<ClassroomActivity, "title" | "classroom">): string {
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
 * Passed or not yet, against the teacher's pass mark; none without one. Judged on the percent the
 * learner reads beside it (a scenario's `StageScore.percent`, a quiz's `quizPercent`), so that the
 * verdict never contradicts the figure: 60 % of 20 points is 12 points, passed; 11,5 points shows
 * 58 %, not yet (docs/decisions/0123).
 */
export function passVerdict(classroom: ClassroomSettings | undefined, percentShown: number): PassVerdict | undefined {
  const passMark = classroom?.passMark;
  return passMark === undefined ? undefined : { passed: percentShown >= passMark, passMark };
}
