import type { Metadata } from "next";
import { Suspense } from "react";
import { AnswerKeyPage } from "@/components/authoring/answerKey/AnswerKeyPage";
import { scenarioModels } from "@/components/catalog/catalog";

export const metadata: Metadata = { title: "Corrigé d'un scénario" };

export default function AnswerKeyRoute() {
  return (
    <>
      <h1>Corrigé du moteur</h1>
      {/* The scenario is named in the address: read in the browser, the page being static. */}
      <Suspense fallback={<p className="muted">Calcul du corrigé…</p>}>
        <AnswerKeyPage bundled={scenarioModels()} />
      </Suspense>
    </>
  );
}
