"use client";

import { SiteLink } from "@/components/ui/SiteLink";
import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { learnerVariantSeed, variantOf, variantsBlockOf, type VariantChoice } from "@/domain";
import { openTeacherLibrary } from "@/store/teacherLibrary";
import { fetchBundledScenarios } from "../library/bundled";
import type { AnswerKeyState } from "./answerKey";
import { AnswerKeyView } from "./AnswerKeyView";

/** A learner's variant shown with its key: whose, which seed, what was drawn. */
interface LearnerVariant {
  pseudonym: string;
  seed: string;
  choices: VariantChoice[];
}

type Shown =
  | { kind: "loading" }
  | { kind: "missing"; message: string }
  | { kind: "key"; title: string; state: AnswerKeyState; recordId?: string; varies: boolean; learner?: LearnerVariant };

async function keyOf(text: string): Promise<AnswerKeyState> {
  const { checkDraft } = await import("../editor/draftCheck");
  return checkDraft("scenario", text).answerKey ?? { ok: false, reasons: [] };
}

/**
 * The key of the scenario, or of the variant a learner's pseudonym draws (docs/decisions/0144):
 * the very variant their page gives them, so that the teacher corrects the figures the learner had.
 */
async function keyFor(title: string, text: string, pseudonym: string | null, recordId?: string): Promise<Shown> {
  let source: unknown;
  try {
    source = JSON.parse(text);
  } catch {
    return { kind: "key", title, state: await keyOf(text), varies: false, ...(recordId !== undefined ? { recordId } : {}) };
  }
  const varies = variantsBlockOf(source) !== undefined;
  const base = { kind: "key" as const, title, varies, ...(recordId !== undefined ? { recordId } : {}) };
  if (!varies || pseudonym === null || pseudonym.trim() === "") return { ...base, state: await keyOf(text) };
  const seed = learnerVariantSeed(source as object, pseudonym);
  const variant = variantOf(source, seed);
  const { choiceInWords } = await import("../editor/draftCheck");
  const choices = variant.choices.map((choice) => ({ ...choice, description: choiceInWords(choice) }));
  return { ...base, state: await keyOf(JSON.stringify(variant.data)), learner: { pseudonym: pseudonym.trim(), seed, choices } };
}

/** A bundled scenario's text is fetched only when its key is asked for. */
async function bundledText(scenarioId: string): Promise<{ title: string; text: string } | string> {
  try {
    const found = (await fetchBundledScenarios()).find((scenario) => scenario.id === scenarioId);
    return found ?? `Aucun scénario livré ne porte l'identifiant «\u00a0${scenarioId}\u00a0».`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

async function load(scenarioId: string | null, recordId: string | null, pseudonym: string | null): Promise<Shown> {
  if (scenarioId !== null) {
    const found = await bundledText(scenarioId);
    return typeof found === "string" ? { kind: "missing", message: found } : keyFor(found.title, found.text, pseudonym);
  }
  if (recordId !== null) {
    const record = await (await openTeacherLibrary()).get(recordId);
    if (record === undefined || record.kind !== "scenario") return { kind: "missing", message: "Ce scénario n'est pas dans la bibliothèque de ce navigateur." };
    return keyFor(record.title, record.text, pseudonym, record.id);
  }
  return { kind: "missing", message: "Aucun scénario demandé\u00a0: ouvrez le corrigé depuis la bibliothèque." };
}

/** The answer key of a bundled scenario (`?scenario=`) or of one of the library (`?id=`), as `solve` prints it. */
export function AnswerKeyPage() {
  const query = useSearchParams();
  const scenarioId = query.get("scenario");
  const recordId = query.get("id");
  const pseudonym = query.get("eleve");
  const [shown, setShown] = useState<Shown>({ kind: "loading" });
  useEffect(() => {
    let live = true;
    void load(scenarioId, recordId, pseudonym).then((next) => {
      if (live) setShown(next);
    });
    return () => {
      live = false;
    };
  }, [scenarioId, recordId, pseudonym]);

  const back = (
    <p className="screen-only">
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
        «&nbsp;{shown.title}&nbsp;»&nbsp;: ce que le moteur attend de l&apos;élève, déduit des données du scénario.
        {shown.recordId !== undefined ? (
          <span className="screen-only">
            {" "}
            <SiteLink href={`/enseignant/scenario/?id=${encodeURIComponent(shown.recordId)}`}>Modifier ce scénario</SiteLink>
          </span>
        ) : null}
      </p>
      {shown.varies ? <LearnerVariantForm learner={shown.learner} /> : null}
      <AnswerKeyView state={shown.state} headingLevel={2} />
    </>
  );
}

/** The pseudonym of a learner whose variant the teacher wants to correct; kept in the address, so that a reload keeps it. */
function LearnerVariantForm({ learner }: { learner: LearnerVariant | undefined }) {
  const query = useSearchParams();
  const [typed, setTyped] = useState(learner?.pseudonym ?? "");
  const show = (pseudonym: string) => {
    const next = new URLSearchParams(query.toString());
    if (pseudonym.trim() === "") next.delete("eleve");
    else next.set("eleve", pseudonym.trim());
    // Next.js follows replaceState: the page reads the new address and computes that learner's key.
    window.history.replaceState(null, "", `?${next.toString()}`);
  };
  return (
    <section className="card learner-variant" aria-labelledby="variante-eleve">
      <h2 id="variante-eleve">Les chiffres d&apos;un élève</h2>
      <p>
        Chaque élève reçoit ses propres chiffres, tirés de son pseudonyme. Écrivez le pseudonyme d&apos;un élève pour voir sa variante et son corrigé&nbsp;; sans pseudonyme, le
        corrigé est celui de la version commune.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          show(typed);
        }}
      >
        <label htmlFor="pseudonyme-eleve">Pseudonyme de l&apos;élève</label>{" "}
        <input id="pseudonyme-eleve" value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" />{" "}
        <button type="submit" className="button small">
          Voir sa variante
        </button>
      </form>
      {learner !== undefined ? (
        <>
          <p role="status">
            Variante de «&nbsp;{learner.pseudonym}&nbsp;» (n° {learner.seed})&nbsp;: ce qui a été tiré pour cet élève.
          </p>
          <ul>
            {learner.choices.map((choice) => (
              <li key={choice.rule}>{choice.description}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
