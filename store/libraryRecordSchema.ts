import * as z from "zod/mini";

/**
 * The shape of a record of the teacher's library (store/teacherLibrary.ts), in its own module so
 * that the pages of the teacher's space load zod/mini with the library, not in their first load.
 */
export const libraryRecordSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  kind: z.enum(["scenario", "quiz"]),
  title: z.string(),
  /** The JSON as the teacher wrote it, kept as text: a draft need not be valid yet. */
  text: z.string(),
  /** When it was last saved (ISO 8601). */
  updatedAt: z.string(),
  /** How many times it was saved: an editor saves on top of the revision it opened, never of a newer one. */
  revision: z.int().check(z.minimum(1)),
});

export type LibraryRecord = z.infer<typeof libraryRecordSchema>;

export type ParseLibraryRecord = (value: unknown) => LibraryRecord | undefined;

/** The record when it has the shape, else undefined: the library names it as damaged, never shows zod's words. */
export const parseLibraryRecord: ParseLibraryRecord = (value) => {
  const parsed = libraryRecordSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
};
