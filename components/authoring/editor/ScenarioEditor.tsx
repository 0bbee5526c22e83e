"use client";

import { SiteLink } from "@/components/ui/SiteLink";
import { lazy, Suspense } from "react";
import { DraftEditor, type EditorPanel, type EditorWords } from "./DraftEditor";
import { fieldLabel, SECTIONS } from "./labels";
import type { DraftSource } from "./useLibraryDraft";

/**
 * The scenario editor: the shared editor (DraftEditor) with the scenario's words and, beside the
 * form, the engine's answer key on these figures (docs/decisions/0115).
 */

const WORDS: EditorWords = {
  labels: fieldLabel,
  sections: SECTIONS,
  document: "Le scénario",
  checking: "Vérification du scénario…",
  valid: "Le scénario est jouable",
  validDetail: "La vérification complète passe\u00a0: le moteur finit chaque étape avec tous les points.",
};

// Shown once the check has run, itself loaded by import(): the key's view comes with it, not in the page's first load.
const AnswerKeyView = lazy(() => import("../answerKey/AnswerKeyView").then((module) => ({ default: module.AnswerKeyView })));

const KEY_PANEL: EditorPanel = {
  title: "Corrigé du moteur",
  intro: "Ce que l'élève devra trouver avec ces chiffres\u00a0; il suit chaque modification.",
  render: ({ check }) => (
    <Suspense fallback={<p className="muted">Calcul du corrigé…</p>}>
      <AnswerKeyView state={check?.answerKey} />
    </Suspense>
  ),
};

const keyLink = (recordId: string) => (
  <SiteLink className="button secondary small" href={`/enseignant/corrige/?id=${encodeURIComponent(recordId)}`}>
    Corrigé seul
  </SiteLink>
);

export function ScenarioEditor({ source, onCreated }: { source: DraftSource; onCreated: (id: string) => void }) {
  return <DraftEditor kind="scenario" source={source} onCreated={onCreated} words={WORDS} panel={KEY_PANEL} links={keyLink} />;
}
