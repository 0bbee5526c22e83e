/**
 * Per-learner variants on the command line (docs/decisions/0142): `validate` plays 200 seeds of
 * every scenario with a `variants` block, `solve --seed` / `--pseudonym` prints a learner's variant
 * and its key. The fixture is scenario 02 with variants (scripts/__variants__/); any bundled
 * scenario that gets a block is held to the same tests.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { learnerVariantSeed, SERVED_VARIANT_COUNT, servedSeeds, VALIDATION_SEED_COUNT, variantOf, variantsBlockOf } from "@/domain";
import { checkScenarioText } from "@/machines/scenarioCheck";
import { keptAnswers } from "@/machines/variantCheck";
import { runCli } from "./cli.fixtures";
import { main } from "./scenario";

const root = fileURLToPath(new URL("../", import.meta.url));
const FIXTURE = "scripts/__variants__/depassement-d-encours.variantes.json";
const fixtureText = readFileSync(join(root, FIXTURE), "utf8");
const run = (argv: string[], files: Record<string, string>) => runCli(main, argv, files);

/** Every scenario file that declares variants: the fixture, and the bundled ones that have a block. */
const varying = [
  FIXTURE,
  ...readdirSync(join(root, "scenarios"))
    .filter((name) => name.endsWith(".json") && !name.endsWith(".schema.json") && !name.endsWith(".actions.json"))
    .map((name) => `scenarios/${name}`),
]
  .map((file) => ({ file, text: readFileSync(join(root, file), "utf8") }))
  .filter(({ text }) => variantsBlockOf(JSON.parse(text)) !== undefined);

function base(file: string, text: string) {
  const checked = checkScenarioText(text, file);
  if (!checked.ok) throw new Error(`${file} ne se charge pas`);
  return checked;
}

describe.each(varying)("the variants of $file", ({ file, text }) => {
  const checked = base(file, text);
  const block = variantsBlockOf(checked.data);

  it("keeps teaching points that the base scenario's key meets", () => {
    // Each of the 200 seeds is played to full marks and its kept answers compared by `validate`: the fixture's
    // below (« validate checks 200 seeds »), the bundled blocks' in scripts/scenario.test.ts (the real folder).
    expect(block?.keeps.length).toBeGreaterThan(0);
    for (const keep of block?.keeps ?? []) expect(keptAnswers(checked.solved.result.trace, keep), keep).not.toEqual([]);
  });

  it("learners who draw different variants never share their figures; the same pseudonym always the same, among the served variants", () => {
    const source = checked.data as object;
    // The served variants are 40 different files, each one of `validate`'s seeds (played above).
    const served = servedSeeds(source);
    expect(served).toHaveLength(SERVED_VARIANT_COUNT);
    expect(new Set(served.map((seed) => JSON.stringify(variantOf(source, seed).data))).size).toBe(SERVED_VARIANT_COUNT);
    for (const seed of served) expect(Number(seed) >= 1 && Number(seed) <= VALIDATION_SEED_COUNT, seed).toBe(true);
    const lina = variantOf(source, learnerVariantSeed(source, "Lina"));
    expect(variantOf(source, learnerVariantSeed(source, "Lina")).data).toEqual(lina.data);
    expect(variantOf(JSON.parse(text), learnerVariantSeed(JSON.parse(text) as object, "lina ")).data).toEqual(lina.data);
    // Two pseudonyms draw the same variant once in forty: of eight learners, most have their own figures, each served.
    const seeds = ["Lina", "Yanis", "Camille", "Noé", "Inès", "Lucas", "Jade", "Adam"].map((name) => learnerVariantSeed(source, name));
    for (const seed of seeds) expect(served).toContain(seed);
    expect(new Set(seeds.map((seed) => JSON.stringify(variantOf(source, seed).data))).size).toBeGreaterThan(4);
  });
});

describe("validate and solve on a file with variants", () => {
  it("validate checks 200 seeds and says so", { timeout: 60_000 }, async () => {
    const result = await run(["validate", FIXTURE], { [FIXTURE]: fixtureText });
    expect(result.status).toBe(0);
    expect(result.out).toEqual([`✓ ${FIXTURE} (200 variantes vérifiées)`, "1 scénario valide, 0 erreur"]);
  });

  it("a file whose variants lose the teaching point is rejected, naming the seed and the point", { timeout: 60_000 }, async () => {
    const data = JSON.parse(fixtureText) as { variants: { vary: unknown[] } };
    // A product price varying apart from the price the customer wrote: some orders now carry a price anomaly, held.
    data.variants.vary.push({ path: "products[1].unitPrice", oneOf: ["38.00", "41.00"] });
    const result = await run(["validate", "perdu.json"], { "perdu.json": JSON.stringify(data) });
    expect(result.status).toBe(1);
    expect(result.out[0]).toBe("✗ perdu.json");
    expect(result.err[0]).toMatch(/^perdu\.json\u00a0: variants\.keeps\[2\]\u00a0: variante graine \d+\u00a0: intake\.decision — «\u00a0Mettre en attente\u00a0» au lieu de «\u00a0Accepter sous conditions\u00a0» \(point à garder\)$/u);
    expect(result.err.at(-1)).toMatch(/^perdu\.json\u00a0: variants\u00a0: \d+ variantes sur 200 en échec \(les 3 premières sont détaillées\u00a0; graines /u);
    const seed = /graine (\d+)/u.exec(result.err[0] ?? "")?.[1] ?? "";
    // The teacher replays the seed: the variant's choices, then its key.
    const solved = await run(["solve", "perdu.json", "--seed", seed], { "perdu.json": JSON.stringify(data) });
    expect(solved.out).toContain('  products[1].unitPrice = "41.00" (valeur 2 sur 2)');
    expect(solved.out).toContain("   Réponse attendue : Mettre en attente");
  });

  it("solve --pseudonym prints the learner's variant and its key, with the variant's figures", async () => {
    const result = await run(["solve", FIXTURE, "--pseudonym", "Lina"], { [FIXTURE]: fixtureText });
    expect(result.status).toBe(0);
    const seed = learnerVariantSeed(JSON.parse(fixtureText) as object, "Lina");
    const variant = variantOf(JSON.parse(fixtureText), seed);
    expect(result.out.slice(3, 4 + variant.choices.length)).toEqual([`Variante de l'élève « Lina » (graine « ${seed} ») :`, ...variant.choices.map((c) => `  ${c.description}`)]);
    const limit = variant.choices.find((c) => c.path === "customers[0].creditLimit")?.value as string;
    expect(result.out.join("\n")).toContain(`plafond ${limit.replace(/^(\d)(\d{3})\./u, "$1\u202f$2,")}\u00a0€`);
    expect(result.out).toContain("   Réponse attendue : Accepter sous conditions");
  });

  it("solve --seed gives the same key every time; another seed, other figures", async () => {
    const first = await run(["solve", FIXTURE, "--seed", "137"], { [FIXTURE]: fixtureText });
    const again = await run(["solve", FIXTURE, "--seed", "137"], { [FIXTURE]: fixtureText });
    const other = await run(["solve", FIXTURE, "--seed", "138"], { [FIXTURE]: fixtureText });
    expect(first.out).toEqual(again.out);
    expect(first.out).not.toEqual(other.out);
    expect(first.out[3]).toBe("Variante de la graine « 137 » :");
  });

  it("a seed on a scenario without variants: said, and the one key printed", async () => {
    const text = readFileSync(join(root, "scenarios/02-depassement-d-encours.json"), "utf8");
    const result = await run(["solve", "02.json", "--seed", "4"], { "02.json": text });
    expect(result.status).toBe(0);
    expect(result.err).toEqual(["02.json : ce scénario n'a pas de bloc « variants » : tous les élèves ont le même, dont voici le corrigé."]);
    expect(result.out[0]).toMatch(/^Corrigé du moteur — /u);
  });

  it("options written wrong are usage errors", async () => {
    expect((await run(["solve", FIXTURE, "--seed"], { [FIXTURE]: fixtureText })).err[0]).toBe("Erreur : --seed attend une valeur.");
    expect((await run(["solve", FIXTURE, "--graine", "3"], { [FIXTURE]: fixtureText })).err[0]).toBe("Erreur : option « --graine » inconnue pour solve.");
    const both = await run(["solve", FIXTURE, "--seed", "3", "--pseudonym", "Lina"], { [FIXTURE]: fixtureText });
    expect(both.status).toBe(2);
    expect(both.err[0]).toBe("Erreur : solve prend une seule de --seed et --pseudonym.");
  });
});
