/**
 * Every generator over 1 000 seeds: a question the schema accepts, whose answer the engine finds
 * again from the situation the generator exposes (no second formula here: the engine's own
 * functions), written in its explanation, rebuilt from its id.
 */
import { describe, expect, it } from "vitest";
import { formatDateFr } from "../../dates";
import { checkCredit } from "../../credit";
import { assessDunningAction } from "../../followUp/ladder";
import { computeInvoice } from "../../invoice";
import { DomainError, formatEuros, percentOf } from "../../money";
import { nextNumber, placeInSeries } from "../../numbering";
import { dueDate, effectiveLatePenaltyRate } from "../../paymentTerms";
import { penaltiesToDate } from "../../followUp/ladder";
import { NOTIONS } from "../notions";
import { questionSchema } from "../schema";
import type { NumericQuestion, Question, SingleChoiceQuestion } from "../vocabulary";
import { cascadeOneRate, cascadeSeveralRates } from "./cascade";
import { creditLimitGenerator, POLICY_DECISION } from "./credit";
import { depositOnOrder } from "./deposit";
import { dueDateGenerator } from "./dueDate";
import { DUNNING_OPTIONS, dunningStepGenerator } from "./dunning";
import type { QuestionGenerator } from "./generator";
import { GENERATOR_IDS, GENERATORS, generateQuestion, questionFromId } from "./index";
import { numberingGenerator } from "./numbering";
import { latePenaltiesGenerator } from "./penalties";

const SEEDS = Array.from({ length: 1000 }, (_, i) => i);
/** A thousand worked solutions take a second or two; more on a machine shared with other runs. */
const SLOW = 60_000;

function numeric(question: Question): NumericQuestion {
  if (question.type !== "numeric") throw new Error(`question numérique attendue, reçu ${question.type}`);
  return question;
}

function single(question: Question): SingleChoiceQuestion {
  if (question.type !== "single") throw new Error(`question à choix unique attendue, reçu ${question.type}`);
  return question;
}

function answerCents(question: Question): number {
  return Math.round(numeric(question).answer * 100);
}

interface Case {
  generator: QuestionGenerator<unknown>;
  /** Asks the engine again, from the inputs alone, and compares with the question's answer. */
  verify(inputs: unknown, question: Question): void;
}

function entry<Inputs>(generator: QuestionGenerator<Inputs>, verify: (inputs: Inputs, question: Question) => void): Case {
  return { generator, verify } as Case;
}

const CASES: Case[] = [
  entry(cascadeOneRate, (inputs, question) => {
    expect(answerCents(question)).toBe(computeInvoice(inputs.invoice)[inputs.asked]);
    expect(numeric(question).tolerance).toBe(0);
  }),
  entry(cascadeSeveralRates, (inputs, question) => {
    const computed = computeInvoice(inputs.invoice);
    expect(answerCents(question)).toBe(computed[inputs.asked]);
    // The figure computed rate by rate is accepted too (docs/decisions/0079): it lies within the tolerance.
    const perRate = computed.perRateMethod?.[inputs.asked] ?? computed[inputs.asked];
    expect(Math.abs(perRate - answerCents(question))).toBeLessThanOrEqual(Math.round(numeric(question).tolerance * 100));
  }),
  entry(creditLimitGenerator, (inputs, question) => {
    const check = checkCredit(inputs.credit);
    if (inputs.asked === "decision") expect(single(question).correct).toBe(check.passes ? "accepter" : POLICY_DECISION[inputs.policy]);
    else expect(answerCents(question)).toBe(check[inputs.asked]);
  }),
  entry(depositOnOrder, (inputs, question) => {
    const deposit = percentOf(computeInvoice(inputs.order).totalInclTaxCents, inputs.depositPercent);
    expect(answerCents(question)).toBe(inputs.asked === "deposit" ? deposit : computeInvoice({ ...inputs.order, depositCents: deposit }).amountDueCents);
  }),
  entry(numberingGenerator, (inputs, question) => {
    const place = placeInSeries(inputs.number, inputs.issued);
    const validated = nextNumber(inputs.series, inputs.date);
    const expected = place.kind === "duplicate" ? "doublon" : place.kind === "gap" ? "trou" : validated.ok ? "suivant" : "retour-en-arriere";
    expect(single(question).correct).toBe(expected);
    // A number judged « suivant » is the very number the PGI would give on that date.
    if (expected === "suivant") expect(validated.ok && validated.number).toBe(inputs.number);
  }),
  entry(dueDateGenerator, (inputs, question) => {
    expect(question.type === "date" && question.answer).toBe(dueDate(inputs.invoiceDate, inputs.terms));
  }),
  entry(latePenaltiesGenerator, (inputs, question) => {
    const rate = effectiveLatePenaltyRate(inputs.rateConfig).ratePercent;
    expect(answerCents(question)).toBe(penaltiesToDate({ ...inputs.penalties, annualRatePercent: rate })[inputs.asked]);
  }),
  entry(dunningStepGenerator, (inputs, question) => {
    // The engine's judge of a learner's choice: the right option is the only choice it calls correct.
    const verdicts = DUNNING_OPTIONS.map((option) => [option.id, assessDunningAction({ ...inputs.dunning, action: option.choice }).correct] as const);
    expect(verdicts.filter(([, correct]) => correct).map(([id]) => id)).toEqual([single(question).correct]);
  }),
];

/** The answer as the explanation must write it: a sum in euros, a date, the right option. */
function answerText(question: Question): string {
  switch (question.type) {
    case "numeric":
      return formatEuros(answerCents(question));
    case "date":
      return formatDateFr(question.answer);
    case "single":
      return question.options.find((o) => o.id === question.correct)?.text ?? "(option introuvable)";
    default:
      throw new Error(`type de question inattendu\u00a0: ${question.type}`);
  }
}

function textsOf(question: Question): string[] {
  const options = question.type === "single" ? question.options.flatMap((o) => [o.text, o.feedback ?? ""]) : [];
  return [question.prompt, question.explanation, ...options];
}

const drawn = new Map<string, { question: Question; inputs: unknown }[]>();
function draws(generator: QuestionGenerator<unknown>) {
  const known = drawn.get(generator.id);
  if (known !== undefined) return known;
  const made = SEEDS.map((seed) => generator.generateWithInputs(seed));
  drawn.set(generator.id, made);
  return made;
}

describe.each(CASES.map((c) => [c.generator.id, c] as const))("%s", (id, { generator, verify }) => {
  it("is listed under its id, at the stage of its notion", () => {
    expect(GENERATORS[id as keyof typeof GENERATORS]).toBe(generator);
    expect(NOTIONS[generator.notion].stage).toBe(generator.stage);
  });

  it(
    "over 1 000 seeds: the schema accepts the question, the engine finds its answer, the explanation writes it",
    () => {
      for (const { question, inputs } of draws(generator)) {
        expect(questionSchema.parse(question)).toEqual(question);
        verify(inputs, question);
        expect(question.explanation).toContain(answerText(question));
        expect(question.stage).toBe(generator.stage);
        expect(question.notion).toBe(generator.notion);
      }
    },
    SLOW,
  );

  it(
    "writes French spacing: a no-break space before «\u00a0:\u00a0;\u00a0?\u00a0!\u00a0» and inside the quotes",
    () => {
      for (const { question } of draws(generator)) {
        for (const text of textsOf(question)) expect(text).not.toMatch(/ [:;?!»]|« /u);
      }
    },
    SLOW,
  );

  it(
    "gives the same question for the same seed, rebuilt from its id, and varies with the seed",
    () => {
      const questions = draws(generator).map((d) => d.question);
      // Rebuilt from its id, the question is drawn again from the same seed: the same, field for field.
      questions.forEach((question, seed) => {
        expect(question.id).toBe(`gen-${id}-${seed}`);
        expect(questionFromId(question.id)).toEqual(question);
      });
      expect(new Set(questions.map((q) => q.prompt)).size).toBeGreaterThan(900);
      expect(new Set(questions.map((q) => JSON.stringify(q.type === "single" ? q.correct : "answer" in q ? q.answer : null))).size).toBeGreaterThan(3);
    },
    SLOW,
  );

  it("draws every difficulty, and a question asked at a difficulty keeps it when rebuilt from its id", () => {
    for (const difficulty of [1, 2, 3] as const) {
      const questions = [0, 1, 2, 3].map((seed) => generator.generate(seed, difficulty));
      expect(questions.map((q) => q.difficulty)).toEqual([difficulty, difficulty, difficulty, difficulty]);
      expect(new Set(questions.map((q) => q.id)).size).toBe(4);
      for (const question of questions) expect(questionFromId(question.id)).toEqual(question);
    }
    expect(draws(generator).map((d) => d.question.difficulty).slice(0, 3)).toEqual([1, 2, 3]);
  });

  it(
    "makes every option the right one for some seed (no option is a dead distractor)",
    () => {
      const questions = draws(generator).map((d) => d.question).filter((q) => q.type === "single");
      const options = questions[0]?.options.map((o) => o.id) ?? [];
      expect(new Set(questions.map((q) => q.correct))).toEqual(new Set(options));
    },
    SLOW,
  );
});

describe("generated ids", () => {
  it("covers every generator with a test of its answers", () => {
    expect(CASES.map((c) => c.generator.id).sort()).toEqual([...GENERATOR_IDS].sort());
  });

  it("rebuilds nothing from a written question's id, an unknown generator or a malformed number", () => {
    for (const id of ["encours-commandes-acceptees", "gen-inconnu-3", "gen-echeance-03", "gen-echeance-", "gen-echeance-1.5", "gen-echeance-99999999999999999999"]) {
      expect(questionFromId(id)).toBeUndefined();
    }
  });

  it("generateQuestion draws by id, and names the known generators when the id is unknown", () => {
    expect(generateQuestion("echeance", 12, 2)).toEqual(dueDateGenerator.generate(12, 2));
    expect(generateQuestion("echeance", 12, 2).id).toBe("gen-echeance-37");
    expect(() => generateQuestion("tva", 1)).toThrow(DomainError);
    expect(() => generateQuestion("tva", 1)).toThrow(/générateur «\u00a0tva\u00a0» inconnu \(connus\u00a0: cascade-un-taux, /u);
  });
});
