/**
 * The notions of the course a scenario practises: those of the decision points its engine's answer
 * key goes through (`notionsOfDecisionPoint`, the same mapping mastery counts a played decision
 * by), and those of the course's situations it puts the learner in (./coverage.ts: the letter, the
 * formal notice, the order for payment a follow-up decision does not name). Derived from the key
 * rather than declared in the file, so that a teacher cannot claim a notion the scenario never
 * asks about; the course pages link each notion to these scenarios, and the coverage test checks
 * that every notion of the five stages has one.
 */
import { NOTION_IDS, notionsOfDecisionPoint, type NotionId, type Scenario } from "@/domain";
import { situationsPractisedBy } from "./coverage";
import { solveScenario } from "./index";

/** The notions of the scenario's decisions and situations, in the course's order (`NOTION_IDS`), each once. */
export function notionsPractisedBy(scenario: Scenario): NotionId[] {
  const solved = solveScenario(scenario);
  const practised = new Set([
    ...solved.result.trace.flatMap((entry) => notionsOfDecisionPoint(entry.decisionPoint)),
    ...situationsPractisedBy({ scenario, solved }).map((situation) => situation.notion),
  ]);
  return NOTION_IDS.filter((notion) => practised.has(notion));
}
