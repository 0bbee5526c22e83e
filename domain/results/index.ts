/**
 * The learner's results file and the teacher's class table (issue 13, docs/decisions/0109). The
 * schema and the loader of results files (zod's full build) are not here: they are imported by
 * their own path where a file is read (docs/decisions/0101).
 */
export * from "./vocabulary";
export type { ResultsParseResult } from "./load";
export * from "./sha256";
export * from "./checksum";
export * from "./build";
export * from "./duration";
export * from "./aggregate";
export * from "./csv";
