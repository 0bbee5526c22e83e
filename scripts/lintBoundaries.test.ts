/**
 * The lint rules that keep schemas, answer keys and the bundled catalog out of learner pages, and
 * the one import style of the domain (docs/decisions/0101): each refuses what it must, in French,
 * and lets through what reads an untrusted file or tests.
 */
import { ESLint } from "eslint";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: fileURLToPath(new URL("../", import.meta.url)) });

// Loading the configuration (Next's plugins, the TypeScript parser) takes seconds: once, not in a test.
beforeAll(() => eslint.lintText("", { filePath: "components/ui/Warm.tsx" }), 60_000);

/** The messages of the two import rules for one line of code placed at `filePath`. */
async function importProblems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = value;\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "import/no-restricted-paths" || m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("what a learner page must not import", () => {
  it("refuses the scenario schema and file loaders in a PGI screen, and says where to look", async () => {
    const problems = await importProblems("components/pgi/Probe.tsx", 'import { parseScenario as value } from "@/domain/scenarioLoad";');
    expect(problems).toEqual([expect.stringContaining("Les schémas (scénarios, questionnaires) et la lecture des fichiers (zod complet) restent hors des pages de l'élève")]);
  });

  it("refuses the quiz schema and loader in a quiz page, by the alias or a relative path", async () => {
    expect(await importProblems("components/quiz/Probe.tsx", 'import { parseQuizText as value } from "@/domain/quiz/load";')).toEqual([
      expect.stringContaining("Les schémas (scénarios, questionnaires) et la lecture des fichiers (zod complet) restent hors des pages de l'élève"),
    ]);
    expect(await importProblems("components/quiz/Probe.tsx", 'import { quizFileSchema as value } from "../../domain/quiz/schema";')).toHaveLength(1);
  });

  it("refuses the results schema and loader where a learner exports results: the builder comes from « @/domain »", async () => {
    expect(await importProblems("components/quiz/Probe.tsx", 'import { parseResultsText as value } from "@/domain/results/load";')).toEqual([
      expect.stringContaining("Les schémas (scénarios, questionnaires) et la lecture des fichiers (zod complet) restent hors des pages de l'élève"),
    ]);
    expect(await importProblems("components/player/Probe.tsx", 'import { resultsFileSchema as value } from "../../domain/results/schema";')).toHaveLength(1);
    expect(await importProblems("components/player/Probe.tsx", 'import { buildScenarioResults as value } from "@/domain";')).toEqual([]);
  });

  it("refuses the answer keys in the player, by a relative path too", async () => {
    const problems = await importProblems("machines/player.ts", 'import { ANSWER_KEYS as value } from "./answerKey";');
    expect(problems).toEqual([expect.stringContaining("Le corrigé du moteur (solveurs, mauvaises réponses) et la vérification complète ne vont pas dans une page de l'élève")]);
  });

  it("refuses stage 1's answers, by their own path, anywhere but the answer key", async () => {
    const refused = "Les réponses du corrigé de l'étape 1 (solveur, mauvaises réponses) ne se lisent que dans machines/answerKey/";
    const keyInPage = "Le corrigé du moteur (solveurs, mauvaises réponses) et la vérification complète ne vont pas dans une page de l'élève";
    const code = 'import { INTAKE_STEP_ANSWERS as value } from "@/domain/intake/answers";';
    expect(await importProblems("machines/orderIntake.ts", code)).toEqual([expect.stringContaining(refused), expect.stringContaining(keyInPage)]);
    expect(await importProblems("components/stages/intake/Probe.tsx", code)).toEqual([expect.stringContaining(refused), expect.stringContaining(keyInPage)]);
    expect(await importProblems("store/probe.ts", code)).toEqual([expect.stringContaining(refused)]);
    expect(await importProblems("machines/answerKey/orderIntake.ts", code)).toEqual([]);
    expect(await importProblems("machines/orderIntake.ts", 'import { INTAKE_STEP_RECORDS as value } from "@/domain";')).toEqual([]);
  });

  it("refuses the full check and the bundled catalog in a component", async () => {
    expect(await importProblems("components/player/Probe.tsx", 'import { checkScenarioText as value } from "@/machines/scenarioCheck";')).toHaveLength(1);
    expect(await importProblems("components/player/Probe.tsx", 'import { CATALOG as value } from "@/components/catalog/catalog";')).toEqual([
      expect.stringContaining("seules les pages serveur de app/ l'importent"),
    ]);
    expect(await importProblems("components/quiz/Probe.tsx", 'import { QUIZ_BANK as value } from "@/components/catalog/quizBank";')).toEqual([
      expect.stringContaining("components/catalog/quizBank.ts lit et vérifie tous les questionnaires livrés : seules les pages serveur de app/ l'importent"),
    ]);
  });

  it("refuses zod's full build in a component, keeps zod/mini for the store", async () => {
    expect(await importProblems("components/ui/Probe.tsx", 'import { z as value } from "zod";')).toEqual([expect.stringContaining("zod complet reste dans domain/scenario.ts")]);
    expect(await importProblems("store/probe.ts", 'import * as value from "zod/mini";')).toEqual([]);
  });

  it("lets the check module and the tests read the schema and the answer keys", async () => {
    expect(await importProblems("machines/scenarioCheck.ts", 'import { parseScenarioText as value } from "@/domain/scenarioLoad";')).toEqual([]);
    expect(await importProblems("components/review/Probe.test.tsx", 'import { solveScenario as value } from "@/machines/answerKey";')).toEqual([]);
  });
});

describe("one import style for the domain", () => {
  it("refuses a deep path, but for the schema boundary and test fixtures", async () => {
    expect(await importProblems("components/ui/Probe.tsx", 'import { formatEuros as value } from "@/domain/money";')).toEqual([expect.stringContaining("Importez le moteur depuis « @/domain »")]);
    expect(await importProblems("scripts/probe.ts", 'import { parseScenarioText as value } from "@/domain/scenarioLoad";')).toEqual([]);
    expect(await importProblems("scripts/probe.ts", 'import { parseQuizBank as value } from "@/domain/quiz/load";')).toEqual([]);
    expect(await importProblems("components/catalog/probe.ts", 'import { parseQuizBank as value } from "@/domain/quiz/load";')).toEqual([]);
    expect(await importProblems("scripts/probe.ts", 'import { parseResultsFiles as value } from "@/domain/results/load";')).toEqual([]);
    expect(await importProblems("components/ui/Probe.tsx", 'import { verifyResults as value } from "@/domain/results/checksum";')).toEqual([expect.stringContaining("Importez le moteur depuis « @/domain »")]);
    expect(await importProblems("components/ui/Probe.tsx", 'import { judgeAnswer as value } from "@/domain/quiz/scoring";')).toEqual([expect.stringContaining("Importez le moteur depuis « @/domain »")]);
    expect(await importProblems("components/ui/Probe.test.tsx", 'import { TWO_RATE_INVOICE as value } from "@/domain/invoice.fixtures";')).toEqual([]);
  });
});
