import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatIssue } from "@/domain/scenarioLoad";
import { checkScenarioData } from "./scenarioCheck";
import { decisionPointFamily, servedSeeds } from "@/domain";
import { categoricalAnswer, checkServedVariants, checkVariant, checkVariants, fewVariants, keptAnswers, lostPoint, stepwiseServedVariantsCheck } from "./variantCheck";

const root = fileURLToPath(new URL("../", import.meta.url));
type Json = Record<string, unknown>;
const bundled = (name: string) => JSON.parse(readFileSync(join(root, "scenarios", name), "utf8")) as Json;

function checked(data: Json, file = "v.json") {
  const result = checkScenarioData(data, file);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join("\n"));
  return result;
}

describe("the categorical answer of a decision point: the verdict, not the figures", () => {
  it("masks amounts, dates and quantities, and drops a parenthesis of figures", () => {
    expect(categoricalAnswer("Plafond dépassé (encours 4 200,00 €, commande 1 140,00 €)")).toBe("Plafond dépassé");
    expect(categoricalAnswer("Acompte de 340,00 € TTC exigé")).toBe("Acompte de … TTC exigé");
    expect(categoricalAnswer("FOUR-MIX-6N\u00a0: livraison partielle et reliquat (19/05/2026)\u00a0; ARM-REF-600\u00a0: disponible")).toBe(
      "FOUR-MIX-6N\u00a0: livraison partielle et reliquat\u00a0; ARM-REF-600\u00a0: disponible",
    );
    expect(categoricalAnswer("2 × FOUR-MIX-6N à 4 290,00 € HT\u00a0; remises 5 %")).toBe("… × FOUR-MIX-6N à … HT\u00a0; remises 5 %");
    expect(categoricalAnswer("700,00 € le 20/07/2026 sur FA-2026-00402")).toBe("… le … sur FA-2026-00402");
  });

  it("keeps what the answer is: the dunning step's number, a mention's kind", () => {
    expect(categoricalAnswer("Relance 2 (plus ferme)")).toBe("Relance 2 (plus ferme)");
    expect(categoricalAnswer("Relance 3 par lettre recommandée avec AR")).toBe("Relance 3 par lettre recommandée avec AR");
    expect(categoricalAnswer("Date d'échéance\u00a0: mention inexacte")).toBe("Date d'échéance\u00a0: mention inexacte");
  });

  it("a follow-up point is kept by invoice: its date is not part of it", () => {
    expect(decisionPointFamily("followUp.FA-2026-00140.2026-04-25")).toBe("followUp.FA-2026-00140");
    expect(decisionPointFamily("followUp.FA-2026-00402.payment.2026-07-20")).toBe("followUp.FA-2026-00402.payment");
    expect(decisionPointFamily("intake.credit")).toBe("intake.credit");
  });

  it("a kept id covers its own point, or every point under it (the control's set of findings)", () => {
    const trace = checked(bundled("03-mentions-manquantes.json")).solved.result.trace;
    expect(keptAnswers(trace, "control")).toEqual([
      "control.dueDate\u00a0: Date d'échéance du paiement\u00a0: mention absente",
      "control.lines[0].lineTotalCents\u00a0: Ligne 1\u00a0: montant HT\u00a0: montant faux",
      "control.recoveryIndemnity\u00a0: Indemnité forfaitaire pour frais de recouvrement\u00a0: …\u00a0: mention absente",
      "control.sellerSiren\u00a0: SIREN du vendeur\u00a0: mention absente",
    ]);
    expect(keptAnswers(trace, "control.dueDate")).toEqual(["Date d'échéance du paiement\u00a0: mention absente"]);
  });

  it("says what a variant lost, gained, or changed", () => {
    expect(lostPoint("intake.credit", ["Plafond dépassé"], ["Plafond respecté"])).toBe("intake.credit — «\u00a0Plafond respecté\u00a0» au lieu de «\u00a0Plafond dépassé\u00a0» (point à garder)");
    expect(lostPoint("control", ["a", "b"], ["a"])).toBe("control — «\u00a0b\u00a0» n'est plus attendu (point à garder)");
    expect(lostPoint("control", ["a"], ["a", "c"])).toBe("control — «\u00a0c\u00a0» attendu en plus (point à garder)");
    expect(lostPoint("control", ["b", "a"], ["a", "b"])).toBeUndefined();
  });
});

describe("checkVariants: every seed plays, with full marks, and keeps the teaching point", () => {
  it("a variant that loses its point is an error naming the seed and the point, not an easier exercise", () => {
    // The limit may now exceed outstanding + order: some learners would find no overrun to deal with.
    const base = checked({
      ...bundled("02-depassement-d-encours.json"),
      variants: { vary: [{ path: "customers[0].creditLimit", min: "4000.00", max: "7000.00", step: "1000.00" }], keeps: ["intake.credit"] },
    });
    const report = checkVariants(base, "v.json", ["1", "2", "3", "4", "5", "6", "7", "8"]);
    const failing = report.failedSeeds[0] ?? "";
    expect(report.failedSeeds.length).toBeGreaterThan(0);
    expect(report.failedSeeds.length).toBeLessThan(8);
    expect(formatIssue(report.issues[0] ?? { file: "", path: "", message: "" })).toBe(
      `v.json\u00a0: variants.keeps[0]\u00a0: variante graine ${failing}\u00a0: intake.credit — «\u00a0Plafond respecté\u00a0» au lieu de «\u00a0Plafond dépassé\u00a0» (point à garder)`,
    );
    const limit = checkVariant(base.data, failing, "v.json").variant.choices[0]?.value;
    expect(["6000.00", "7000.00"]).toContain(limit);
  });

  it("a customer who pays before the registered letter changes the steps taught: lost; one who pays part keeps them", () => {
    const data = {
      ...bundled("04-choisir-l-etape-de-relance.json"),
      events: [],
      variants: {
        vary: [
          {
            path: "events",
            oneOf: [
              [],
              [{ type: "payment", date: "2026-04-30", invoice: "FA-2026-00140", amount: "100.00" }],
              [{ type: "payment", date: "2026-04-30", invoice: "FA-2026-00140", amount: "2412.00" }],
            ],
          },
        ],
        keeps: ["followUp.FA-2026-00140"],
      },
    };
    const base = checked(data);
    expect(keptAnswers(base.solved.result.trace, "followUp.FA-2026-00140")).toEqual(["Relance 2 (plus ferme)", "Relance 3 par lettre recommandée avec AR"]);
    const report = checkVariants(base, "v.json", ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    const paidInFull = report.failedSeeds.map((seed) => checkVariant(base.data, seed, "v.json").variant.choices[0]?.description);
    expect(new Set(paidInFull)).toEqual(new Set(["events (valeur 3 sur 3)"]));
    expect(report.issues.map(formatIssue)).toContain(
      `v.json\u00a0: variants.keeps[0]\u00a0: variante graine ${report.failedSeeds[0]}\u00a0: followUp.FA-2026-00140 — «\u00a0Relance 3 par lettre recommandée avec AR\u00a0» n'est plus attendu (point à garder)`,
    );
  });

  it("a mention left out of some invoices: a lost point when the set of findings is kept, not when one finding is", () => {
    const vary = [{ path: "invoiceControl.invoice.number", omit: true }];
    const wholeSet = checked({ ...bundled("03-mentions-manquantes.json"), variants: { vary, keeps: ["control"] } });
    const report = checkVariants(wholeSet, "v.json", ["1", "2", "3", "4", "5", "6"]);
    expect(report.failedSeeds.length).toBeGreaterThan(0);
    expect(report.issues[0]?.message).toMatch(/^variante graine \d+\u00a0: control — «\u00a0control\.invoiceNumber\u00a0: .*\u00a0: mention absente\u00a0» attendu en plus \(point à garder\)$/u);
    const oneFinding = checked({ ...bundled("03-mentions-manquantes.json"), variants: { vary, keeps: ["control.dueDate", "control.sellerSiren"] } });
    expect(checkVariants(oneFinding, "v.json", ["1", "2", "3", "4", "5", "6"]).issues).toEqual([]);
  });

  it("a variant the engine cannot play is an error of its seed, with the path of the field", () => {
    // Without its order, stage 1 has nothing to check.
    const base = checked({ ...bundled("02-depassement-d-encours.json"), variants: { vary: [{ path: "order.lines[0].quantity", oneOf: [20, 2000000] }], keeps: ["intake.credit"] } });
    const report = checkVariants(base, "v.json", ["1", "2", "3", "4"]);
    expect(report.failedSeeds.length).toBeGreaterThan(0);
    expect(formatIssue(report.issues[0] ?? { file: "", path: "", message: "" })).toBe(
      `v.json\u00a0: order.lines[0].quantity\u00a0: variante graine ${report.failedSeeds[0]}\u00a0: au plus 1 000 000 unités par ligne`,
    );
  });

  it("many failing seeds: three detailed, the rest listed", () => {
    const base = checked({ ...bundled("02-depassement-d-encours.json"), variants: { vary: [{ path: "customers[0].creditLimit", min: "9000.00", max: "9900.00" }], keeps: ["intake.credit"] } });
    const report = checkVariants(base, "v.json", ["1", "2", "3", "4", "5"]);
    expect(report.issues).toHaveLength(4);
    expect(formatIssue(report.issues[3] ?? { file: "", path: "", message: "" })).toBe(
      "v.json\u00a0: variants\u00a0: 5 variantes sur 5 en échec (les 3 premières sont détaillées\u00a0; graines 1, 2, 3, 4, 5)\u00a0: resserrez les plages ou retirez le point à garder",
    );
  });

  it("a kept id that the scenario's key never meets is an error of the block", () => {
    const base = checked({ ...bundled("02-depassement-d-encours.json"), variants: { vary: [{ path: "order.lines[0].quantity", min: 15, max: 30 }], keeps: ["intake.credti"] } });
    expect(checkVariants(base, "v.json").issues.map(formatIssue)).toEqual([
      "v.json\u00a0: variants.keeps[0]\u00a0: aucun point de décision «\u00a0intake.credti\u00a0» dans le corrigé du scénario (points\u00a0: intake.account, intake.solvency, intake.credit, intake.conditions, intake.elements, intake.stock, intake.deposit, intake.decision)",
    ]);
  });

  it("a scenario without variants has nothing more to check", () => {
    expect(checkVariants(checked(bundled("02-depassement-d-encours.json")), "v.json")).toEqual({ issues: [], seedsChecked: 0, failedSeeds: [] });
  });
});

describe("the variants served to a class (docs/decisions/0145)", () => {
  it("are forty different files: a block with fewer is an error that says how many it gives", () => {
    // Four limits only: four different variants, whatever the seed.
    const few = checked({
      ...bundled("02-depassement-d-encours.json"),
      variants: { vary: [{ path: "customers[0].creditLimit", oneOf: ["4300.00", "4400.00", "4500.00", "4600.00"] }], keeps: ["intake.credit"] },
    });
    // Seeds 2, 5 and 6 draw seed 1's limit again: skipped.
    const served = servedSeeds(few.data as object);
    expect(served).toEqual(["1", "3", "4", "7"]);
    expect(new Set(served.map((seed) => JSON.stringify(checkVariant(few.data, seed, "v.json").variant.data))).size).toBe(4);
    expect(fewVariants(few, "v.json").map(formatIssue)).toEqual([
      "v.json\u00a0: variants.vary\u00a0: 4 variantes différentes seulement sur 200 graines\u00a0: il en faut 40, pour que deux élèves d'une classe n'aient pas les mêmes chiffres\u00a0; faites varier plus de chiffres ou élargissez les plages",
    ]);
    expect(checkServedVariants(few, "v.json")).toEqual({ issues: fewVariants(few, "v.json"), seedsChecked: 4, failedSeeds: [] });
  });

  it("skip a seed whose figures repeat an earlier one's, so that two learners who draw different variants never share their figures", () => {
    const base = checked(bundled("31-lettre-recommandee-et-penalites.json"));
    const served = servedSeeds(base.data as object);
    const files = served.map((seed) => JSON.stringify(checkVariant(base.data, seed, "v.json").variant.data));
    expect(new Set(files).size).toBe(40);
    expect(fewVariants(base, "v.json")).toEqual([]);
  });
});

describe("a block whose draw fails for some seeds", () => {
  it("is refused by the teacher's check, seed by seed, without crashing the draw of the served seeds", () => {
    // Seeds that empty the order's lines cannot then set a line's quantity.
    const base = checked(bundled("02-depassement-d-encours.json"));
    const data = { ...(base.data as Json) };
    const lines = (data.order as Json).lines;
    data.variants = { vary: [{ path: "order.lines", oneOf: [[], lines] }, { path: "order.lines[0].quantity", min: 15, max: 30 }], keeps: ["intake.credit"] };
    const broken = { ...base, data };
    const served = servedSeeds(data);
    expect(served.slice(0, 2)).toEqual(["1", "2"]);
    const report = checkServedVariants(broken, "v.json");
    expect(report.failedSeeds).toContain("1");
    expect(report.issues.map(formatIssue)).toContain("v.json\u00a0: variants\u00a0: variante graine 1\u00a0: le tirage de la variante échoue\u00a0: order.lines[0].quantity\u00a0: ce chemin ne mène plus à rien dans cette variante (une règle précédente a changé ce qu'il traverse)");
  });
});

describe("the served variants checked one seed at a time (the editor's, docs/decisions/0163)", () => {
  it("checks one seed per step and ends with the report of the check made at once", () => {
    const variants = JSON.parse(readFileSync(join(root, "scripts", "__variants__", "depassement-d-encours.variantes.json"), "utf8")) as Json;
    // A limit that may rise to 9 000 €: most variants no longer breach it, and the report lists them.
    const wide = checked(JSON.parse(JSON.stringify(variants).replace('"max":"4700.00"', '"max":"9000.00"')) as Json);
    const check = stepwiseServedVariantsCheck(wide, "v.json");
    expect(check.report().seedsChecked).toBe(0);
    const steps = [check.step(), check.step(), check.step()];
    expect(steps).toEqual([true, true, true]);
    expect(check.report().seedsChecked).toBe(3);
    let more = true;
    let count = 3;
    while (more) {
      more = check.step();
      count += 1;
    }
    expect(count).toBe(40);
    expect(check.step()).toBe(false);
    const whole = checkServedVariants(wide, "v.json");
    expect(check.report()).toEqual(whole);
    expect(whole.seedsChecked).toBe(40);
    expect(whole.failedSeeds).toHaveLength(31);
  });
});
