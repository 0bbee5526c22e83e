import type { Metadata } from "next";
import { Suspense } from "react";
import { QuizEditorPage } from "@/components/authoring/editor/QuizEditorPage";

export const metadata: Metadata = { title: "Éditeur de questionnaire" };

export default function QuizEditorRoute() {
  return (
    <>
      <h1>Éditeur de questionnaire</h1>
      {/* The document is named in the address: read in the browser, the page being static. */}
      <Suspense fallback={<p className="muted">Ouverture de l&apos;éditeur…</p>}>
        <QuizEditorPage />
      </Suspense>
    </>
  );
}
