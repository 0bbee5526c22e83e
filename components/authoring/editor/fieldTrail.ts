/**
 * Where a check's message belongs in the form: its path (« customers[1].creditLimit », a note's
 * key « notes.hints.intake.credit[0] » with its dots) read along the schema into the words the
 * teacher sees (« Clients › Client 2 › Plafond d'encours ») and the paths of the fields that hold
 * it, deepest first, so that the summary can focus the closest field drawn on the page.
 */
import { fieldLabel, type FieldLabel } from "./labels";
import { fieldKind, type JsonSchema } from "./schemaNode";

export interface FieldTrail {
  /** The top-level field (« customers »), which names the section; "" for the document itself. */
  root: string;
  /** The words of each step, outermost first. */
  words: string[];
  /** The paths of each step as the check writes them, deepest first: the first drawn one is focused. */
  paths: string[];
  /** What the format does not know, as written (a misspelt field of a file, « creditLimt »); "" when every step has its words. */
  unresolved: string;
}

/** A trail as every page says it (« Clients › Client 1 › Plafond d'encours »); a field the format lacks keeps its own name, the one to correct. */
export function trailText(trail: FieldTrail): string {
  return [...trail.words, ...(trail.unresolved === "" ? [] : [trail.unresolved])].join(" › ");
}


/**
 * The property of an object (or of one of a union's variants) that starts `rest`, the longest first;
 * of variants that share a name, the one whose field goes on as the path does (a multiple choice's
 * « correct[0] » is an item of its list, not the single choice's text).
 */
function propertyAt(node: JsonSchema, rest: string): [string, JsonSchema] | undefined {
  const field = fieldKind(node);
  const candidates = field.kind === "object" ? field.properties : field.kind === "union" ? field.variants.flatMap((variant) => Object.entries(variant.properties ?? {})) : [];
  const goesOn = ([name, child]: [string, JsonSchema]): number => {
    const after = rest.slice(name.length);
    const kind = fieldKind(child).kind;
    return after === "" || (after.startsWith("[") ? kind === "array" : ["object", "union", "record"].includes(kind)) ? 1 : 0;
  };
  return candidates
    .filter(([name]) => rest === name || rest.startsWith(`${name}.`) || rest.startsWith(`${name}[`))
    .sort((a, b) => b[0].length - a[0].length || goesOn(b) - goesOn(a))[0];
}

/** `labels`: the format's words, the scenario's unless given (the quiz editor's). */
export function fieldTrail(schema: JsonSchema, path: string, labels: (labelKey: string) => FieldLabel | undefined = fieldLabel): FieldTrail {
  const words: string[] = [];
  const paths: string[] = [];
  let node: JsonSchema = schema;
  let labelKey = "";
  let done = "";
  let rest = path;
  let itemNoun = "Élément";
  for (let guard = 0; rest !== "" && guard < 64; guard += 1) {
    const field = fieldKind(node);
    const index = /^\[(\d+)\]\.?/.exec(rest);
    if (index !== null && field.kind === "array") {
      words.push(`${itemNoun} ${Number(index[1]) + 1}`);
      done = `${done}[${index[1]}]`;
      labelKey = `${labelKey}[]`;
      node = field.items;
      rest = rest.slice(index[0].length);
    } else if (field.kind === "record") {
      // A key may hold dots (« intake.credit »): it runs to the next index, or to the end.
      const key = /^[^[]*/.exec(rest)?.[0] ?? rest;
      words.push(key);
      done = done === "" ? key : `${done}.${key}`;
      labelKey = `${labelKey}.*`;
      itemNoun = labels(labelKey)?.item ?? "Élément";
      node = field.values;
      rest = rest.slice(key.length);
    } else {
      const found = propertyAt(node, rest);
      if (found === undefined) break;
      const [name, child] = found;
      labelKey = labelKey === "" ? name : `${labelKey}.${name}`;
      words.push(labels(labelKey)?.label ?? name);
      itemNoun = labels(labelKey)?.item ?? "Élément";
      done = done === "" ? name : `${done}.${name}`;
      node = child;
      rest = rest.slice(name.length).replace(/^\./, "");
    }
    paths.unshift(done);
  }
  return { root: path === "" ? "" : (/^[^.[]+/.exec(path)?.[0] ?? ""), words, paths: [...(rest === "" ? [] : [path]), ...paths, ""], unresolved: rest };
}
