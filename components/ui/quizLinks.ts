import { isNotionId, type NotionId } from "@/domain";

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
