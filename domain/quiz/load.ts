/**
 * The one boundary where quiz files enter the engine, as domain/scenarioLoad.ts is for scenarios:
 * the same input rules and JSON syntax, the strict schema, then the consistency rules the schema
 * cannot see (ids, answers among the options, blanks, glossary, the notion's stage, the invoice
 * of « trouvez l'erreur » checkable by stage 4's engine). Every problem is said in French as
 * « fichier : chemin : message »; nothing a teacher writes makes it throw.
 */
import { isIsoDate } from "../dates";
import { glossaryEntry } from "../glossary";
import { DomainError } from "../money";
import { formatHalfYear, halfYearOf, KNOWN_HALF_YEAR_RATES } from "../rates";
import { unlistedKeys } from "../control";
import { duplicates, parseJsonText, schemaIssues, type ScenarioIssue } from "../scenarioLoad";
import { checkInputValues, type FileFormat } from "../scenarioInput";
import { listFr, normalizeName } from "../text";
import { GENERATOR_IDS, isGeneratorId } from "./generators";
import { findErrorsKey } from "./findErrors";
import { NOTIONS, numberedQuizStage } from "./notions";
import { quizFileSchema } from "./schema";
import { blankIdsOf } from "./text";
import type { FillBlankQuestion, FindErrorsQuestion, MatchingQuestion, MultipleChoiceQuestion, Question, QuizFile, SingleChoiceQuestion } from "./vocabulary";

export const QUIZ_FORMAT: FileFormat = {
  document: "un questionnaire",
  // A question's texts are shown in a line of the quiz page: none keeps a line break.
  multilineFields: new Set(),
  // The input limits are the scenarios' (INPUT_LIMITS), documented once.
  guide: "scenarios/README.md, «\u00a0Le fichier\u00a0: encodage, taille, caractères\u00a0»",
};

/** "fichier : chemin : message", the scenarios' shape (formatIssue prints both). */
export type QuizIssue = ScenarioIssue;

export type QuizParseResult = { ok: true; quiz: QuizFile } | { ok: false; issues: QuizIssue[] };

/** A quiz file's data: the input rules, the schema, then the consistency rules. */
export function parseQuiz(data: unknown, file: string): QuizParseResult {
  const inputIssues = checkInputValues(data, file, QUIZ_FORMAT);
  if (inputIssues.length > 0) return { ok: false, issues: inputIssues };
  const parsed = quizFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, issues: schemaIssues(quizFileSchema, parsed.error, file, data) };
  const issues = quizProblems(parsed.data).map((problem) => ({ file, ...problem }));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, quiz: parsed.data };
}

/** A quiz file's text: JSON (size, syntax with its line and column, fields written twice), then parseQuiz. */
export function parseQuizText(text: string, file: string): QuizParseResult {
  const read = parseJsonText(text, file, QUIZ_FORMAT);
  return read.ok ? parseQuiz(read.data, file) : read;
}

export interface QuizBank {
  /** The files that hold, each alone and beside the others. */
  quizzes: QuizFile[];
  /** Every problem, named at its file (a question id met twice: at the second file). */
  issues: QuizIssue[];
}

/** The whole bank: each file, then what only the bank can see (a question id or a quiz id used twice). */
export function parseQuizBank(files: readonly { file: string; text: string }[]): QuizBank {
  const quizzes: QuizFile[] = [];
  const issues: QuizIssue[] = [];
  const quizIds = new Map<string, string>();
  const questionIds = new Map<string, string>();
  for (const { file, text } of files) {
    const parsed = parseQuizText(text, file);
    if (!parsed.ok) {
      issues.push(...parsed.issues);
      continue;
    }
    const clashes: QuizIssue[] = [];
    const firstQuiz = quizIds.get(parsed.quiz.id);
    if (firstQuiz !== undefined) clashes.push({ file, path: "id", message: `le questionnaire «\u00a0${parsed.quiz.id}\u00a0» existe déjà dans ${firstQuiz}\u00a0: chaque questionnaire a son identifiant` });
    parsed.quiz.questions.forEach((question, i) => {
      const first = questionIds.get(question.id);
      if (first !== undefined) clashes.push({ file, path: `questions[${i}].id`, message: `la question «\u00a0${question.id}\u00a0» existe déjà dans ${first}\u00a0: un identifiant désigne une seule question de la banque` });
    });
    if (clashes.length > 0) {
      issues.push(...clashes);
      continue;
    }
    quizIds.set(parsed.quiz.id, file);
    for (const question of parsed.quiz.questions) questionIds.set(question.id, file);
    quizzes.push(parsed.quiz);
  }
  return { quizzes, issues };
}

// ---------------------------------------------------------------------------------------------
// Consistency: what the schema alone cannot see.
// ---------------------------------------------------------------------------------------------

interface Problem {
  path: string;
  message: string;
}

function quizProblems(quiz: QuizFile): Problem[] {
  const ids = duplicates(quiz.questions.map((q) => q.id));
  const questions = quiz.questions.flatMap((question, i) => {
    const at = `questions[${i}]`;
    const repeated = ids.has(question.id) ? [{ path: `${at}.id`, message: `l'identifiant «\u00a0${question.id}\u00a0» est donné à plusieurs questions du fichier` }] : [];
    return [...repeated, ...commonProblems(question, at), ...typeProblems(question, at)];
  });
  return [...questions, ...generatorProblems(quiz)];
}

/** A quiz draws only generators the engine has: a misspelt id would fail when the learner opens it. */
function generatorProblems(quiz: QuizFile): Problem[] {
  return (quiz.generators ?? []).flatMap((ref, i) =>
    isGeneratorId(ref.generator) ? [] : [{ path: `generators[${i}].generator`, message: `générateur «\u00a0${ref.generator}\u00a0» inconnu (connus\u00a0: ${GENERATOR_IDS.join(", ")})` }],
  );
}

/** The notion's stage and the glossary links, for every type. */
function commonProblems(question: Question, at: string): Problem[] {
  const notionStage = NOTIONS[question.notion].stage;
  const stage =
    notionStage === question.stage
      ? []
      : [{ path: `${at}.stage`, message: `la notion «\u00a0${NOTIONS[question.notion].label}\u00a0» relève de l'étape «\u00a0${numberedQuizStage(notionStage)}\u00a0»\u00a0: choisissez cette étape, ou une notion de l'étape «\u00a0${numberedQuizStage(question.stage)}\u00a0»` }];
  const glossary = (question.glossary ?? []).flatMap((id, k) =>
    glossaryEntry(id) === undefined ? [{ path: `${at}.glossary[${k}]`, message: `entrée de glossaire «\u00a0${id}\u00a0» inconnue\u00a0: choisissez un terme de la page «\u00a0Glossaire\u00a0» du site` }] : [],
  );
  return [...stage, ...glossary];
}

function typeProblems(question: Question, at: string): Problem[] {
  switch (question.type) {
    case "single":
    case "multiple":
      return choiceProblems(question, at);
    case "ordering":
      return uniqueIdProblems(question.items, `${at}.items`, "élément");
    case "matching":
      return matchingProblems(question, at);
    case "fillBlank":
      return fillBlankProblems(question, at);
    case "findErrors":
      return findErrorsProblems(question, at);
    case "trueFalse":
    case "numeric":
    case "date":
      return [];
  }
}

function uniqueIdProblems(entries: readonly { id: string }[], at: string, noun: string): Problem[] {
  const repeated = duplicates(entries.map((entry) => entry.id));
  return entries.flatMap((entry, k) => (repeated.has(entry.id) ? [{ path: `${at}[${k}].id`, message: `l'identifiant «\u00a0${entry.id}\u00a0» est donné à plusieurs ${noun}s` }] : []));
}

/** The right answers name options, and a multiple choice keeps a wrong one (else ticking all would do). */
function choiceProblems(question: SingleChoiceQuestion | MultipleChoiceQuestion, at: string): Problem[] {
  const optionIds = question.options.map((option) => option.id);
  const known = `identifiants des propositions\u00a0: ${listFr(optionIds.map((id) => `«\u00a0${id}\u00a0»`))}`;
  // An empty answer is the one left to fill, not an id written wrong: it is told what to write.
  const unknown = (id: string, path: string, empty: string): Problem[] =>
    optionIds.includes(id) ? [] : [{ path, message: id.trim() === "" ? `${empty}\u00a0: indiquez l'identifiant d'une proposition (${known})` : `«\u00a0${id}\u00a0» ne désigne aucune proposition (${known})` }];
  const problems = uniqueIdProblems(question.options, `${at}.options`, "proposition");
  if (question.type === "single") return [...problems, ...unknown(question.correct, `${at}.correct`, "aucune proposition n'est marquée comme la bonne réponse")];
  const repeated = duplicates(question.correct);
  question.correct.forEach((id, k) => {
    problems.push(...unknown(id, `${at}.correct[${k}]`, "bonne réponse vide"));
    if (repeated.has(id) && question.correct.indexOf(id) !== k) problems.push({ path: `${at}.correct[${k}]`, message: `«\u00a0${id}\u00a0» est écrit deux fois` });
  });
  if (optionIds.every((id) => question.correct.includes(id))) {
    problems.push({ path: `${at}.correct`, message: "toutes les propositions sont justes\u00a0: une question à choix multiples garde au moins une proposition fausse (sinon tout cocher suffit)" });
  }
  return problems;
}

/** Each left item has one right answer: two pairs, or a distractor, with the same answer could not be told apart. */
function matchingProblems(question: MatchingQuestion, at: string): Problem[] {
  const rights = question.pairs.map((pair) => normalizeName(pair.right));
  const repeated = duplicates(rights);
  return [
    ...uniqueIdProblems(question.pairs, `${at}.pairs`, "paire"),
    ...question.pairs.flatMap((pair, k) =>
      repeated.has(rights[k] ?? "") && rights.indexOf(rights[k] ?? "") !== k ? [{ path: `${at}.pairs[${k}].right`, message: `«\u00a0${pair.right}\u00a0» est déjà la réponse d'une autre paire` }] : [],
    ),
    ...(question.distractors ?? []).flatMap((distractor, k) =>
      rights.includes(normalizeName(distractor)) ? [{ path: `${at}.distractors[${k}]`, message: `«\u00a0${distractor}\u00a0» est aussi la réponse d'une paire\u00a0: un intrus ne répond à rien` }] : [],
    ),
  ];
}

/** Every `[[id]]` of the text has its blank, every blank appears once, and a drop-down offers what it accepts. */
function fillBlankProblems(question: FillBlankQuestion, at: string): Problem[] {
  const inText = blankIdsOf(question.text);
  const declared = question.blanks.map((blank) => blank.id);
  const problems = uniqueIdProblems(question.blanks, `${at}.blanks`, "blanc");
  for (const id of new Set(inText)) {
    const count = inText.filter((other) => other === id).length;
    if (!declared.includes(id)) problems.push({ path: `${at}.text`, message: `le blanc [[${id}]] n'a pas de réponse dans blanks` });
    else if (count > 1) problems.push({ path: `${at}.text`, message: `le blanc [[${id}]] apparaît ${count} fois\u00a0: chaque blanc apparaît une seule fois` });
  }
  question.blanks.forEach((blank, k) => {
    if (!inText.includes(blank.id)) problems.push({ path: `${at}.blanks[${k}].id`, message: `le blanc «\u00a0${blank.id}\u00a0» n'apparaît pas dans le texte\u00a0: écrivez [[${blank.id}]] à sa place` });
    if (blank.choices === undefined) return;
    const choices = blank.choices.map(normalizeName);
    blank.accepted.forEach((accepted, j) => {
      if (!choices.includes(normalizeName(accepted))) problems.push({ path: `${at}.blanks[${k}].accepted[${j}]`, message: `«\u00a0${accepted}\u00a0» n'est pas dans la liste choices\u00a0: l'élève ne pourrait pas le choisir` });
    });
  });
  return problems;
}

/** The invoice must be one stage 4's engine checks, and each anomaly it finds one the learner can mark. */
function findErrorsProblems(question: FindErrorsQuestion, at: string): Problem[] {
  try {
    const { key } = findErrorsKey(question);
    const unmarkable = unlistedKeys(key);
    return unmarkable.length === 0
      ? []
      : [{ path: `${at}.control.list`, message: `anomalie${unmarkable.length > 1 ? "s" : ""} que l'élève ne peut pas marquer sur la liste «\u00a0${key.list}\u00a0»\u00a0: ${listFr(unmarkable)}` }];
  } catch (error) {
    if (error instanceof DomainError && error.code === "rates.unknownHalfYear") return [unknownHalfYear(question, at)];
    return [{ path: `${at}.control`, message: `le moteur du contrôle de facture refuse cette facture\u00a0: ${error instanceof Error ? error.message : String(error)}` }];
  }
}

/**
 * The floor of the late-penalty rate is read in the table of rates by half-year; a scenario states
 * the rates of a half-year the table lacks, a quiz file cannot: its invoice is dated within the table.
 */
function unknownHalfYear(question: FindErrorsQuestion, at: string): Problem {
  const issueDate = question.control.invoice.issueDate;
  const date = issueDate !== undefined && isIsoDate(issueDate) ? issueDate : question.today;
  const [first] = KNOWN_HALF_YEAR_RATES;
  const last = KNOWN_HALF_YEAR_RATES.at(-1);
  const range = first !== undefined && last !== undefined ? `\u00a0: datez la facture du ${formatHalfYear(first.halfYear)} au ${formatHalfYear(last.halfYear)}` : "";
  return {
    path: date === question.today ? `${at}.today` : `${at}.control.invoice.issueDate`,
    message: `le ${formatHalfYear(halfYearOf(date))} n'est pas dans la table des taux du moteur, et un questionnaire n'en indique pas${range}`,
  };
}
