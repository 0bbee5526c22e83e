"use client";

import { useId, useState } from "react";
import { generateQuestion, GENERATORS, isGeneratorId, judgeAnswer, type Difficulty, type Question } from "@/domain";
import { emptyDraft, readDraft, type Draft } from "@/components/quiz/drafts";
import { QuestionWidget } from "@/components/quiz/QuestionWidget";
import { verdictTitle } from "@/components/quiz/AnswerFeedback";
import type { PanelState } from "./DraftEditor";

/**
 * Beside the quiz form: the question being edited as the learner will see it, drawn by the
 * learner's own widget and playable, with the answer the judge expects and the explanation; for a
 * generator, one question drawn from a seed the teacher changes, with the engine's worked solution
 * (docs/decisions/0116).
 */

/** The seed of the example shown first: any fixed one, so that the example does not change on reload. */
const FIRST_SEED = 1;

type Focus = { list: "questions" | "generators"; index: number };

/** The entry the teacher is in (« questions[2].prompt » → question 3), else the last written question. */
export function focusedEntry(path: string, value: unknown): Focus | undefined {
  const match = /^(questions|generators)\[(\d+)\]/u.exec(path);
  if (match !== null) return { list: match[1] as Focus["list"], index: Number(match[2]) };
  const questions = (value as { questions?: unknown } | undefined)?.questions;
  return Array.isArray(questions) && questions.length > 0 ? { list: "questions", index: questions.length - 1 } : undefined;
}

function entryAt(value: unknown, focus: Focus): Record<string, unknown> | undefined {
  const list = (value as Record<string, unknown> | undefined)?.[focus.list];
  const entry: unknown = Array.isArray(list) ? list[focus.index] : undefined;
  return typeof entry === "object" && entry !== null ? (entry as Record<string, unknown>) : undefined;
}

/** The question drawn by the learner's widget: answer it, « Vérifier » says what the judge would. */
function PlayableQuestion({ question }: { question: Question }) {
  const idBase = useId().replace(/:/gu, "");
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(question, FIRST_SEED));
  const [verdict, setVerdict] = useState<string | undefined>(undefined);
  const check = () => {
    const read = readDraft(question, draft);
    setVerdict(read.ok ? verdictTitle(judgeAnswer(question, read.answer)) : read.message);
  };
  const expected = judgeAnswer(question, undefined).expected;
  return (
    <div className="quiz-preview">
      <p id={`${idBase}-prompt`} className="quiz-prompt">
        {question.prompt}
      </p>
      <QuestionWidget
        question={question}
        draft={draft}
        onChange={(next) => {
          setDraft(next);
          setVerdict(undefined);
        }}
        locked={false}
        judged={undefined}
        promptId={`${idBase}-prompt`}
        idBase={idBase}
        seed={FIRST_SEED}
        error={undefined}
        level={4}
      />
      <p>
        <button type="button" className="button secondary small" onClick={check}>
          Vérifier ma réponse
        </button>
      </p>
      <p aria-live="polite">{verdict ?? ""}</p>
      <p>
        <strong>Réponse attendue&nbsp;:</strong> {expected}
      </p>
      <p className="quiz-preview-explanation">
        <strong>Explication&nbsp;:</strong> {question.explanation}
      </p>
    </div>
  );
}

/** The engine's question may fail on figures the check has not yet refused (an invoice being written): said, not thrown. */
function expectedOrError(question: Question): string | undefined {
  try {
    judgeAnswer(question, undefined);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function WrittenPreview({ question, index, issues }: { question: Question | undefined; index: number; issues: readonly string[] }) {
  if (question === undefined) {
    return (
      <>
        <h3>Question {index + 1}</h3>
        <p className="muted">
          L&apos;aperçu paraît quand les champs de la question sont remplis
          {issues.length > 0 ? `\u00a0: ${issues.length === 1 ? "1 point à corriger" : `${issues.length} points à corriger`}, signalés sous les champs.` : "."}
        </p>
      </>
    );
  }
  const failure = expectedOrError(question);
  return (
    <>
      <h3>Question {index + 1}</h3>
      {issues.length > 0 ? <p className="field-error">À corriger avant de jouer le questionnaire&nbsp;: {issues.join("\u00a0; ")}</p> : null}
      {failure !== undefined ? <p className="field-error">{failure}</p> : <PlayableQuestion key={JSON.stringify(question)} question={question} />}
    </>
  );
}

const difficultyOf = (value: unknown): Difficulty | undefined => (value === 1 || value === 2 || value === 3 ? value : undefined);

function GeneratorPreview({ entry, index }: { entry: Record<string, unknown>; index: number }) {
  const seedId = useId();
  const [seed, setSeed] = useState(FIRST_SEED);
  const generatorId = typeof entry.generator === "string" ? entry.generator : "";
  if (!isGeneratorId(generatorId)) {
    return (
      <>
        <h3>Générateur {index + 1}</h3>
        <p className="muted">Choisissez un générateur connu pour voir un exemple de ses questions.</p>
      </>
    );
  }
  const question = generateQuestion(generatorId, seed, difficultyOf(entry.difficulty));
  return (
    <>
      <h3>
        Générateur {index + 1} — {GENERATORS[generatorId].label}
      </h3>
      <div className="field">
        <label htmlFor={seedId}>Graine de l&apos;exemple</label>
        <span className="field-with-suffix">
          <input id={seedId} type="number" min={0} step={1} value={seed} onChange={(event) => setSeed(Math.max(0, Math.trunc(Number(event.target.value) || 0)))} />
          <button type="button" className="button secondary small" onClick={() => setSeed(seed + 1)}>
            Autre exemple
          </button>
        </span>
        <p className="muted field-hint">Chaque graine tire d&apos;autres chiffres&nbsp;; l&apos;élève reçoit les siennes.</p>
      </div>
      <PlayableQuestion key={question.id} question={question} />
    </>
  );
}

export function QuizPreview({ value, check, focusedPath }: PanelState) {
  const focus = focusedEntry(focusedPath, value);
  const entry = focus === undefined ? undefined : entryAt(value, focus);
  if (focus === undefined || entry === undefined) return <p className="muted">Ajoutez une question&nbsp;: elle paraît ici comme l&apos;élève la verra.</p>;
  if (focus.list === "generators") return <GeneratorPreview key={focus.index} entry={entry} index={focus.index} />;
  const prefix = `questions[${focus.index}]`;
  const issues = (check?.issues ?? []).filter((issue) => issue.path === prefix || issue.path.startsWith(`${prefix}.`) || issue.path.startsWith(`${prefix}[`)).map((issue) => issue.message);
  return <WrittenPreview question={check?.questions?.[focus.index]} index={focus.index} issues={issues} />;
}
