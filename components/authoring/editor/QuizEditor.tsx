"use client";

import { lazy, Suspense } from "react";
import { DraftEditor, type EditorPanel, type EditorWords } from "./DraftEditor";
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
  validDetail: "La vérification complète passe\u00a0: chaque question a sa réponse et son explication.",
};

// The learner's widgets, the judge and the generators come with the preview, not in the page's first load.
const QuizPreview = lazy(() => import("./QuizPreview").then((module) => ({ default: module.QuizPreview })));

const PREVIEW_PANEL: EditorPanel = {
  title: "Aperçu de la question",
  intro: "La question où vous êtes, telle que l'élève la verra\u00a0; elle suit chaque modification.",
  render: (state) => (
    <Suspense fallback={<p className="muted">Préparation de l&apos;aperçu…</p>}>
      <QuizPreview {...state} />
    </Suspense>
  ),
};

export function QuizEditor({ source, onCreated }: { source: DraftSource; onCreated: (id: string) => void }) {
  return <DraftEditor kind="quiz" source={source} onCreated={onCreated} words={WORDS} panel={PREVIEW_PANEL} />;
}
