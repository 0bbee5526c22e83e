import { fileNameSlug } from "@/domain";
import type { LibraryKind, LibraryRecord } from "@/store/teacherLibrary";

const DEFAULT_FILE_NAMES: Record<LibraryKind, string> = { scenario: "scenario", quiz: "questionnaire" };

/** The name of a file made from a record (its text, its SCORM package): its title, or its kind when the title gives no name. */
export function recordFileName(record: Pick<LibraryRecord, "kind" | "title">, extension: "json" | "zip"): string {
  return `${fileNameSlug(record.title) || DEFAULT_FILE_NAMES[record.kind]}.${extension}`;
}
