"use client";

import { SiteLink } from "@/components/ui/SiteLink";
import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { openTeacherLibrary } from "@/store/teacherLibrary";
import { fetchBundledScenarios } from "../library/bundled";
import type { AnswerKeyState } from "./answerKey";
import { AnswerKeyView } from "./AnswerKeyView";

type Shown = { kind: "loading" } | { kind: "missing"; message: string } | { kind: "key"; title: string; state: AnswerKeyState; recordId?: string };

async function keyOf(text: string): Promise<AnswerKeyState> {
  const { checkDraft } = await import("../editor/draftCheck");
  return checkDraft("scenario", text).answerKey ?? { ok: false, reasons: [] };
}

/** A bundled scenario's text is fetched only when its key is asked for. */
async function bundledText(scenarioId: string): Promise<{ title: string; text: string } | string> {
  try {
    const found = (await fetchBundledScenarios()).find((scenario) => scenario.id === scenarioId);
    return found ?? `Aucun scénario livré ne porte l'identifiant « ${scenarioId} ».`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

async function load(scenarioId: string | null, recordId: string | null): Promise<Shown> {
  if (scenarioId !== null) {
    const found = await bundledText(scenarioId);
    return typeof found === "string" ? { kind: "missing", message: found } : { kind: "key", title: found.title, state: await keyOf(found.text) };
  }
  if (recordId !== null) {
    const record = await (await openTeacherLibrary()).get(recordId);
    if (record === undefined || record.kind !== "scenario") return { kind: "missing", message: "Ce scénario n'est pas dans la bibliothèque de ce navigateur." };
    return { kind: "key", title: record.title, state: await keyOf(record.text), recordId: record.id };
  }
  return { kind: "missing", message: "Aucun scénario demandé : ouvrez le corrigé depuis la bibliothèque." };
}

/** The answer key of a bundled scenario (`?scenario=`) or of one of the library (`?id=`), as `solve` prints it. */
export function AnswerKeyPage() {
  const query = useSearchParams();
  const scenarioId = query.get("scenario");
  const recordId = query.get("id");
  const [shown, setShown] = useState<Shown>({ kind: "loading" });
  useEffect(() => {
    let live = true;
    void load(scenarioId, recordId).then((next) => {
      if (live) setShown(next);
    });
    return () => {
      live = false;
    };
  }, [scenarioId, recordId]);

  const back = (
    <p>
      <SiteLink href="/enseignant/">← Retour à la bibliothèque</SiteLink>
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
            <SiteLink href={`/enseignant/scenario/?id=${encodeURIComponent(shown.recordId)}`}>Modifier ce scénario</SiteLink>
          </>
        ) : null}
      </p>
      <AnswerKeyView state={shown.state} headingLevel={2} />
    </>
  );
}
