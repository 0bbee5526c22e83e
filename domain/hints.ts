/**
 * The hints of a decision point, any stage: the teacher's come first, then the engine's. Its own
 * module, not stage 2's hints (processing/hints.ts) where it was: every stage machine reads it
 * (machines/decisionSupport.ts), and from there it brought stage 2's answer key into every other
 * stage's chunk (docs/decisions/0151).
 */
export function hintsFor(teacherHints: readonly string[] | undefined, engineHints: readonly string[]): string[] {
  return [...(teacherHints ?? []), ...engineHints];
}
