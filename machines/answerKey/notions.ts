/**
 * The notions of the course a scenario practises: those of the decision points its engine's answer
 * key goes through (`notionsOfDecisionPoint`, the same mapping mastery counts a played decision
 * by). Derived from the key rather than declared in the file, so that a teacher cannot claim a
 * notion the scenario never asks about; the course pages link each notion to these scenarios, and
 * the coverage test checks that every notion has one.
 */
import { NOTION_IDS, notionsOfDecisionPoint, type NotionId, type Scenario } from "@/domain";
import { solveScenario } from "./index";

/** The notions of the decision points of the scenario's answer key, in the course's order (`NOTION_IDS`), each once. */
export function notionsPractisedBy(scenario: Scenario): NotionId[] {
  const practised = new Set(solveScenario(scenario).result.trace.flatMap((entry) => notionsOfDecisionPoint(entry.decisionPoint)));
  return NOTION_IDS.filter((notion) => practised.has(notion));
}
