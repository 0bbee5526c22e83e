"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { openTeacherLibrary } from "@/store/teacherLibrary";
import type { AnswerKeyState } from "./answerKey";
import { AnswerKeyView } from "./AnswerKeyView";

/** A bundled scenario's text, passed by the page (the catalog is read at build time). */
export interface KeyedScenario {
  id: string;
  title: string;
  text: string;
}

type Shown = { kind: "loading" } | { kind: "missing"; message: string } | { kind: "key"; title: string; state: AnswerKeyState; recordId?: string };

async function keyOf(text: string): Promise<AnswerKeyState> {
  const { checkDraft } = await import("../editor/draftCheck");
  return checkDraft("scenario", text).answerKey ?? { ok: false, reasons: [] };
}

async function load(bundled: readonly KeyedScenario[], scenarioId: string | null, recordId: string | null): Promise<Shown> {
  if (scenarioId !== null) {
    const found = bundled.find((scenario) => scenario.id === scenarioId);
    return found === undefined ? { kind: "missing", message: `Aucun scénario livré ne porte l'identifiant « ${scenarioId} ».` } : { kind: "key", title: found.title, state: await keyOf(found.text) };
  }
  if (recordId !== null) {
    const record = await (await openTeacherLibrary()).get(recordId);
    if (record === undefined || record.kind !== "scenario") return { kind: "missing", message: "Ce scénario n'est pas dans la bibliothèque de ce navigateur." };
    return { kind: "key", title: record.title, state: await keyOf(record.text), recordId: record.id };
  }
  return { kind: "missing", message: "Aucun scénario demandé : ouvrez le corrigé depuis la bibliothèque." };
}

/** The answer key of a bundled scenario (`?scenario=`) or of one of the library (`?id=`), as `solve` prints it. */
export function AnswerKeyPage({ bundled }: { bundled: readonly KeyedScenario[] }) {
  const query = useSearchParams();
  const scenarioId = query.get("scenario");
  const recordId = query.get("id");
  const [shown, setShown] = useState<Shown>({ kind: "loading" });
  useEffect(() => {
    let live = true;
    void load(bundled, scenarioId, recordId).then((next) => {
      if (live) setShown(next);
    });
    return () => {
      live = false;
    };
  }, [bundled, scenarioId, recordId]);

  const back = (
    <p>
      <Link prefetch={false} href="/enseignant/">← Retour à la bibliothèque</Link>
    </p>
  );
  if (shown.kind === "loading") return <p className="muted">Calcul du corrigé…</p>;
  if (shown.kind === "missing") {
    return (
      <>
        <div className="alert error" role="alert">
          {shown.message}
        </div>
        {back}
      </>
    );
  }
  return (
    <>
      {back}
      <p className="lead">
        « {shown.title} » : ce que le moteur attend de l&apos;élève, déduit des données du scénario.
        {shown.recordId !== undefined ? (
          <>
            {" "}
            <Link href={`/enseignant/scenario/?id=${encodeURIComponent(shown.recordId)}`}>Modifier ce scénario</Link>
          </>
        ) : null}
      </p>
      <AnswerKeyView state={shown.state} headingLevel={2} />
    </>
  );
}
