/**
 * Which questions a quiz asks, in which order, drawn from a seed: a stage's quiz, a mixed review, the
 * quick self-test, a quiz on the notions a scenario missed, the review of one's errors. The
 * generators (generators/, drawn by the quiz files' `generators`) come in as a parameter, so that
 * composing a quiz depends on what they produce, not on how.
 */
import { QUIZ_STAGES, type NotionId, type QuizStage } from "./notions";
import { drawSeed, seededRandom, shuffleWith } from "./random";
import type { Question, QuizFile } from "./vocabulary";

export type QuizRequest =
  /** Every question of the stage, written and generated. */
  | { kind: "stage"; stage: QuizStage }
  /** `count` questions spread over the stages, interleaved. */
  | { kind: "mixed"; count: number }
  /** SELF_TEST_SIZE questions across the course, in the course's order. */
  | { kind: "selfTest" }
  /** Up to NOTIONS_QUIZ_SIZE questions on these notions (the ones a scenario's decisions missed). */
  | { kind: "notions"; notions: readonly NotionId[] }
  /** These questions, in this order (« Revoir mes erreurs »): written ones by id, generated ones rebuilt. */
  | { kind: "review"; questionIds: readonly string[] };

/** What generators/ provides: a question from a generator and a seed, and a generated question rebuilt from its id. */
export interface GeneratedQuestionSource {
  generateQuestion(generatorId: string, seed: number, difficulty?: 1 | 2 | 3): Question;
  questionFromId(questionId: string): Question | undefined;
}

export const SELF_TEST_SIZE = 10;
export const NOTIONS_QUIZ_SIZE = 10;

/**
 * The questions a quiz may draw from: every written question of the bank, then for each generator a
 * quiz file lists, `count` generated questions with seeds drawn from the quiz's seed.
 */
function candidates(bank: readonly QuizFile[], random: () => number, generator: GeneratedQuestionSource | undefined): Question[] {
  const written = bank.flatMap((quiz) => quiz.questions);
  if (generator === undefined) return written;
  const seen = new Set(written.map((question) => question.id));
  const generated: Question[] = [];
  for (const ref of bank.flatMap((quiz) => quiz.generators ?? [])) {
    for (let k = 0; k < ref.count; k += 1) {
      const question = generator.generateQuestion(ref.generator, drawSeed(random), ref.difficulty);
      if (!seen.has(question.id)) generated.push(question);
      seen.add(question.id);
    }
  }
  return [...written, ...generated];
}

/** The first question of each notion before the second of any: a short quiz covers more of the course. */
function notionsFirst(questions: readonly Question[]): Question[] {
  const seen = new Map<NotionId, number>();
  const ranked = questions.map((question) => {
    const rank = seen.get(question.notion) ?? 0;
    seen.set(question.notion, rank + 1);
    return { question, rank };
  });
  return ranked.sort((a, b) => a.rank - b.rank).map((entry) => entry.question);
}

/** Up to `count` questions taken in turn from each group (a stage, a notion), groups and questions in a drawn order. */
function spread(questions: readonly Question[], count: number, groupOf: (question: Question) => string, random: () => number): Question[] {
  const groups = new Map<string, Question[]>();
  for (const question of shuffleWith(questions, random)) {
    const key = groupOf(question);
    groups.set(key, [...(groups.get(key) ?? []), question]);
  }
  const queues = shuffleWith([...groups.values()].map(notionsFirst), random);
  const picked: Question[] = [];
  for (let round = 0; picked.length < count && queues.some((queue) => round < queue.length); round += 1) {
    for (const queue of queues) {
      const question = queue[round];
      if (question !== undefined && picked.length < count) picked.push(question);
    }
  }
  return picked;
}

function inCourseOrder(questions: readonly Question[]): Question[] {
  return [...questions].sort((a, b) => QUIZ_STAGES.indexOf(a.stage) - QUIZ_STAGES.indexOf(b.stage));
}

/** The questions of a quiz; the same bank, request and seed give the same questions in the same order. */
export function composeQuiz(bank: readonly QuizFile[], request: QuizRequest, seed: number, generator?: GeneratedQuestionSource): Question[] {
  const random = seededRandom(seed);
  if (request.kind === "review") {
    const written = new Map(bank.flatMap((quiz) => quiz.questions).map((question) => [question.id, question]));
    // A question since removed from the bank is skipped: the page may drop its card.
    return request.questionIds.flatMap((id) => written.get(id) ?? generator?.questionFromId(id) ?? []);
  }
  const pool = candidates(bank, random, generator);
  switch (request.kind) {
    case "stage":
      return shuffleWith(pool.filter((question) => question.stage === request.stage), random);
    case "mixed":
      return shuffleWith(spread(pool, request.count, (question) => question.stage, random), random);
    case "selfTest":
      return inCourseOrder(spread(pool, SELF_TEST_SIZE, (question) => question.stage, random));
    case "notions": {
      const wanted = new Set(request.notions);
      const chosen = spread(pool.filter((question) => wanted.has(question.notion)), NOTIONS_QUIZ_SIZE, (question) => question.notion, random);
      return shuffleWith(chosen, random);
    }
  }
}
