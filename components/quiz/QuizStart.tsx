"use client";
import { useId, useState } from "react";
import type { QuizMode } from "@/domain";
import { CertaintyTable } from "./CertaintyChoice";
import { MODE_LABELS, SECOND_TRY_RULE } from "./quizLabels";

const MODES: readonly QuizMode[] = ["training", "assessment"];

export interface QuizChoices {
  mode: QuizMode;
  certaintyBased: boolean;
  /** How many questions, when the quiz lets the learner choose. */
  count: number | undefined;
}

/** The quiz's start screen: what it holds, how many questions, the mode, and whether the learner says how sure they are. */
/** A number of questions the learner may choose, and how it is said (« 10 », « toutes (58) »). */
export interface QuizLength {
  count: number;
  label: string;
}

/**
 * `assessment`: the teacher set the quiz as an assessment (its `classroom`, docs/decisions/0123);
 * no mode to choose, the rule said instead.
 */
export function QuizStart({ size, lengths, onStart, assessment = false }: { size: string; lengths: readonly QuizLength[] | undefined; onStart: (choices: QuizChoices) => void; assessment?: boolean }) {
  const [mode, setMode] = useState<QuizMode>(assessment ? "assessment" : "training");
  const [certaintyBased, setCertaintyBased] = useState(false);
  const [count, setCount] = useState<number | undefined>(lengths?.[0]?.count);
  const id = useId().replace(/:/gu, "");
  return (
    <section className="card quiz-start" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Commencer le quiz</h2>
      <p>{size}</p>
      {lengths && lengths.length > 1 ? (
        <fieldset className="quiz-options">
          <legend>Nombre de questions</legend>
          <div className="quiz-lengths">
            {lengths.map((length) => (
              <label key={length.count} className="quiz-choice">
                <input type="radio" name={`${id}-count`} value={length.count} checked={count === length.count} onChange={() => setCount(length.count)} />
                <span>{length.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      {assessment ? (
        <p className="alert notice">
          <strong>Mode {MODE_LABELS.assessment.title.toLowerCase()}, choisi par l&apos;enseignant</strong>&nbsp;: {MODE_LABELS.assessment.description}
        </p>
      ) : (
        <fieldset className="quiz-options">
          <legend>Mode</legend>
          {MODES.map((value) => (
            <label key={value} className="quiz-choice">
              <input type="radio" name={`${id}-mode`} value={value} checked={mode === value} onChange={() => setMode(value)} />
              <span>
                <strong>{MODE_LABELS[value].title}</strong>&nbsp;: {MODE_LABELS[value].description}
                {value === "training" ? ` ${SECOND_TRY_RULE}` : ""}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <label className="quiz-choice">
        <input type="checkbox" checked={certaintyBased} onChange={(event) => setCertaintyBased(event.target.checked)} />
        <span>
          <strong>Notation selon la certitude</strong>&nbsp;: avant de valider chaque réponse, vous dites si vous en êtes sûr&nbsp;; une erreur commise en étant sûr coûte des points.
        </span>
      </label>
      {certaintyBased ? <CertaintyTable /> : null}
      <p>
        <button type="button" className="button" onClick={() => onStart({ mode, certaintyBased, count })}>
          Commencer le quiz
        </button>
      </p>
    </section>
  );
}
