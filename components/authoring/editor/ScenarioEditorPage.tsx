"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useMemo } from "react";
import { copyOfModel, type ScenarioModel } from "./models";
import { ScenarioEditor } from "./ScenarioEditor";
import type { DraftSource } from "./useLibraryDraft";

/** The address names what to edit: `?id=` a record of the library, `?modele=` a bundled scenario to copy. */
export function ScenarioEditorPage({ models }: { models: readonly ScenarioModel[] }) {
  const query = useSearchParams();
  const id = query.get("id") ?? undefined;
  const modelId = query.get("modele") ?? undefined;
  // Read once: once the copy is made, the address names the new record and the source must not change.
  const source = useMemo<DraftSource | string>(() => {
    if (id !== undefined) return { id };
    const model = models.find((candidate) => candidate.id === modelId);
    if (modelId !== undefined) return model === undefined ? `Aucun scénario livré ne porte l'identifiant « ${modelId} ».` : { copyOf: copyOfModel(model) };
    return "Aucun scénario à ouvrir : choisissez-en un dans la bibliothèque, ou partez d'un scénario livré.";
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  if (typeof source === "string") {
    return (
      <div className="alert error" role="alert">
        <p>{source}</p>
        <p>
          <Link prefetch={false} href="/enseignant/">Retour à la bibliothèque</Link>
        </p>
      </div>
    );
  }
  return <ScenarioEditor source={source} onCreated={(newId) => window.history.replaceState(null, "", `?id=${encodeURIComponent(newId)}`)} />;
}
