/**
 * Which bundled scenarios practise each notion of the course, for the course pages' « S'entraîner »:
 * the notions of each scenario's engine key (`notionsPractisedBy`), computed once at build time.
 * It plays every scenario's answer key, so like catalog.ts only the server pages of app/ import it
 * and pass the lists down as plain data (docs/decisions/0101).
 */
import { NOTION_IDS, type NotionId } from "@/domain";
import { notionsPractisedBy } from "@/machines/answerKey/notions";
import { CATALOG } from "./catalog";
import { summarize } from "./summary";

export interface PracticeScenario {
  id: string;
  title: string;
}

let computed: Record<NotionId, PracticeScenario[]> | undefined;

/** Each notion's scenarios, in the catalogue's order; computed once per build worker, as the six course pages ask for the same. */
export function practiceByNotion(): Record<NotionId, PracticeScenario[]> {
  computed ??= computePractice();
  return computed;
}

function computePractice(): Record<NotionId, PracticeScenario[]> {
  const practice = Object.fromEntries(NOTION_IDS.map((notion) => [notion, [] as PracticeScenario[]])) as Record<NotionId, PracticeScenario[]>;
  for (const { scenario } of CATALOG) {
    const { id, title } = summarize(scenario);
    for (const notion of notionsPractisedBy(scenario)) practice[notion].push({ id, title });
  }
  return practice;
}
