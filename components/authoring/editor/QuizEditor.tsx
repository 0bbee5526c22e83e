"use client";

import { DraftEditor, type EditorPanel, type EditorWords } from "./DraftEditor";
import { QuizPreview } from "./QuizPreview";
import { QUIZ_SECTIONS, quizFieldLabel } from "./quizLabels";
import type { DraftSource } from "./useLibraryDraft";

/**
 * The quiz editor: the shared editor (DraftEditor) with the quiz's words and, beside the form,
 * the question being edited in the learner's widget (docs/decisions/0116).
 */

const WORDS: EditorWords = {
  labels: quizFieldLabel,
  sections: QUIZ_SECTIONS,
  document: "Le questionnaire",
  checking: "Vérification du questionnaire…",
  valid: "Le questionnaire est jouable",
  validDetail: "La vérification complète passe : chaque question a sa réponse et son explication.",
};

const PREVIEW_PANEL: EditorPanel = {
  title: "Aperçu de la question",
  intro: "La question où vous êtes, telle que l'élève la verra ; elle suit chaque modification.",
  render: (state) => <QuizPreview {...state} />,
};

export function QuizEditor({ source, onCreated }: { source: DraftSource; onCreated: (id: string) => void }) {
  return <DraftEditor kind="quiz" source={source} onCreated={onCreated} words={WORDS} panel={PREVIEW_PANEL} />;
}
