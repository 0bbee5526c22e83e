import { bundledScenarioTexts } from "@/components/authoring/library/bundled";
import { CATALOG } from "@/components/catalog/catalog";

/** Written once at build time: the bundled scenarios' texts, fetched by the teacher's page on demand. */
export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(bundledScenarioTexts(CATALOG));
}
