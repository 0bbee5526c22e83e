import { COURSE_STAGES, formatPoints, LEITNER_INTERVAL_DAYS, RIGHT_ANSWERS_TO_LEAVE, SECOND_TRY_SHARE, stageNumber, type QuizMode, type QuizStage } from "@/domain";

/** « Étape 3 : La facture dans le processus de vente », « Introduction : pourquoi gérer la relation client ». */
export function quizStageTitle(stage: QuizStage): string {
  return stage === "introduction" ? "Introduction\u00a0: pourquoi gérer la relation client" : `Étape ${stageNumber(stage)}\u00a0: ${COURSE_STAGES[stage].title}`;
}

export const MODE_LABELS: Readonly<Record<QuizMode, { title: string; description: string }>> = {
  training: { title: "Entraînement", description: "la correction après chaque réponse, et un second essai quand la première réponse est fausse." },
  assessment: { title: "Évaluation", description: "aucune correction avant la fin, puis la revue de chaque question avec la bonne réponse et l'explication." },
};

const NUMBERS = ["zéro", "une", "deux", "trois", "quatre", "cinq"];
const after = (days: number) => (days === 1 ? "le lendemain" : `${days} jours plus tard`);

/** When a missed question comes back, from the engine's Leitner boxes: « le lendemain, puis 3 jours plus tard, jusqu'à deux bonnes réponses de suite ». */
export const REVIEW_RHYTHM = `${after(LEITNER_INTERVAL_DAYS[1])}, puis ${after(LEITNER_INTERVAL_DAYS[2])}, jusqu'à ${NUMBERS[RIGHT_ANSWERS_TO_LEAVE] ?? RIGHT_ANSWERS_TO_LEAVE} bonnes réponses de suite`;

/** The second try's rule, said where it is offered. */
export const SECOND_TRY_RULE = `Un second essai rapporte ${SECOND_TRY_SHARE === 0.5 ? "la moitié" : `${formatPoints(SECOND_TRY_SHARE * 100)}\u00a0%`} des points.`;
