import type { StageId } from "@/domain";
import { isLocalFile, siteUrl } from "@/components/ui/siteRoot";

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

/** The file, from the site's root. */
export const BUNDLED_SCENARIOS_URL = "enseignant/scenarios-livres.json";

/** Said where the site is opened from a file: browsers refuse to read one file from another page's script. */
export const BUNDLED_FROM_FILE =
  "Les scénarios livrés ne peuvent pas être lus quand l'atelier est ouvert comme un fichier (clé USB, lecteur partagé)\u00a0: ouvrez l'atelier depuis un serveur (celui du lycée, par exemple) pour copier un scénario livré ou partir d'un modèle.";

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
  const url = siteUrl(BUNDLED_SCENARIOS_URL);
  if (isLocalFile(url)) throw new Error(BUNDLED_FROM_FILE);
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`réponse ${response.status}`);
    const data: unknown = await response.json();
    if (!Array.isArray(data) || !data.every(isBundledText)) throw new Error("contenu inattendu");
    return data;
  } catch (error) {
    throw new Error(`Les scénarios livrés n'ont pas pu être chargés (${error instanceof Error ? error.message : String(error)})\u00a0: vérifiez la connexion au site puis réessayez.`);
  }
}
