import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

/**
 * The arrows of docs/architecture (see README "Organisation du code"), enforced:
 * domain ← machines ← components ← app; store ← domain; scripts ← domain, machines, scenarios, e2e;
 * inside components/, the folders' own order (componentFolders below).
 * e2e ← domain, machines, store (saved games).
 * Each layer lists what it must not import, by relative path (import/no-restricted-paths)
 * and by the "@/" alias (no-restricted-imports).
 */
// quizzes/: the question bank, content like scenarios/ (docs/architecture.md, issue 12).
const layers = ["app", "components", "domain", "machines", "scenarios", "quizzes", "scripts", "store", "e2e"];

/** What each layer may import among the others. */
const allowed = {
  domain: [],
  machines: ["domain"],
  scenarios: [],
  quizzes: [],
  store: ["domain"],
  components: ["machines", "domain", "store", "scenarios", "quizzes"],
  app: ["components"],
  // The bench drives Chromium with the browser tests' support code (e2e).
  scripts: ["domain", "machines", "scenarios", "quizzes", "e2e"],
  // A browser test may open the player on a game saved as the app saves it (e2e/support/savedGame.ts).
  e2e: ["domain", "machines", "store"],
};

/**
 * Single modules a layer may import from a layer it otherwise may not (path inside that layer,
 * without extension): a browser test builds a share link as the app does (docs/decisions/0117).
 */
const singleModules = { e2e: { components: ["authoring/shareLink"] } };
const singleModulesOf = (target, layer) => singleModules[target]?.[layer] ?? [];

const zones = Object.entries(allowed).flatMap(([target, mayImport]) =>
  layers
    .filter((layer) => layer !== target && !mayImport.includes(layer))
    .map((layer) => ({
      target: `./${target}`,
      from: `./${layer}`,
      except: singleModulesOf(target, layer).map((module) => `./${module}.ts`),
      message: `${target}/ ne peut pas importer ${layer}/ (voir le tableau des dépendances du README).`,
    })),
);

const aliasPatterns = (target) =>
  layers
    .filter((layer) => layer !== target && !allowed[target].includes(layer))
    .map((layer) => {
      const message = `${target}/ ne peut pas importer ${layer}/.`;
      const modules = singleModulesOf(target, layer);
      // A gitignore-style group cannot re-include a file under an excluded folder: a regex can.
      return modules.length === 0 ? { group: [`@/${layer}`, `@/${layer}/*`], message } : { regex: `^@/${layer}(?:/(?!(?:${modules.join("|")})$).*)?$`, message };
    });

/**
 * The inner zones of components/ (components/README.md), from the bottom up: shared primitives and
 * data, the printed documents, then the PGI screens and the stage panels side by side, the review,
 * and the player that composes them; the site's other pages read only the bottom. The resolver
 * follows the "@/" alias, so these zones cover both import styles.
 */
const componentFolders = {
  ui: [],
  catalog: [],
  documents: ["ui", "catalog"],
  pgi: ["documents", "ui"],
  stages: ["documents", "ui"],
  review: ["documents", "ui", "catalog"],
  player: ["pgi", "stages", "review", "documents", "ui", "catalog"],
  home: ["ui", "catalog"],
  library: ["ui", "catalog"],
  glossary: ["ui", "catalog"],
  calculator: ["ui", "catalog"],
  // The course pages (issue 17): texts and worked examples from the domain, links built in ui.
  course: ["ui", "catalog"],
  // The learners of a shared computer (issue 13): the pseudonym form is in ui, shared with the export.
  profiles: ["ui"],
  // Homes of the next features (docs/architecture.md), zoned before their first file: the quiz
  // draws « find what is wrong » with the invoice-control documents; the teacher's space previews
  // a scenario in the player; the class's results read only the bottom.
  quiz: ["documents", "ui", "catalog"],
  results: ["ui", "catalog"],
  authoring: ["player", "quiz", "results", "pgi", "stages", "review", "documents", "ui", "catalog"],
  // The launch page of an LMS package (docs/decisions/0126): the share page's check and players, talking SCORM 1.2.
  lms: ["authoring", "player", "review", "quiz", "ui", "catalog"],
};

const innerZones = Object.entries(componentFolders).flatMap(([target, mayImport]) =>
  Object.keys(componentFolders)
    .filter((folder) => folder !== target && !mayImport.includes(folder))
    .map((folder) => ({
      target: `./components/${target}`,
      from: `./components/${folder}`,
      message: `components/${target}/ ne peut pas importer components/${folder}/ (voir l'ordre des dossiers dans components/README.md).`,
    })),
);

/**
 * What a learner page must not carry (docs/decisions/0101): the scenario, quiz and results schemas and the loaders of
 * untrusted files (zod's full build, its ~50 languages and JSON Schema generator), the answer keys
 * and the full check that plays them. Only what reads an untrusted file imports them: the command
 * line, the tests, machines/scenarioCheck.ts, and components/catalog/catalog.ts, which parses the
 * bundled scenarios at build time and is imported by the server pages of app/ only (the client
 * receives plain data), and components/authoring/, the teacher's space, whose pages check every
 * scenario and quiz that does not come from the build (an import, a share link, an editor) and
 * load its checking modules by import() (docs/decisions/0110). Tests and test support are not
 * pages: they may import them all.
 */
const schemaModules = ["./domain/scenario.ts", "./domain/scenarioLoad.ts", "./domain/scenarioInput.ts", "./domain/quiz/schema.ts", "./domain/quiz/load.ts", "./domain/results/schema.ts", "./domain/results/load.ts"];
const learnerMachines = ["player", "playerMachine", "stageMachines", "stages", "contract", "decisionSupport", "observedActor", "orderIntake", "orderProcessing", "invoicing", "invoiceControl", "paymentFollowUp"].map(
  (name) => `./machines/${name}.ts`,
);
const learnerComponents = Object.keys(componentFolders)
  .filter((folder) => folder !== "catalog" && folder !== "authoring")
  .map((folder) => `./components/${folder}`);
const checkOnly = ["./machines/answerKey", "./machines/scenarioCheck.ts", "./machines/variantCheck.ts", "./domain/intake/answers.ts"];

const learnerPageZones = [
  ...[...learnerMachines, ...learnerComponents, "./store"].flatMap((target) =>
    schemaModules.map((from) => ({
      target,
      from,
      message: "Les schémas (scénarios, questionnaires) et la lecture des fichiers (zod complet) restent hors des pages de l'élève : importez les types de « @/domain », et vérifiez un scénario reçu par machines/scenarioCheck.ts (docs/decisions/0101).",
    })),
  ),
  ...[...learnerMachines, ...learnerComponents].flatMap((target) =>
    checkOnly.map((from) => ({
      target,
      from,
      message: "Le corrigé du moteur (solveurs, mauvaises réponses) et la vérification complète ne vont pas dans une page de l'élève : seuls la ligne de commande, les tests et la vérification d'un scénario les chargent (docs/decisions/0101).",
    })),
  ),
  ...learnerComponents.flatMap((target) =>
    ["catalog.ts", "quizBank.ts", "coursePractice.ts"].map((file) => ({
      target,
      from: `./components/catalog/${file}`,
      message: `components/catalog/${file} lit et vérifie tous les ${file === "quizBank.ts" ? "questionnaires" : "scénarios"} livrés : seules les pages serveur de app/ l'importent, au moment de la construction, et passent des données aux composants.`,
    })),
  ),
];

/**
 * One import style for the domain (docs/decisions/0101): everything public from "@/domain"; by its
 * own path only the schema boundary (imported where an untrusted file is read), the glossary's
 * definitions (fetched by import() when a definition opens, docs/decisions/0148) and test fixtures.
 */
const domainImportStyle = {
  regex: "^@/domain/(?!(?:scenario|scenarioLoad|scenarioInput|quiz/schema|quiz/load|results/schema|results/load|intake/answers|glossary)$)(?!.*\\.(?:fixtures|arbitrary)$)",
  message: "Importez le moteur depuis « @/domain » (seuls @/domain/scenario, scenarioLoad, scenarioInput, quiz/schema, quiz/load, results/schema, results/load, intake/answers, glossary (par import()) et les fixtures de test s'importent par leur chemin).",
};

/** zod's full build: only domain/scenario.ts (the schema) uses it; the store validates with zod/mini. */
const fullZod = {
  regex: "^zod(?:/v4)?(?:/classic|/locales(?:/.*)?)?$",
  message: "zod complet reste dans domain/scenario.ts : une page de l'élève ne le charge pas (docs/decisions/0101).",
};

/** Frameworks a pure layer must not touch. */
const frameworkBans = {
  domain: ["react", "react-dom", "next", "next/*", "xstate", "@xstate/*", "zustand", "zustand/*"],
  machines: ["react", "react-dom", "next", "next/*", "@xstate/react", "zustand", "zustand/*"],
  store: ["react-dom", "next", "next/*", "xstate", "@xstate/*"],
};

/**
 * How the engine's key plays stage 1 (domain/intake/answers.ts): imported by its own path by the
 * answer key alone; anywhere else it would ride into a learner's page (0101, 0103, 0117).
 */
const intakeAnswers = {
  name: "@/domain/intake/answers",
  message: "Les réponses du corrigé de l'étape 1 (solveur, mauvaises réponses) ne se lisent que dans machines/answerKey/ : ailleurs, elles iraient dans une page de l'élève (docs/decisions/0101, 0103).",
};

/** What a layer must not import by name: its forbidden layers, frameworks, zod's full build, a deep path into the domain. */
function layerImports(layer, paths) {
  return [
    "error",
    {
      paths,
      patterns: [
        ...aliasPatterns(layer),
        ...(frameworkBans[layer] ?? []).map((name) => ({ group: [name], message: `${layer}/ reste indépendant de ${name}.` })),
        ...(layer === "domain" ? [] : [domainImportStyle]),
        ...(layer === "components" || layer === "machines" || layer === "store" || layer === "app" ? [fullZod] : []),
      ],
    },
  ];
}

/** The wall clock and randomness never enter the engine: time and chance come in as input. */
const impureSyntax = [
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "Pas d'horloge réelle dans le moteur : la date est une entrée." },
  { selector: "MemberExpression[object.name='Date'][property.name='now']", message: "Pas d'horloge réelle dans le moteur : la date est une entrée." },
  { selector: "MemberExpression[object.name='Math'][property.name='random']", message: "Pas de hasard dans le moteur : il vient en entrée." },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "out/**", "node_modules/**", "next-env.d.ts", "coverage/**", "test-results/**"]),
  {
    rules: {
      "import/no-restricted-paths": ["error", { zones: [...zones, ...innerZones] }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  ...Object.keys(allowed).map((layer) => ({
    files: [`${layer}/**/*.{ts,tsx,js,mjs}`],
    rules: { "no-restricted-imports": layerImports(layer, [intakeAnswers]) },
  })),
  {
    files: ["machines/answerKey/**/*.ts"],
    rules: { "no-restricted-imports": layerImports("machines", []) },
  },
  {
    files: ["test/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [domainImportStyle] }] },
  },
  {
    // Same zones as above, plus what a learner page must not carry; tests and their support may.
    ignores: ["**/*.test.ts", "**/*.test.tsx", "machines/testing/**"],
    rules: { "import/no-restricted-paths": ["error", { zones: [...zones, ...innerZones, ...learnerPageZones] }] },
  },
  {
    files: ["domain/**/*.ts", "machines/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: { "no-restricted-syntax": ["error", ...impureSyntax] },
  },
]);
