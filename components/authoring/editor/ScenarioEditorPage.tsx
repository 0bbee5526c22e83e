"use client";

import { useSearchParams } from "next/navigation";
import { lazy, Suspense, useEffect, useState } from "react";
import { fetchBundledScenarios } from "../library/bundled";
import { copyOfBundled } from "../library/templates";
import { EditorAlert } from "./EditorAlert";
import type { DraftSource } from "./useLibraryDraft";

// The form engine comes while the record is read from IndexedDB: the page's first load is its frame (docs/decisions/0111).
const ScenarioEditor = lazy(() => import("./ScenarioEditor").then((module) => ({ default: module.ScenarioEditor })));
const OPENING = <p className="muted">Ouverture de l&apos;éditeur…</p>;

type Opened = { kind: "loading" } | { kind: "source"; source: DraftSource } | { kind: "error"; message: string };

/** `?id=` opens a record; `?modele=` a new record copied from a bundled scenario, whose text is fetched only then. */
async function openFromAddress(id: string | null, modelId: string | null): Promise<Opened> {
  if (id !== null) return { kind: "source", source: { id } };
  if (modelId === null) return { kind: "error", message: "Aucun scénario à ouvrir\u00a0: choisissez-en un dans la bibliothèque, ou partez d'un scénario livré." };
  try {
    const model = (await fetchBundledScenarios()).find((candidate) => candidate.id === modelId);
    if (model === undefined) return { kind: "error", message: `Aucun scénario livré ne porte l'identifiant «\u00a0${modelId}\u00a0».` };
    const { title, text } = copyOfBundled(model);
    return { kind: "source", source: { copyOf: { title, text } } };
  } catch (error) {
    return { kind: "error", message: error instanceof Error ? error.message : String(error) };
  }
}

/** The address names what to edit: `?id=` a record of the library, `?modele=` a bundled scenario to copy. */
export function ScenarioEditorPage() {
  const query = useSearchParams();
  const [opened, setOpened] = useState<Opened>({ kind: "loading" });
  // Read once: once the copy is made, the address names the new record and the source must not change.
  const [address] = useState(() => ({ id: query.get("id"), modelId: query.get("modele") }));
  useEffect(() => {
    let live = true;
    void openFromAddress(address.id, address.modelId).then((next) => {
      if (live) setOpened(next);
    });
    return () => {
      live = false;
    };
  }, [address]);

  if (opened.kind === "loading") return OPENING;
  if (opened.kind === "error") return <EditorAlert message={opened.message} />;
  return (
    <Suspense fallback={OPENING}>
      <ScenarioEditor source={opened.source} onCreated={(newId) => window.history.replaceState(null, "", `?id=${encodeURIComponent(newId)}`)} />
    </Suspense>
  );
}
