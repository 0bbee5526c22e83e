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

const zones = Object.entries(allowed).flatMap(([target, mayImport]) =>
  layers
    .filter((layer) => layer !== target && !mayImport.includes(layer))
    .map((layer) => ({
      target: `./${target}`,
      from: `./${layer}`,
      message: `${target}/ ne peut pas importer ${layer}/ (voir le tableau des dépendances du README).`,
    })),
);

const aliasPatterns = (target) =>
  layers
    .filter((layer) => layer !== target && !allowed[target].includes(layer))
    .map((layer) => ({ group: [`@/${layer}`, `@/${layer}/*`], message: `${target}/ ne peut pas importer ${layer}/.` }));

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
  // Homes of the next features (docs/architecture.md), zoned before their first file: the quiz
  // draws « find what is wrong » with the invoice-control documents; the teacher's space previews
  // a scenario in the player; the class's results read only the bottom.
  quiz: ["documents", "ui", "catalog"],
  results: ["ui", "catalog"],
  authoring: ["player", "quiz", "results", "pgi", "stages", "review", "documents", "ui", "catalog"],
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

/** Frameworks a pure layer must not touch. */
const frameworkBans = {
  domain: ["react", "react-dom", "next", "next/*", "xstate", "@xstate/*", "zustand", "zustand/*"],
  machines: ["react", "react-dom", "next", "next/*", "@xstate/react", "zustand", "zustand/*"],
  store: ["react-dom", "next", "next/*", "xstate", "@xstate/*"],
};

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
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...aliasPatterns(layer),
            ...(frameworkBans[layer] ?? []).map((name) => ({ group: [name], message: `${layer}/ reste indépendant de ${name}.` })),
          ],
        },
      ],
    },
  })),
  {
    files: ["domain/**/*.ts", "machines/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: { "no-restricted-syntax": ["error", ...impureSyntax] },
  },
]);
