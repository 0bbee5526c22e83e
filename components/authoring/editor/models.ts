/** A bundled scenario offered as a model: its text as written, passed by the page (the catalog is read at build time). */
export interface ScenarioModel {
  id: string;
  title: string;
  text: string;
}

/**
 * The copy a teacher starts from: the model's text, renamed (« … (copie) », id « …-copie ») so
 * that the library and the learner's saved games never take it for the bundled scenario.
 */
export function copyOfModel(model: ScenarioModel): { title: string; text: string } {
  const data = JSON.parse(model.text) as Record<string, unknown>;
  const title = `${model.title} (copie)`;
  return { title, text: JSON.stringify({ ...data, id: `${model.id}-copie`, title }, null, 2) };
}
