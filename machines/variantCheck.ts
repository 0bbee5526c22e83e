/**
 * Per-learner variants, checked (docs/decisions/0142): a variant is a scenario like any other (the
 * full check of ./scenarioCheck.ts, the engine's key played to full marks), and it must keep the
 * teaching point its file declares: the categorical answer of each kept decision point (the
 * verdict, the findings, the dunning step — not the figures) is the base scenario's. A variant
 * that loses it would be an easier exercise, given silently: `validate` reports it as an error.
 * Carries the solvers: import it only where a scenario is checked (docs/decisions/0101).
 */
import { decisionPointFamily, SERVED_VARIANT_COUNT, servedSeeds, validationSeeds, variantOf, variantsBlockOf, type ScenarioIssue, type TraceEntry, type Variant } from "@/domain";
import { checkScenarioData, type CheckedScenario, type SolvedScenario } from "./scenarioCheck";

// ---------------------------------------------------------------------------------------------
// The categorical answer of a decision point
// ---------------------------------------------------------------------------------------------

const SPACE = "[\\s\\u00a0\\u202f]";
/** "4 200,00 €", "340,00 € TTC" (the euro sign kept out of the mask's way). */
const AMOUNT = new RegExp(`[−-]?\\d{1,3}(?:${SPACE}\\d{3})*(?:,\\d{1,2})?${SPACE}?€`, "gu");
const FRENCH_DATE = /\b\d{2}\/\d{2}\/\d{4}\b/gu;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/gu;
/** "20 × COU-135-SRA3": a quantity. */
const QUANTITY = new RegExp(`\\b\\d+(?:,\\d+)?${SPACE}?×`, "gu");
const MASK = "…";

/**
 * What a decision's expected answer says without its figures: amounts, dates and quantities
 * masked, and a parenthesis that only carried figures dropped. « Plafond dépassé (encours
 * 4 200,00 €, commande 1 140,00 €) » → « Plafond dépassé »; « Relance 2 (plus ferme) » stays whole: the
 * step's number is the answer, not a figure.
 */
export function categoricalAnswer(expected: string): string {
  return expected
    .replace(AMOUNT, MASK)
    .replace(FRENCH_DATE, MASK)
    .replace(ISO_DATE, MASK)
    .replace(QUANTITY, `${MASK} ×`)
    .replace(/\s*\([^()]*…[^()]*\)/gu, "")
    .replace(/\s+/gu, (run) => (run === "\u00a0" || run === "\u202f" ? run : " "))
    .trim();
}

/** A follow-up entry of the mail (a payment, a dispute, its settlement): the customer's behaviour, which variants may change. */
const FOLLOW_UP_MAIL = /^followUp\..+\.(?:payment|dispute|settlement)$/u;

function keptBy(keep: string, family: string): boolean {
  return family === keep || (family.startsWith(`${keep}.`) && !FOLLOW_UP_MAIL.test(family));
}

/**
 * The answers a kept id covers in a solved run, sorted: "intake.credit" its own, "control" the set
 * of findings, "followUp.FA-2026-00140" the dunning steps due on that invoice ("followUp" on every
 * invoice). The entries of the mail (payments, disputes) are what a variant's customer does: they
 * are kept only when named ("followUp.FA-2026-00140.payment").
 */
export function keptAnswers(trace: readonly TraceEntry[], keep: string): string[] {
  const wanted = decisionPointFamily(keep);
  return trace
    .filter((entry) => keptBy(wanted, decisionPointFamily(entry.decisionPoint)))
    .map((entry) => {
      const family = decisionPointFamily(entry.decisionPoint);
      const answer = categoricalAnswer(entry.expected);
      return family === wanted ? answer : `${family}\u00a0: ${answer}`;
    })
    .sort();
}

/** The elements of `a` not in `b`, counted (a multiset difference). */
function without(a: readonly string[], b: readonly string[]): string[] {
  const rest = [...b];
  return a.filter((item) => {
    const at = rest.indexOf(item);
    if (at < 0) return true;
    rest.splice(at, 1);
    return false;
  });
}

const quoted = (items: readonly string[]) => items.map((item) => `«\u00a0${item}\u00a0»`).join(", ");

/** How a variant's answers differ from the base's, in French; undefined when they are the same. */
export function lostPoint(keep: string, base: readonly string[], variant: readonly string[]): string | undefined {
  const lost = without(base, variant);
  const added = without(variant, base);
  if (lost.length === 0 && added.length === 0) return undefined;
  if (added.length === 0) return `${keep} — ${quoted(lost)} n'est plus attendu (point à garder)`;
  if (lost.length === 0) return `${keep} — ${quoted(added)} attendu en plus (point à garder)`;
  return `${keep} — ${quoted(added)} au lieu de ${quoted(lost)} (point à garder)`;
}

// ---------------------------------------------------------------------------------------------
// One variant, and the validation over many seeds
// ---------------------------------------------------------------------------------------------

export interface CheckedVariant {
  variant: Variant;
  checked: CheckedScenario;
}

/** A seed's variant of a file as written, checked like any scenario: what `solve --seed` prints. */
export function checkVariant(source: unknown, seed: string, file: string): CheckedVariant {
  let variant: Variant;
  try {
    variant = variantOf(source, seed);
  } catch (error) {
    // The block was checked on the base file; a draw that still fails is this seed's problem, not a crash of validate.
    const message = error instanceof Error ? error.message : String(error);
    return { variant: { data: undefined, seed, choices: [] }, checked: { ok: false, issues: [{ file, path: "variants", message: `le tirage de la variante échoue\u00a0: ${message}` }] } };
  }
  return { variant, checked: checkScenarioData(variant.data, file) };
}

/** Kept ids the base scenario's key does not meet: a typo, or a point of a stage not played. */
function unknownKeeps(base: SolvedScenario, keeps: readonly string[], file: string): ScenarioIssue[] {
  const families = [...new Set(base.solved.result.trace.map((entry) => decisionPointFamily(entry.decisionPoint)))];
  return keeps.flatMap((keep, i) =>
    keptAnswers(base.solved.result.trace, keep).length > 0
      ? []
      : [{ file, path: `variants.keeps[${i}]`, message: `aucun point de décision «\u00a0${keep}\u00a0» dans le corrigé du scénario (points\u00a0: ${families.join(", ")})` }],
  );
}

/** Problems of one seed's variant: it does not load or solve, or it loses a kept answer. */
function seedIssues(base: SolvedScenario, keeps: readonly string[], seed: string, file: string): ScenarioIssue[] {
  const { checked } = checkVariant(base.data, seed, file);
  const prefix = `variante graine ${seed}\u00a0: `;
  if (!checked.ok) return checked.issues.map((issue) => ({ ...issue, message: `${prefix}${issue.message}` }));
  return keeps.flatMap((keep, i) => {
    const lost = lostPoint(keep, keptAnswers(base.solved.result.trace, keep), keptAnswers(checked.solved.result.trace, keep));
    return lost === undefined ? [] : [{ file, path: `variants.keeps[${i}]`, message: `${prefix}${lost}` }];
  });
}

/** A block whose 200 seeds give fewer than 40 different files: some learners of a class would share their figures. */
export function fewVariants(base: SolvedScenario, file: string): ScenarioIssue[] {
  if (variantsBlockOf(base.data) === undefined) return [];
  const count = servedSeeds(base.data).length;
  if (count >= SERVED_VARIANT_COUNT) return [];
  return [
    {
      file,
      path: "variants.vary",
      message: `${count} variante${count > 1 ? "s" : ""} différente${count > 1 ? "s" : ""} seulement sur ${validationSeeds().length} graines\u00a0: il en faut ${SERVED_VARIANT_COUNT}, pour que deux élèves d'une classe n'aient pas les mêmes chiffres\u00a0; faites varier plus de chiffres ou élargissez les plages`,
    },
  ];
}

/** Seeds detailed in a report: the first failures say what goes wrong, the rest are only listed. */
const DETAILED_SEEDS = 3;
const LISTED_SEEDS = 20;

export interface VariantsReport {
  issues: ScenarioIssue[];
  seedsChecked: number;
  failedSeeds: string[];
}

/**
 * A check of a file's variants taken one seed at a time: `step` checks the next seed and says
 * whether some remain, `report` says what was found so far. The command line runs it to the end at
 * once (`checkVariants`); the editor runs one seed per task, so that the page keeps answering the
 * teacher while the forty served variants are checked (components/authoring/editor, docs/decisions/0163).
 */
export interface StepwiseVariantsCheck {
  step: () => boolean;
  report: () => VariantsReport;
}

function finished(report: VariantsReport): StepwiseVariantsCheck {
  return { step: () => false, report: () => report };
}

/** What the seeds checked so far add up to: the first failures detailed, the others listed. */
function seedsReport(issues: readonly ScenarioIssue[], failedSeeds: readonly string[], seeds: readonly string[], file: string): ScenarioIssue[] {
  if (failedSeeds.length <= DETAILED_SEEDS) return [...issues];
  const listed = failedSeeds.slice(0, LISTED_SEEDS).join(", ");
  return [
    ...issues,
    {
      file,
      path: "variants",
      message: `${failedSeeds.length} variantes sur ${seeds.length} en échec (les ${DETAILED_SEEDS} premières sont détaillées\u00a0; graines ${listed}${failedSeeds.length > LISTED_SEEDS ? ", …" : ""})\u00a0: resserrez les plages ou retirez le point à garder`,
    },
  ];
}

/** `checkVariants`, one seed per `step`. */
function stepwiseVariantsCheck(base: SolvedScenario, file: string, seeds: readonly string[] = validationSeeds()): StepwiseVariantsCheck {
  const block = variantsBlockOf(base.data);
  if (block === undefined) return finished({ issues: [], seedsChecked: 0, failedSeeds: [] });
  const unknown = unknownKeeps(base, block.keeps, file);
  if (unknown.length > 0) return finished({ issues: unknown, seedsChecked: 0, failedSeeds: [] });
  const issues: ScenarioIssue[] = [];
  const failedSeeds: string[] = [];
  let checked = 0;
  return {
    step: () => {
      const seed = seeds[checked];
      if (seed === undefined) return false;
      checked += 1;
      const found = seedIssues(base, block.keeps, seed, file);
      if (found.length > 0) {
        failedSeeds.push(seed);
        if (failedSeeds.length <= DETAILED_SEEDS) issues.push(...found);
      }
      return checked < seeds.length;
    },
    report: () => ({ issues: seedsReport(issues, failedSeeds, seeds, file), seedsChecked: checked, failedSeeds: [...failedSeeds] }),
  };
}

/**
 * `validate`'s check of a file's variants: every seed (by default "1" to "200") gives a scenario
 * that loads, that the engine's key finishes with full marks, and that keeps every kept answer.
 * A file without variants has nothing to check.
 */
export function checkVariants(base: SolvedScenario, file: string, seeds: readonly string[] = validationSeeds()): VariantsReport {
  return toTheEnd(stepwiseVariantsCheck(base, file, seeds));
}

function toTheEnd(check: StepwiseVariantsCheck): VariantsReport {
  while (check.step()) continue;
  return check.report();
}

/** A block's check: enough different variants for a class, then each seed's (docs/decisions/0145), one seed per `step`. */
function stepwiseBlockCheck(base: SolvedScenario, file: string, seeds: readonly string[]): StepwiseVariantsCheck {
  const few = fewVariants(base, file);
  const check = stepwiseVariantsCheck(base, file, seeds);
  return {
    step: check.step,
    report: () => {
      const report = check.report();
      return { ...report, issues: [...few, ...report.issues] };
    },
  };
}

/** `validate`'s check of a file's variants: "1" to "200". */
export function validateVariants(base: SolvedScenario, file: string): VariantsReport {
  return toTheEnd(stepwiseBlockCheck(base, file, validationSeeds()));
}

/**
 * A teacher's file as its learners will draw it: the variants a pseudonym or a link can give
 * (`servedSeeds`, docs/decisions/0144, 0145), checked like `validate` checks its 200, when the file
 * enters the library or is edited (docs/decisions/0145). A learner's page then checks only its own.
 */
export function checkServedVariants(base: SolvedScenario, file: string): VariantsReport {
  return toTheEnd(stepwiseServedVariantsCheck(base, file));
}

/** `checkServedVariants`, one seed per `step`: the editor's, between two tasks of the page. */
export function stepwiseServedVariantsCheck(base: SolvedScenario, file: string): StepwiseVariantsCheck {
  return stepwiseBlockCheck(base, file, servedSeeds(base.data));
}
