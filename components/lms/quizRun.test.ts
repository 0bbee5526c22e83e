// @vitest-environment jsdom
/**
 * A quiz in an LMS, against scorm-again's Scorm12API: each try an interaction of its question's
 * type, the session kept in suspend_data and put back in the store by a new API loaded with the
 * saved cmi, score and status at the end; the longest bundled quiz within 4 096 characters.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as scorm12 from "scorm-again/scorm12";
import { beforeEach, describe, expect, it } from "vitest";
import { decodeResume, finalStatus, SUSPEND_DATA_MAX, type Question, type QuizAnswer, type QuizFile } from "@/domain";
import { parseQuizText } from "@/domain/quiz/load";
import * as runtime from "@/components/quiz/quizRun";
import { quizResults, quizScore } from "@/components/quiz/sessionResults";
import { EMPTY_QUIZ_PROGRESS } from "@/store/quizSlice";
import { appStore } from "@/store/useAppStore";
import { startQuizRun } from "./quizRun";
import { ACTIVITY_CHANGED } from "./scenarioRun";
import { connectScorm } from "./scormApi";

const Scorm12API = (scorm12 as unknown as { Scorm12API: typeof scorm12.default }).Scorm12API;
type Cmi = { suspend_data: string; core: { lesson_status: string; score: { raw: string } }; interactions: Record<string, { id: string; type: string; result: string; student_response: string }> };

const FOLDER = join(process.cwd(), "quizzes");
const quizOf = (name: string): QuizFile => {
  const parsed = parseQuizText(readFileSync(join(FOLDER, name), "utf8"), name);
  if (!parsed.ok) throw new Error(name);
  return parsed.quiz;
};

/** A right answer of each type but « trouvez l'erreur », whose key is the engine's (nothing marked here). */
function rightAnswer(question: Question): QuizAnswer {
  switch (question.type) {
    case "single":
      return { type: "single", optionId: question.correct };
    case "multiple":
      return { type: "multiple", optionIds: question.correct };
    case "trueFalse":
      return { type: "trueFalse", value: question.correct };
    case "ordering":
      return { type: "ordering", itemIds: question.items.map((item) => item.id) };
    case "matching":
      return { type: "matching", matches: Object.fromEntries(question.pairs.map((pair) => [pair.id, pair.right])) };
    case "numeric":
      return { type: "numeric", value: question.answer };
    case "date":
      return { type: "date", value: question.answer };
    case "fillBlank":
      return { type: "fillBlank", values: Object.fromEntries(question.blanks.map((blank) => [blank.id, blank.accepted[0] ?? ""])) };
    case "findErrors":
      return { type: "findErrors", marked: [] };
  }
}

function lms(saved?: object) {
  const api = new Scorm12API({ logLevel: 5, autocommit: false } as never);
  api.loadFromJSON((saved ?? { core: { student_name: "Martin, Léa" } }) as never, "");
  const errors: string[] = [];
  const setValue = api.LMSSetValue.bind(api);
  api.LMSSetValue = (element: string, value: unknown) => {
    const result = setValue(element, value);
    if (api.LMSGetLastError() !== "0") errors.push(`${element}=${String(value)}: ${api.LMSGetLastError()}`);
    return result;
  };
  const problems: string[] = [];
  const adapter = connectScorm(api as never, (message) => problems.push(message));
  return { adapter, errors, problems, cmi: () => (api.renderCMIToJSONObject() as { cmi: Cmi }).cmi };
}

const KEY = "activite:quiz";

/** The learner answers the question shown, then goes on (as QuestionStep does). */
function answer(question: Question, tries = 1) {
  const store = appStore().getState();
  for (let i = 0; i < tries; i += 1) {
    const judged = quizResults([question], { ...store.quiz.sessions[KEY]!, tries: {} })[0]!;
    store.answerQuestion(KEY, question.id, { answer: rightAnswer(question) }, { notion: question.notion, credit: judged.judged.credit, correct: judged.judged.correct }, 12_000);
  }
  appStore().getState().nextQuestion(KEY);
}

beforeEach(() => appStore().setState({ quiz: EMPTY_QUIZ_PROGRESS }));

describe("a quiz in an LMS (scorm-again)", () => {
  const quiz = quizOf("facturation.json");
  const questions = runtime.composeFrom([quiz], { kind: "mixed", count: 6 }, 42);

  it("reports each answer, resumes the drawn questions and answers from suspend_data, and scores the end", () => {
    const first = lms();
    const run = startQuizRun(quiz, KEY, "h1", first.adapter, runtime, { masteryScore: 50 });
    expect(run.notice).toBeNull();
    appStore().getState().startQuiz(KEY, { mode: "training", certaintyBased: false, seed: 42, questionIds: questions.map((q) => q.id) });
    questions.slice(0, 3).forEach((question) => answer(question));
    const left = first.cmi();
    expect(Object.values(left.interactions).map(({ id }) => id)).toEqual(questions.slice(0, 3).map((q) => q.id));
    expect(left.core.lesson_status).toBe("incomplete");
    first.adapter.leave(run.finished(), "0000:03:00.00");
    run.stop();
    expect(first.errors).toEqual([]);

    // Another browser: the store knows nothing, the LMS gives the session back.
    appStore().setState({ quiz: EMPTY_QUIZ_PROGRESS });
    const second = lms(first.cmi());
    const resumed = startQuizRun(quiz, KEY, "h1", second.adapter, runtime, { masteryScore: 50 });
    const session = appStore().getState().quiz.sessions[KEY];
    expect(session?.questionIds).toEqual(questions.map((q) => q.id));
    expect(session?.position).toBe(3);
    expect(Object.keys(session?.tries ?? {})).toEqual(questions.slice(0, 3).map((q) => q.id));
    questions.slice(3).forEach((question) => answer(question));
    const done = second.cmi();
    expect(Object.values(done.interactions).map(({ id }) => id)).toEqual(questions.map((q) => q.id));
    const percent = quizScore(quizResults(questions, appStore().getState().quiz.sessions[KEY]!)).percent;
    expect(done.core.score.raw).toBe(String(percent));
    expect(done.core.lesson_status).toBe(finalStatus(percent, 50));
    expect(resumed.finished()).toBe(true);
    expect(second.errors).toEqual([]);
    expect(second.problems).toEqual([]);
    resumed.stop();
  });

  it("starts afresh, saying so, when the quiz kept is another version", () => {
    const first = lms();
    const run = startQuizRun(quiz, KEY, "h1", first.adapter, runtime);
    appStore().getState().startQuiz(KEY, { mode: "training", certaintyBased: false, seed: 42, questionIds: questions.map((q) => q.id) });
    run.stop();
    appStore().setState({ quiz: EMPTY_QUIZ_PROGRESS });
    const changed = startQuizRun(quiz, KEY, "h2", lms(first.cmi()).adapter, runtime);
    expect(changed.notice).toBe(ACTIVITY_CHANGED);
    expect(appStore().getState().quiz.sessions[KEY]).toBeUndefined();
    changed.stop();
  });

  it("keeps the longest bundled quiz, all questions answered twice, within 4 096 characters", () => {
    const longest = readdirSync(FOLDER)
      .filter((name) => name.endsWith(".json"))
      .map(quizOf)
      .map((file) => ({ file, all: runtime.composeFrom([file], { kind: "mixed", count: 1_000 }, 7) }))
      .reduce((a, b) => (b.all.length > a.all.length ? b : a));
    const { adapter, cmi, errors } = lms();
    const run = startQuizRun(longest.file, KEY, "0123456789abcdef", adapter, runtime);
    appStore().getState().startQuiz(KEY, { mode: "training", certaintyBased: true, seed: 7, questionIds: longest.all.map((q) => q.id) });
    longest.all.forEach((question) => answer(question, 2));
    const suspend = cmi().suspend_data;
    console.log(`suspend_data, quiz « ${longest.file.id} » (${longest.all.length} questions, deux essais chacune) : ${suspend.length} caractères`);
    expect(suspend.length).toBeLessThanOrEqual(SUSPEND_DATA_MAX);
    expect(decodeResume(suspend)).toMatchObject({ ok: true, state: { kind: "quiz", id: longest.file.id, position: longest.all.length } });
    expect(errors).toEqual([]);
    run.stop();
  });
});
