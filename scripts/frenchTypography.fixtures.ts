/**
 * The bundled scenarios and quizzes held to French typography (scripts/bundledScenarios.test.ts,
 * scripts/bundledQuizzes.test.ts): every text of a file, walked with its path as `validate` writes
 * it. Every string is a text here: ids, dates, amounts and references hold no space, and JSON keys
 * (decision points, invoice numbers) are not walked. A field the learner types rather than reads
 * (a quiz blank's `accepted` words and `choices`, quizzes/README.md) keeps its ordinary spaces and is skipped.
 */
import { breakableFrenchSpaces, type BreakableSpace } from "@/domain";
import { childPath } from "@/domain/scenarioInput";

/** « where : espace ordinaire avant « : » dans « …texte… » (U+00A0 attendu) »: one space at fault, named for the test's failure. */
export function breakableSpaceMessage(where: string, { mark, excerpt }: BreakableSpace): string {
  return `${where} : espace ordinaire ${mark === "«" ? "après « « »" : `avant « ${mark} »`} dans « ${excerpt} » (U+00A0 attendu)`;
}

/** « fichier : chemin : espace ordinaire avant « : » dans « …texte… » », one line per space at fault, in the order of the file. */
export function breakableFrenchSpacesOf(data: unknown, file: string, typedFields: ReadonlySet<string> = new Set()): string[] {
  const found: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === "string") {
      for (const space of breakableFrenchSpaces(value)) found.push(breakableSpaceMessage(`${file} : ${path}`, space));
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, childPath(path, i)));
    } else if (typeof value === "object" && value !== null) {
      for (const [key, item] of Object.entries(value)) if (!typedFields.has(key)) walk(item, childPath(path, key));
    }
  };
  walk(data, "");
  return found;
}
