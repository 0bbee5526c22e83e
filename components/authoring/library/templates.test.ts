import { describe, expect, it } from "vitest";
import { STAGE_IDS } from "@/domain";
import { CATALOG } from "@/components/catalog/catalog";
import { checkContent } from "../library";
import { bundledScenarioTexts } from "./bundled";
import { baseScenarioId, BLANK_DOCUMENTS, copyOfBundled, fromTemplate, SCENARIO_TEMPLATES } from "./templates";

const TEXTS = bundledScenarioTexts(CATALOG);
const textOf = (id: string) => {
  const found = TEXTS.find((text) => text.id === id);
  if (!found) throw new Error(`scénario livré ${id} absent`);
  return found;
};

describe("templates and copies of the bundled scenarios", () => {
  it("serves each bundled scenario's JSON as written, amounts as decimal strings", () => {
    expect(TEXTS).toHaveLength(CATALOG.length);
    const credit = JSON.parse(textOf("depassement-d-encours").text) as { company: { policies: { newCustomerCreditLimit: unknown } } };
    expect(credit.company.policies.newCustomerCreditLimit).toBe("2000.00");
  });

  it("offers one template per stage of the course, each from a bundled scenario that plays that stage", async () => {
    expect(SCENARIO_TEMPLATES.map((template) => template.stage)).toEqual([...STAGE_IDS]);
    for (const template of SCENARIO_TEMPLATES) {
      expect(CATALOG.find((entry) => entry.scenario.id === template.source)?.scenario.stages).toContain(template.stage);
    }
  });

  it.each(SCENARIO_TEMPLATES.map((template) => [template.label, template] as const))("the template «\u00a0%s\u00a0» passes the full check under its own id and title", async (_label, template) => {
    const made = fromTemplate(template, textOf(template.source).text);
    const checked = await checkContent("scenario", made.text, made.title, "teacher");
    expect(checked).toMatchObject({ ok: true, kind: "scenario", title: made.title });
    expect(made.title).toMatch(/^Mon scénario\u00a0: [a-zé]/u);
    expect(checked.ok && checked.kind === "scenario" && checked.scenario.id).toBe(`${template.source}-modele`);
  });

  it("copies a bundled scenario under «\u00a0(copie)\u00a0» and another id, every other field as written", async () => {
    const source = textOf("mentions-manquantes");
    const copy = copyOfBundled(source);
    expect(copy.title).toBe("Contrôler une facture avant son envoi (copie)");
    const { id, title, ...rest } = JSON.parse(copy.text) as Record<string, unknown>;
    const { id: _id, title: _title, ...original } = JSON.parse(source.text) as Record<string, unknown>;
    expect([id, title]).toEqual(["mentions-manquantes-copie", copy.title]);
    expect(rest).toEqual(original);
    expect((await checkContent("scenario", copy.text, copy.title, "teacher")).ok).toBe(true);
  });

  it("finds the bundled scenario a template or a copy was made from by its id, and none for another id", () => {
    const template = SCENARIO_TEMPLATES[0]!;
    const made = JSON.parse(fromTemplate(template, textOf(template.source).text).text) as { id: string };
    const copied = JSON.parse(copyOfBundled(textOf("mentions-manquantes")).text) as { id: string };
    expect([baseScenarioId(made.id), baseScenarioId(copied.id)]).toEqual([template.source, "mentions-manquantes"]);
    expect([baseScenarioId("mon-scenario"), baseScenarioId("-modele"), baseScenarioId("depassement-d-encours")]).toEqual([undefined, undefined, undefined]);
  });

  it("starts a blank scenario that the check says is incomplete, field by field", async () => {
    const blank = BLANK_DOCUMENTS.scenario;
    const checked = await checkContent("scenario", blank.text, blank.title, "teacher");
    expect(checked.ok).toBe(false);
    const messages = checked.ok ? [] : checked.messages;
    expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/^Nouveau scénario\u00a0: Objectifs\u00a0: /u), expect.stringMatching(/^Nouveau scénario\u00a0: L'entreprise › Identité de l'entreprise › Raison sociale\u00a0: /u)]));
  });

  it("starts a blank quiz whose only missing piece is its summary", async () => {
    const blank = BLANK_DOCUMENTS.quiz;
    const checked = await checkContent("quiz", blank.text, blank.title, "teacher");
    expect(checked).toEqual({ ok: false, messages: ["Nouveau questionnaire\u00a0: Résumé\u00a0: texte vide (des espaces seuls ne comptent pas)"] });
  });
});
