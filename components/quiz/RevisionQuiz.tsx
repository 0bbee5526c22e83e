"use client";
import { useMemo } from "react";
import { dueCards, formatDateFr, type QuizFile } from "@/domain";
import { today } from "@/store/clock";
import { useAppStore } from "@/store/useAppStore";
import { QUIZ_KEYS, questionsText } from "./questionSource";
import { QuizPlayer } from "./QuizPlayer";
import { REVIEW_RHYTHM } from "./quizLabels";

/** « Revoir mes erreurs »: the questions answered wrongly whose day has come (Leitner boxes). */
export function RevisionQuiz({ bank }: { bank: readonly QuizFile[] }) {
  const cards = useAppStore((s) => s.quiz.cards);
  const all = useMemo(() => Object.values(cards), [cards]);
  const due = useMemo(() => dueCards(all, today()), [all]);
  const later = all.filter((card) => !due.includes(card)).sort((a, b) => a.due.localeCompare(b.due));
  const next = later[0] ? ` ${later.length > 1 ? `${questionsText(later.length)} reviendront plus tard, la première` : "Une question reviendra"} le ${formatDateFr(later[0].due)}.` : "";
  const size = due.length === 0 ? `Aucune question à revoir aujourd'hui.${next || " Les questions que vous manquerez dans un quiz viendront ici."}` : `${questionsText(due.length)} à revoir aujourd'hui.${next}`;
  return (
    <QuizPlayer
      quizKey={QUIZ_KEYS.review}
      title="Revoir mes erreurs"
      size={size}
      bank={bank}
      request={() => ({ kind: "review", questionIds: due.map((card) => card.questionId) })}
      emptyMessage={`Aucune question à revoir aujourd'hui\u00a0: une question manquée revient ${REVIEW_RHYTHM}.`}
      nothingToOffer={due.length === 0}
    />
  );
}
