"use client";
import { SELF_TEST_SIZE, type QuizFile } from "@/domain";
import { QUIZ_KEYS, questionsText } from "./questionSource";
import { QuizPlayer } from "./QuizPlayer";

const MIXED_LENGTHS = [10, 20, 40].map((count) => ({ count, label: String(count) }));

/** A quiz across the whole course: the quick self-test (10 questions, in the course's order) or a mixed review. */
export function CourseQuiz({ bank, kind }: { bank: readonly QuizFile[]; kind: "selfTest" | "mixed" }) {
  return (
    <QuizPlayer
      quizKey={QUIZ_KEYS[kind]}
      title={kind === "selfTest" ? "Test rapide" : "Révision mélangée"}
      size={
        kind === "selfTest"
          ? `${questionsText(SELF_TEST_SIZE)} tirées dans tout le cours, de l'introduction au suivi des règlements, dans l'ordre des étapes.`
          : "Des questions de toutes les étapes, mélangées\u00a0: choisissez combien."
      }
      {...(kind === "mixed" ? { lengths: MIXED_LENGTHS } : {})}
      bank={bank}
      request={(count) => (kind === "selfTest" ? { kind } : { kind, count: count ?? MIXED_LENGTHS[0]?.count ?? SELF_TEST_SIZE })}
      emptyMessage="La banque de questions est vide."
    />
  );
}
