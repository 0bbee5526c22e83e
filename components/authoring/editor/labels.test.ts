import { describe, expect, it } from "vitest";
import { formSchema } from "./draftCheck";
import { fieldLabel, HIDDEN_FIELDS, OPTION_LABELS, SECTIONS } from "./labels";
import { labelKeys, optionValues, type JsonSchema } from "./schemaNode";

const scenario = formSchema("scenario");

describe("every field of the scenario format has French words", () => {
  it("a label for each field, found by its path or its name", () => {
    expect(labelKeys(scenario).filter((key) => fieldLabel(key) === undefined)).toEqual([]);
  });

  it("a label for each text choice (numbers are written in French by optionLabel)", () => {
    const unnamed = optionValues(scenario).filter((value) => typeof value === "string" && OPTION_LABELS[value] === undefined);
    expect([...new Set(unnamed)]).toEqual([]);
  });

  it("a section for each top-level field the teacher edits", () => {
    const placed = new Set(SECTIONS.flatMap((section) => section.fields));
    expect(Object.keys(scenario.properties ?? {}).filter((key) => !placed.has(key) && !HIDDEN_FIELDS.has(key))).toEqual([]);
  });

  it("no help sends the teacher to the developers' files (decision records, READMEs, source files)", () => {
    const helps = [...new Set(labelKeys(scenario))].flatMap((key) => fieldLabel(key)?.help ?? []);
    expect(helps.length).toBeGreaterThan(50);
    expect(helps.filter((help) => /docs\/|decisions|README|\.md\b|\.ts\b|scenarios\//u.test(help))).toEqual([]);
  });

  it("a field added to the format without words is caught", () => {
    const grown: JsonSchema = { ...scenario, properties: { ...scenario.properties, classroomCode: { type: "string" } } };
    expect(labelKeys(grown).filter((key) => fieldLabel(key) === undefined)).toEqual(["classroomCode"]);
  });
});
