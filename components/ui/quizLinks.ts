import { isNotionId, notionsOfDecisionPoint, type NotionId, type TraceEntry } from "@/domain";

/**
 * The quiz on the notions a scenario missed: the scenario's end screen writes its address, the quiz
 * page reads it (`/quiz/notions/?n=creditLimit,deposit`; the site is static, so the notions travel
 * in the query).
 */
export function notionsQuizHref(notions: readonly NotionId[]): string {
  return `/quiz/notions/?n=${notions.join(",")}`;
}

/** The notions named in the address, known ones only, each once, in the order given. */
export function notionsOfQuery(query: string | null): NotionId[] {
  return [...new Set((query ?? "").split(",").map((part) => part.trim()))].filter(isNotionId);
}

/** The notions of the decisions not wholly right, each once, in the order of the game. */
export function missedNotions(trace: readonly TraceEntry[]): NotionId[] {
  return [...new Set(trace.filter((entry) => !entry.correct).flatMap((entry) => notionsOfDecisionPoint(entry.decisionPoint)))];
}
