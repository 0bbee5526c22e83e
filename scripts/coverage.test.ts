/**
 * The library covers the course (issue 17): every situation of the chapter is practised by a
 * bundled scenario, each shelf holds at least six scenarios over the three levels and both
 * diplomas, twelve hours of practice in all, and scenarios/README.md shows the table of today.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { SCENARIO_SHELVES, shelfOfStages, variantsBlockOf } from "@/domain";
import { COURSE_SITUATIONS, situationsPractisedBy } from "@/machines/answerKey/coverage";
import { checkScenarioText } from "@/machines/scenarioCheck";
import { nodeIo } from "./cli";
import { COVERAGE_END, COVERAGE_START, withCoverageBlock, type CoveredScenario } from "./coverageTable";
import { isScenarioFileName, main, README_FILE } from "./scenario";

const root = fileURLToPath(new URL("..", import.meta.url));
const folder = join(root, "scenarios");

function solvedFile(file: string): CoveredScenario {
  const checked = checkScenarioText(readFileSync(join(folder, file), "utf8"), file);
  if (!checked.ok) throw new Error(`${file}\u00a0: ${checked.issues.map((issue) => issue.message).join("\u00a0; ")}`);
  return { file, scenario: checked.scenario, solved: checked.solved, varies: variantsBlockOf(checked.data) !== undefined };
}

function situationIds(file: string): string[] {
  return situationsPractisedBy(solvedFile(file)).map((situation) => situation.id);
}

function capture() {
  const lines = { out: [] as string[], err: [] as string[] };
  const io = { ...nodeIo(root), out: (line: string) => lines.out.push(line), err: (line: string) => lines.err.push(line) };
  return { io, lines };
}

describe("situations recognised in a scenario's data and its answer key", () => {
  it("a control with three absent mentions and a wrong line total: several mentions missing, an arithmetic error", () => {
    expect(situationIds("03-mentions-manquantes.json")).toEqual(["severalMissingMentions", "cascadeError"]);
  });

  it("a chain with a made-to-order oven: lead time, deposit, back-order, deposit invoice, e-mail before the reform", () => {
    expect(situationIds("05-chaine-complete-livraison-partielle-acompte.json")).toEqual([
      "outOfStockLeadTime",
      "depositRequired",
      "partialDeliveryBackOrder",
      "orderStatuses",
      "depositInvoice",
      "twoCopies",
      "emailBeforeReform",
    ]);
  });

  it("a follow-up where a transfer of 500\u00a0€ leaves a balance: partial payment, LRAR, formal notice, order for payment", () => {
    expect(situationIds("12-mise-en-demeure-et-injonction-de-payer.json")).toEqual(["partialPayment", "registeredLetter", "formalNotice", "paymentOrder", "latePaymentCost"]);
  });

  it("files a scenario under its last stage, or among the chains when it follows an order to its payment", () => {
    expect(shelfOfStages(solvedFile("02-depassement-d-encours.json").scenario.stages)).toBe("orderIntake");
    expect(shelfOfStages(solvedFile("06-facture-et-avoir.json").scenario.stages)).toBe("invoicing");
    expect(shelfOfStages(solvedFile("11-parcours-complet-devis-a-reglement.json").scenario.stages)).toBe("chain");
  });
});

describe("the bundled library covers the course", () => {
  let library: CoveredScenario[] = [];
  beforeAll(() => {
    library = readdirSync(folder).filter(isScenarioFileName).sort().map(solvedFile);
  });

  it("practises every situation of the course in at least one scenario", () => {
    const uncovered = COURSE_SITUATIONS.filter((situation) => !library.some((entry) => situation.practisedBy(entry))).map((situation) => situation.label);
    expect(uncovered).toEqual([]);
  });

  it("holds at least 36 scenarios, six on each stage's shelf and six chains", () => {
    expect(library.length).toBeGreaterThanOrEqual(36);
    for (const shelf of SCENARIO_SHELVES) {
      expect(library.filter((entry) => shelfOfStages(entry.scenario.stages) === shelf).length, shelf).toBeGreaterThanOrEqual(6);
    }
  });

  it("offers each of the three levels to both Bac Pro and BTS", () => {
    for (const difficulty of [1, 2, 3] as const) {
      for (const level of ["bacpro", "bts"] as const) {
        expect(library.some((entry) => entry.scenario.difficulty === difficulty && entry.scenario.level === level), `${level}, niveau ${difficulty}`).toBe(true);
      }
    }
  });

  it("gives each learner their own figures in at least half of every shelf, so that a class works each stage without copying", () => {
    for (const shelf of SCENARIO_SHELVES) {
      const shelved = library.filter((entry) => shelfOfStages(entry.scenario.stages) === shelf);
      expect(shelved.filter((entry) => entry.varies).length * 2, shelf).toBeGreaterThanOrEqual(shelved.length);
    }
  });

  it("gives at least twelve hours of practice by the scenarios' own estimates", () => {
    expect(library.reduce((sum, entry) => sum + entry.scenario.durationMinutes, 0)).toBeGreaterThanOrEqual(12 * 60);
  });
});

describe("npm run scenario -- coverage", () => {
  it("finds the table in scenarios/README.md up to date", async () => {
    const { io, lines } = capture();
    expect(await main(["coverage", "--check"], io)).toBe(0);
    expect(lines.out).toEqual([`${README_FILE} : la table de couverture est à jour.`]);
  });

  it("says when the table is stale, and writes nothing", async () => {
    const { io, lines } = capture();
    const written: string[] = [];
    const stale = { ...io, readFile: async () => `# x\n\n${COVERAGE_START}\nancienne table\n${COVERAGE_END}\n`, writeFile: async (path: string) => void written.push(path) };
    expect(await main(["coverage", "--check"], stale)).toBe(1);
    expect(lines.err).toEqual([`${README_FILE} : la table de couverture n'est plus à jour ; lancez « npm run scenario -- coverage » et validez le fichier produit.`]);
    expect(written).toEqual([]);
  });

  it("refuses a README without its markers rather than appending a table somewhere", () => {
    expect(withCoverageBlock("# Les scénarios\n", "table")).toBeUndefined();
    expect(withCoverageBlock(`a\n${COVERAGE_START}\nvieux\n${COVERAGE_END}\nb`, "neuf")).toBe("a\nneuf\nb");
  });
});
