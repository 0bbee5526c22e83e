import { formatPoints, type ScoredPart, type TraceEntry, type TraceVerdict } from "@/domain";
import { GlossaryLinks } from "./GlossaryLinks";

/** The verdict of a decision in words (never by colour alone), the same everywhere it is read again. */
const VERDICT_TEXTS: Readonly<Record<TraceVerdict, string>> = {
  correct: "Juste",
  wrong: "À revoir",
  outOfOrder: "Pas dans l'ordre du cours",
  tooEarly: "Trop tôt",
  tooLate: "Trop tard",
  refused: "Action refusée",
};

/** « Juste », « Juste au second essai » (half its points), « À revoir »…: how a decision went, in words. */
export function verdictText(entry: Pick<TraceEntry, "correct" | "verdict" | "firstTry">): string {
  if (correctedAtSecondTry(entry)) return `${VERDICT_TEXTS.correct} au second essai`;
  return entry.correct ? VERDICT_TEXTS.correct : VERDICT_TEXTS[entry.verdict];
}

/**
 * A decision right only at its second try (docs/decisions/0130): the entry keeps its first try, and
 * its points are at most half of them. Said apart from a decision right at once wherever the learner
 * reads how it went.
 */
export function correctedAtSecondTry(entry: Pick<TraceEntry, "correct" | "firstTry">): boolean {
  return entry.correct && entry.firstTry !== undefined;
}

/** "2 / 2 points", "1,5 / 2 points", "0 / 0,5 point". */
export function pointsText(entry: Pick<TraceEntry, "points" | "maxPoints">): string {
  return `${formatPoints(entry.points)} / ${formatPoints(entry.maxPoints)} ${entry.maxPoints >= 2 ? "points" : "point"}`;
}

/**
 * The parts of a decision judged apart (docs/decisions/0094), each with its mark in words and its
 * points: "✓ Verdict — 1 / 1 point". What a wrong part confused is said in the explanation.
 */
function DecisionParts({ parts }: { parts: readonly ScoredPart[] | undefined }) {
  if (parts === undefined || parts.length === 0) return null;
  return (
    <div className="decision-parts">
      <p>
        <strong>Détail de la note&nbsp;:</strong>
      </p>
      <ul>
        {parts.map((part, index) => (
          <li key={`${part.label}-${index}`} className={part.correct ? "is-right" : "is-wrong"}>
            <span aria-hidden="true">{part.correct ? "✓" : "✗"}</span> <span className="visually-hidden">{part.correct ? "Juste" : "À revoir"}&nbsp;: </span>
            {part.label} — {part.maxPoints > 0 ? pointsText(part) : "remarque, sans effet sur la note"}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "1 indice utilisé", "3 indices utilisés": the hints a score cost, as the review and the interlude say it. */
export function hintsUsedText(hintsUsed: number): string {
  return `${hintsUsed} indice${hintsUsed > 1 ? "s" : ""} utilisé${hintsUsed > 1 ? "s" : ""}`;
}

/**
 * What follows a decision's verdict: the expected answer when it was wrong, then its reasons. The
 * feedback during the game folds it under one summary line (`folded`, issue 15): the verdict and
 * the diagnosis are read first, the figures when the learner asks for them.
 */
export function TraceExplanation({ entry, folded = false }: { entry: TraceEntry; folded?: boolean }) {
  const body = (
    <>
      {shownExpected(entry) ? (
        <p>
          <strong>Attendu&nbsp;:</strong> {entry.expected}
        </p>
      ) : null}
      <TraceReasons entry={entry} />
    </>
  );
  if (!folded) return body;
  return (
    <details className="trace-details">
      <summary>{detailsSummary(entry)}</summary>
      {body}
    </details>
  );
}

/** A wrong answer shows what was expected, except a first try that may still be corrected, which has none (docs/decisions/0130). */
function shownExpected(entry: TraceEntry): boolean {
  return !entry.correct && entry.expected !== "";
}

/** « Le détail : attendu, note, explication, mot de l'enseignant » — what the folded section holds, and only that. */
export function detailsSummary(entry: TraceEntry): string {
  const contents = [
    shownExpected(entry) ? "attendu" : null,
    entry.parts !== undefined && entry.parts.length > 0 ? "note par partie" : null,
    "explication",
    entry.teacherExplanation ? "mot de l'enseignant" : null,
  ].filter((item) => item !== null);
  return `Le détail\u00a0: ${contents.join(", ")}`;
}

/**
 * Why a decision was judged so: its parts, the explanation with its figures, the teacher's word,
 * the glossary. One component for the feedback (folded) and the review (open, it is the correction).
 */
export function TraceReasons({ entry }: { entry: TraceEntry }) {
  return (
    <>
      <DecisionParts parts={entry.parts} />
      <p>
        <strong>Explication&nbsp;:</strong> {entry.explanation}
      </p>
      <TeacherNote text={entry.teacherExplanation} />
      <GlossaryLinks ids={entry.glossary} />
    </>
  );
}

/** « Le mot de l'enseignant : … », when the scenario has one for this decision. */
function TeacherNote({ text }: { text: string | undefined }) {
  return text ? (
    <p>
      <strong>Le mot de l&apos;enseignant&nbsp;:</strong> {text}
    </p>
  ) : null;
}
