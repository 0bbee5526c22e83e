import type { Metadata } from "next";
import { Suspense } from "react";
import { scenarioModels } from "@/components/catalog/catalog";
import { ScenarioEditorPage } from "@/components/authoring/editor/ScenarioEditorPage";

export const metadata: Metadata = { title: "Éditeur de scénario" };

export default function ScenarioEditorRoute() {
  return (
    <>
      <h1>Éditeur de scénario</h1>
      {/* The document is named in the address: read in the browser, the page being static. */}
      <Suspense fallback={<p className="muted">Ouverture de l&apos;éditeur…</p>}>
        <ScenarioEditorPage models={scenarioModels()} />
      </Suspense>
    </>
  );
}
