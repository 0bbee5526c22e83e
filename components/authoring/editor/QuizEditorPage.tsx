"use client";

import { useSearchParams } from "next/navigation";
import { lazy, Suspense, useState } from "react";
import { EditorAlert } from "./EditorAlert";

// The form engine comes while the record is read from IndexedDB: the page's first load is its frame (docs/decisions/0111).
const QuizEditor = lazy(() => import("./QuizEditor").then((module) => ({ default: module.QuizEditor })));
const OPENING = <p className="muted">Ouverture de l&apos;éditeur…</p>;

/** `?id=` names the quiz of the library to edit; a blank quiz is created in the library first. */
export function QuizEditorPage() {
  const query = useSearchParams();
  // Read once, as the scenario editor does: the record edited does not change under the form.
  const [id] = useState(() => query.get("id"));
  if (id === null) return <EditorAlert message={"Aucun questionnaire à ouvrir\u00a0: choisissez-en un dans la bibliothèque, ou créez-y un questionnaire vierge."} />;
  return (
    <Suspense fallback={OPENING}>
      <QuizEditor source={{ id }} onCreated={() => {}} />
    </Suspense>
  );
}
