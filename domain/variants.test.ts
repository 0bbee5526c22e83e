import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatIssue, parseScenario } from "./scenarioLoad";
import { parseVariantPath, pseudonymSeed, validationSeeds, variantOf, variantRandom, type Variant } from "./variants";

const root = fileURLToPath(new URL("../", import.meta.url));
type Json = Record<string, unknown>;
const bundled = (name: string) => JSON.parse(readFileSync(join(root, "scenarios", name), "utf8")) as Json;

/** Scenario 02 (a credit limit exceeded) with a `variants` block. */
function withVariants(vary: unknown[], keeps: string[] = ["intake.credit"], name = "02-depassement-d-encours.json"): Json {
  return { ...bundled(name), variants: { vary, keeps } };
}

/** The value at a path of a variant's file. */
function at(variant: Variant, ...keys: (string | number)[]): unknown {
  return keys.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], variant.data);
}

const seeds = validationSeeds();

describe("variantOf: a seed draws one variant of the file as written", () => {
  it("reads paths the way validation errors write them", () => {
    expect(parseVariantPath("order.lines[0].quantity")).toEqual(["order", "lines", 0, "quantity"]);
    expect(parseVariantPath("events[12]")).toEqual(["events", 12]);
  });

  it("a range of numbers gives every value from min to max by its step, and nothing else", () => {
    const source = withVariants([{ path: "order.lines[0].quantity", min: 15, max: 30, step: 5 }]);
    const drawn = new Set(seeds.map((seed) => at(variantOf(source, seed), "order", "lines", 0, "quantity")));
    expect([...drawn].sort((a, b) => Number(a) - Number(b))).toEqual([15, 20, 25, 30]);
  });

  it("a range of rates keeps its decimals exact (no 0.30000000000000004)", () => {
    const source = withVariants([{ path: "order.lines[0].quantity", min: 0.1, max: 0.5, step: 0.1 }]);
    const drawn = new Set(seeds.map((seed) => at(variantOf(source, seed), "order", "lines", 0, "quantity")));
    expect([...drawn].sort()).toEqual([0.1, 0.2, 0.3, 0.4, 0.5]);
  });

  it("a range of amounts stays a decimal text, on its step", () => {
    const source = withVariants([{ path: "customers[0].creditLimit", min: "4000.00", max: "6000.00", step: "500.00" }]);
    const drawn = new Set(seeds.map((seed) => at(variantOf(source, seed), "customers", 0, "creditLimit")));
    expect([...drawn].sort()).toEqual(["4000.00", "4500.00", "5000.00", "5500.00", "6000.00"]);
    // Said as a sum of euros, as the teacher reads the figures of a learner's variant.
    const said = new Set(seeds.map((seed) => variantOf(source, seed).choices[0]?.description));
    expect([...said].sort()).toEqual(["4\u202f000", "4\u202f500", "5\u202f000", "5\u202f500", "6\u202f000"].map((euros) => `customers[0].creditLimit = ${euros},00\u00a0€`));
  });

  it("an amount without a step moves by the cent", () => {
    const source = withVariants([{ path: "products[0].unitPrice", min: "49.95", max: "50.05" }]);
    const drawn = seeds.map((seed) => at(variantOf(source, seed), "products", 0, "unitPrice") as string);
    expect(drawn.every((price) => /^\d+\.\d{2}$/u.test(price) && price >= "49.95" && price <= "50.05")).toBe(true);
    expect(new Set(drawn).size).toBe(11);
  });

  it("shiftDates moves every date of the file by the same number of days, and nothing else", () => {
    const source = withVariants([{ shiftDates: { min: -20, max: 20 } }]);
    const shifts = new Set<number>();
    for (const seed of seeds.slice(0, 50)) {
      const variant = variantOf(source, seed);
      const days = variant.choices[0]?.value as number;
      shifts.add(days);
      const moved = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
      expect(at(variant, "clock", "start")).toBe(moved("2026-03-09"));
      expect(at(variant, "order", "orderDate")).toBe(moved("2026-03-09"));
      expect(at(variant, "ledger", "openInvoices", 0, "issueDate")).toBe(moved("2026-02-10"));
      expect(at(variant, "ledger", "acceptedOrders", 0, "date")).toBe(moved("2026-03-02"));
      // Texts that merely contain a date are the teacher's words: not rewritten.
      expect(at(variant, "order", "message")).toBe((source.order as Json).message);
    }
    expect(Math.min(...shifts)).toBeGreaterThanOrEqual(-20);
    expect(Math.max(...shifts)).toBeLessThanOrEqual(20);
    expect(shifts.size).toBeGreaterThan(20);
  });

  it("shiftDates by whole weeks keeps every date on its day of the week", () => {
    const source = withVariants([{ shiftDates: { min: -21, max: 21, step: 7 } }]);
    const shifts = new Set(seeds.slice(0, 50).map((seed) => variantOf(source, seed).choices[0]?.value as number));
    expect([...shifts].sort((a, b) => a - b)).toEqual([-21, -14, -7, 0, 7, 14, 21]);
  });

  it("a note keyed on a dated decision point moves with the dates", () => {
    const source = withVariants([{ shiftDates: { min: 3, max: 3 } }], ["followUp.FA-2026-00140"], "04-choisir-l-etape-de-relance.json");
    const variant = variantOf(source, "1");
    expect(Object.keys(at(variant, "notes", "explanations") as Json)).toEqual(["followUp.FA-2026-00140.2026-04-28"]);
    expect(variant.choices[0]?.description).toBe("dates décalées de +3 jours");
  });

  it("omit leaves a field out, or an element out of a list without moving the other rules' indices", () => {
    const source = withVariants(
      [
        { path: "order.lines[0]", omit: true, chance: 0.5 },
        { path: "order.lines[1].quantity", min: 7, max: 7 },
        { path: "order.customerOrderNumber", omit: true },
      ],
      ["intake.credit"],
    );
    const variants = seeds.map((seed) => variantOf(source, seed));
    const withoutFirst = variants.filter((v) => (at(v, "order", "lines") as unknown[]).length === 1);
    expect(withoutFirst.length).toBeGreaterThan(60);
    expect(withoutFirst.length).toBeLessThan(140);
    // The quantity rule still reached the envelopes, whether the first line went or not.
    for (const v of variants) expect((at(v, "order", "lines") as Json[]).find((line) => line.reference === "ENV-C4-KR")?.quantity).toBe(7);
    const numberless = variants.filter((v) => !("customerOrderNumber" in (at(v, "order") as Json)));
    expect(numberless.length).toBeGreaterThan(60);
    expect(numberless[0]?.choices[2]?.description).toBe("order.customerOrderNumber\u00a0: retiré");
  });

  it("oneOf puts one of its values at the path, each reachable, as a copy", () => {
    const behaviours = [[], [{ type: "payment", date: "2026-04-28", invoice: "FA-2026-00140", amount: "300.00" }], [{ type: "disputeOpened", date: "2026-04-28", invoice: "FA-2026-00140", reason: "Colis incomplet" }]];
    const source = { ...withVariants([{ path: "events", oneOf: behaviours }], ["followUp.FA-2026-00140"], "04-choisir-l-etape-de-relance.json"), events: [] };
    const variants = seeds.map((seed) => variantOf(source, seed));
    expect(new Set(variants.map((v) => JSON.stringify(at(v, "events")))).size).toBe(3);
    (at(variants[0] as Variant, "events") as unknown[]).push("changed");
    expect(behaviours.map((b) => b.length)).toEqual([0, 1, 1]);
    const paying = variants.find((v) => (at(v, "events") as Json[])[0]?.type === "payment");
    expect(paying?.choices[0]?.description).toBe("events (valeur 2 sur 3)");
  });

  it("the same seed always gives the same file; the source is left as it was; the block is gone", () => {
    const source = withVariants([
      { path: "order.lines[0].quantity", min: 15, max: 30 },
      { path: "customers[0].creditLimit", min: "4000.00", max: "6000.00", step: "100.00" },
      { shiftDates: { min: -20, max: 20 } },
    ]);
    const copy = structuredClone(source);
    expect(variantOf(source, "137")).toEqual(variantOf(source, "137"));
    expect(source).toEqual(copy);
    expect("variants" in (variantOf(source, "137").data as Json)).toBe(false);
    expect(variantOf(source, "137").choices.map((c) => c.description)).toEqual(variantOf(structuredClone(source), "137").choices.map((c) => c.description));
  });

  it("two pseudonyms get different figures; a pseudonym is the same however it is typed", () => {
    const source = withVariants([
      { path: "order.lines[0].quantity", min: 15, max: 30 },
      { path: "customers[0].creditLimit", min: "4000.00", max: "6000.00", step: "100.00" },
    ]);
    const lina = variantOf(source, pseudonymSeed("Lina"));
    const yanis = variantOf(source, pseudonymSeed("Yanis"));
    expect(lina.choices.map((c) => c.value)).not.toEqual(yanis.choices.map((c) => c.value));
    expect(variantOf(source, pseudonymSeed("  LINA ")).data).toEqual(lina.data);
    expect(pseudonymSeed(" Élodie ")).toBe("élodie");
  });

  it("the draw depends on the scenario too: a learner's variants of two scenarios are unrelated", () => {
    const a = variantRandom("depassement-d-encours", "lina");
    const b = variantRandom("mentions-manquantes", "lina");
    expect([a(), a()]).not.toEqual([b(), b()]);
    expect(variantRandom("depassement-d-encours", "lina")()).toBe(variantRandom("depassement-d-encours", "lina")());
  });

  it("a file without variants is its own only variant", () => {
    const source = bundled("02-depassement-d-encours.json");
    expect(variantOf(source, "1")).toEqual({ data: source, seed: "1", choices: [] });
  });
});

describe("a malformed variants block: a French error with its path, when the file is loaded", () => {
  const problems = (vary: unknown[], keeps: unknown = ["intake.credit"]) => {
    const result = parseScenario({ ...bundled("02-depassement-d-encours.json"), variants: { vary, keeps } }, "v.json");
    return result.ok ? [] : result.issues.map(formatIssue);
  };

  it("a path that leads nowhere says which step is missing", () => {
    expect(problems([{ path: "order.lines[5].quantity", min: 1, max: 2 }])).toEqual([
      "v.json\u00a0: variants.vary[0].path\u00a0: aucune valeur à «\u00a0order.lines[5].quantity\u00a0» dans le fichier\u00a0: la liste «\u00a0order.lines\u00a0» n'a que 2 éléments (indices à partir de 0)",
    ]);
    expect(problems([{ path: "order.lignes[0].quantity", min: 1, max: 2 }])).toEqual([
      "v.json\u00a0: variants.vary[0].path\u00a0: aucune valeur à «\u00a0order.lignes[0].quantity\u00a0» dans le fichier\u00a0: «\u00a0order\u00a0» n'a pas de champ «\u00a0lignes\u00a0»",
    ]);
  });

  it("a range whose bounds are not of the value's kind", () => {
    expect(problems([{ path: "customers[0].creditLimit", min: 4000, max: 6000 }])).toEqual([
      'v.json\u00a0: variants.vary[0].path\u00a0: la plage est en nombres, mais «\u00a0customers[0].creditLimit\u00a0» vaut "5000.00" dans le fichier\u00a0: écrivez les bornes comme la valeur (un montant entre guillemets\u00a0: "4000.00")',
    ]);
    expect(problems([{ path: "order.lines[0].quantity", min: "15.00", max: "30.00" }])).toEqual([
      "v.json\u00a0: variants.vary[0].path\u00a0: la plage est en montants, mais «\u00a0order.lines[0].quantity\u00a0» vaut 20 dans le fichier\u00a0: une plage de montants varie un montant (\"38.00\")",
    ]);
  });

  it("bounds upside down, mixed kinds, a step of zero", () => {
    expect(problems([{ path: "order.lines[0].quantity", min: 30, max: 15 }])).toEqual(["v.json\u00a0: variants.vary[0].min\u00a0: min est plus grand que max"]);
    expect(problems([{ path: "customers[0].creditLimit", min: "4000.00", max: 6000 }])).toEqual([
      "v.json\u00a0: variants.vary[0].max\u00a0: min, max et step sont tous des nombres, ou tous des montants entre guillemets",
    ]);
    expect(problems([{ path: "order.lines[0].quantity", min: 1, max: 3, step: 0 }])).toEqual(["v.json\u00a0: variants.vary[0].step\u00a0: pas strictement positif attendu"]);
  });

  it("a rule of no known form, a path written wrong, a shift beyond a year", () => {
    expect(problems([{ path: "order.lines[0].quantity", between: [1, 2] }])[0]).toMatch(/^v\.json\u00a0: variants\.vary\[0\]\u00a0: /u);
    expect(problems([{ path: "order/lines/0", omit: true }])).toEqual([
      'v.json\u00a0: variants.vary[0].path\u00a0: chemin attendu comme les erreurs l\'écrivent, par exemple "order.lines[0].quantity" ou "events[1]"',
    ]);
    expect(problems([{ shiftDates: { min: -400, max: 0 } }])).toEqual(["v.json\u00a0: variants.vary[0].shiftDates.min\u00a0: au plus 365 jours en arrière"]);
  });

  it("two rules on one field, a fixed field, two shifts, no point to keep", () => {
    expect(problems([{ path: "order.lines[0]", omit: true }, { path: "order.lines[0].quantity", min: 1, max: 2 }])).toEqual([
      "v.json\u00a0: variants.vary[1].path\u00a0: «\u00a0order.lines[0].quantity\u00a0» varie déjà par variants.vary[0] (même champ, ou l'un contient l'autre)\u00a0: une seule règle par champ",
    ]);
    expect(problems([{ path: "id", oneOf: ["a", "b"] }])).toEqual(["v.json\u00a0: variants.vary[0].path\u00a0: «\u00a0id\u00a0» ne peut pas varier\u00a0: il nomme le scénario ou son format"]);
    expect(problems([{ shiftDates: { min: 1, max: 2 } }, { shiftDates: { min: 1, max: 2 } }])).toEqual([
      "v.json\u00a0: variants.vary[1]\u00a0: les dates sont déjà décalées par variants.vary[0]\u00a0: une seule règle shiftDates",
    ]);
    expect(problems([{ path: "order.lines[0].quantity", min: 1, max: 2 }], [])).toEqual(["v.json\u00a0: variants.keeps\u00a0: au moins un point à garder\u00a0: une variante doit enseigner la même chose"]);
  });
});

describe("a oneOf's values are checked as the field they go to", () => {
  it("a message that may pass to the line may in its alternatives too; a one-line field may not", () => {
    const incident = (message: string) => ({ ...(bundled("06-facture-et-avoir.json").invoicingIncident as Json), message });
    const multiline = withVariants([{ path: "invoicingIncident", oneOf: [incident("Bonjour,\nLe carton est arrivé écrasé."), incident("Bonjour,\nUne ramette manque.")] }], ["invoicing"], "06-facture-et-avoir.json");
    const loaded = parseScenario(multiline, "v.json");
    expect(loaded.ok ? [] : loaded.issues.map(formatIssue)).toEqual([]);
    const summary = withVariants([{ path: "summary", oneOf: ["Une facture\npuis un avoir.", "Un avoir."] }], ["invoicing"], "06-facture-et-avoir.json");
    const refused = parseScenario(summary, "v.json");
    expect(refused.ok ? [] : refused.issues.map(formatIssue)).toEqual([
      "v.json\u00a0: variants.vary[0].oneOf[0]\u00a0: retour à la ligne interdit dans ce texte d'une ligne (seuls order.message et invoicingIncident.message passent à la ligne, en écrivant \\n)",
    ]);
  });
});

describe("texts that quote the file's figures: {{chemin}}", () => {
  const load = (edit: (data: Json) => void) => {
    const data = bundled("02-depassement-d-encours.json");
    edit(data);
    return parseScenario(data, "t.json");
  };

  it("a quantity, an amount and a date are said in French, from the file as loaded", () => {
    const result = load((d) => {
      (d.order as Json).message = "Le {{order.receivedOn}}\u00a0: {{ order.lines[0].quantity }} ramettes à {{products[1].unitPrice}} HT, plafond {{customers[0].creditLimit}}.";
    });
    expect(result.ok && result.scenario.order?.message).toBe("Le lundi 9 mars 2026\u00a0: 20 ramettes à 38,00\u00a0€ HT, plafond 5\u202f000,00\u00a0€.");
  });

  it("each variant's text quotes its own figures", () => {
    const source = withVariants([
      { path: "order.lines[0].quantity", min: 15, max: 30 },
      { shiftDates: { min: -20, max: 20 } },
    ]);
    (source.order as Json).message = "Commande du {{order.orderDate}}\u00a0: {{order.lines[0].quantity}} ramettes.";
    for (const seed of ["1", "2", "3"]) {
      const variant = variantOf(source, seed);
      const result = parseScenario(variant.data, "v.json");
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      const order = result.scenario.order;
      expect(order?.message).toContain(`: ${order?.lines[0]?.quantity} ramettes.`);
      expect(order?.message.startsWith(`Commande du ${order.orderDate === "2026-03-09" ? "lundi 9 mars 2026" : ""}`)).toBe(true);
    }
  });

  it("an amount too large to be one, quoted in a text, is refused at its own field, not by a crash of the quote (fuzz test)", () => {
    const result = load((d) => {
      (d.customers as Json[])[0]!.creditLimit = "99999999999999999999.99";
      (d.order as Json).message = "Votre plafond\u00a0: {{customers[0].creditLimit}}.";
    });
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual(["t.json\u00a0: customers[0].creditLimit\u00a0: «\u00a099999999999999999999.99\u00a0» est trop grand\u00a0: un montant va au plus jusqu'à 90 071 992 547 409,91 €."]);
  });

  it("a reference to nothing, or to a whole block, is an error at the text's path", () => {
    const result = load((d) => {
      (d.order as Json).message = "{{order.lignes[0].quantity}} ramettes";
      (d.notes as { hints: Record<string, string[]> }).hints["intake.credit"] = ["Voir {{order.lines}}"];
    });
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      "t.json\u00a0: order.message\u00a0: {{order.lignes[0].quantity}}\u00a0: «\u00a0order\u00a0» n'a pas de champ «\u00a0lignes\u00a0»",
      "t.json\u00a0: notes.hints.intake.credit[0]\u00a0: {{order.lines}}\u00a0: ce chemin désigne un bloc (objet ou liste), pas une valeur à citer",
    ]);
  });
});

describe("texts that quote: what a hostile file cannot do with them", () => {
  const load = (message: string) => {
    const data = bundled("02-depassement-d-encours.json");
    (data.order as Json).message = message;
    const result = parseScenario(data, "t.json");
    return result.ok ? [] : result.issues.map(formatIssue);
  };

  it("a long text is not cited, and a text grown by its references keeps within a text's limit", () => {
    expect(load("{{summary}}")).toEqual(["t.json\u00a0: order.message\u00a0: {{summary}}\u00a0: un texte de plus de 40 caractères ne se cite pas (un chiffre, une date, un nom, oui)"]);
    expect(load("{{company.identity.name}}".repeat(200))).toEqual(["t.json\u00a0: order.message\u00a0: texte de 5\u202f200 caractères\u00a0: au plus 5\u202f000 (voir scenarios/README.md)"]);
  });

  it("a reference is not read again inside what it cites", () => {
    const data = bundled("02-depassement-d-encours.json");
    (data.order as Json).customerOrderNumber = "{{order.message}}";
    (data.order as Json).message = "Bon n° {{order.customerOrderNumber}}";
    const result = parseScenario(data, "t.json");
    expect(result.ok && result.scenario.order?.message).toBe("Bon n° {{order.message}}");
  });

  it("leaves the file as written untouched: a variant is drawn from it afterwards", () => {
    const data = bundled("02-depassement-d-encours.json");
    (data.order as Json).message = "Bon de {{order.lines[0].quantity}} ramettes";
    const written = structuredClone(data);
    const result = parseScenario(data, "t.json");
    expect(result.ok && result.scenario.order?.message).toBe(`Bon de ${String(((data.order as Json).lines as Json[])[0]!.quantity)} ramettes`);
    expect(data).toEqual(written);
  });
});
