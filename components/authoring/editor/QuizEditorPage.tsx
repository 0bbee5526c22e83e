"use client";

import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { EditorAlert } from "./DraftEditor";
import { QuizEditor } from "./QuizEditor";

/** `?id=` names the quiz of the library to edit; a blank quiz is created in the library first. */
export function QuizEditorPage() {
  const query = useSearchParams();
  // Read once, as the scenario editor does: the record edited does not change under the form.
  const [id] = useState(() => query.get("id"));
  if (id === null) return <EditorAlert message="Aucun questionnaire à ouvrir : choisissez-en un dans la bibliothèque, ou créez-y un questionnaire vierge." />;
  return <QuizEditor source={{ id }} onCreated={() => {}} />;
}
