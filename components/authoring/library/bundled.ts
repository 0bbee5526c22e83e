import type { StageId } from "@/domain";

/**
 * The bundled scenarios as a teacher copies them: their JSON text as written (amounts as decimal
 * strings), served as one static file (`BUNDLED_SCENARIOS_URL`) that the teacher's page fetches
 * only when a copy or a template is asked for, so that its first load carries none of them.
 */
export interface BundledScenarioText {
  id: string;
  title: string;
  text: string;
}

/** What the teacher's page lists of a bundled scenario, passed by the server page. */
export interface BundledScenarioChoice {
  id: string;
  title: string;
  stages: readonly StageId[];
}

export const BUNDLED_SCENARIOS_URL = "/enseignant/scenarios-livres.json";

/** The file's text, two-space indented like the bundled files. */
export function jsonText(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

export function bundledScenarioTexts(entries: readonly { scenario: { id: string; title: string }; source: unknown }[]): BundledScenarioText[] {
  return entries.map(({ scenario, source }) => ({ id: scenario.id, title: scenario.title, text: jsonText(source) }));
}

function isBundledText(value: unknown): value is BundledScenarioText {
  if (typeof value !== "object" || value === null) return false;
  const { id, title, text } = value as Record<string, unknown>;
  return typeof id === "string" && typeof title === "string" && typeof text === "string";
}

/** The bundled texts; a failed fetch is said in French (the caller may keep the promise and retry on failure). */
export async function fetchBundledScenarios(): Promise<BundledScenarioText[]> {
  try {
    const response = await fetch(BUNDLED_SCENARIOS_URL);
    if (!response.ok) throw new Error(`réponse ${response.status}`);
    const data: unknown = await response.json();
    if (!Array.isArray(data) || !data.every(isBundledText)) throw new Error("contenu inattendu");
    return data;
  } catch (error) {
    throw new Error(`Les scénarios livrés n'ont pas pu être chargés (${error instanceof Error ? error.message : String(error)}) : vérifiez la connexion au site puis réessayez.`);
  }
}
