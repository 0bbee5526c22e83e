"use client";
import { SiteLink } from "@/components/ui/SiteLink";
import { useEffect, useId, useState, type FormEvent } from "react";
import { STAGE_LABELS, stageNumber, type QuizFile, type Scenario, type StageId } from "@/domain";
import { PlayerSessionView } from "@/components/player/PlayerWorkspace";
import { BundledQuiz } from "@/components/quiz/BundledQuiz";
import { PREVIEW_QUIZ_PREFIX } from "@/store/quizSlice";
import { openTeacherLibrary, type LibraryKind, type LibraryRecord } from "@/store/teacherLibrary";
import { ContentProblems } from "./ContentProblems";
import type { StartPreviewGame } from "./previewGame";
import { usePreviewSession } from "./usePreviewSession";

/** Where a record is edited (the editors' routes). */
export function editorHref(kind: LibraryKind, id: string): string {
  return `/enseignant/${kind === "quiz" ? "quiz" : "scenario"}/?id=${encodeURIComponent(id)}`;
}

/** The preview's query: the record, and the stage it starts at when not the first. */
function previewQuery(id: string, stage?: StageId): string {
  return `?id=${encodeURIComponent(id)}${stage === undefined ? "" : `&etape=${stage}`}`;
}

/** The preview's address, from the site's root. */
export function previewHref(id: string, stage?: StageId): string {
  return `/enseignant/apercu/${previewQuery(id, stage)}`;
}

export const NO_RECORD_ID = "Aucun document n'est désigné\u00a0: ouvrez l'aperçu depuis votre bibliothèque ou depuis l'éditeur.";
export const RECORD_MISSING = "Ce document n'est pas dans la bibliothèque de ce navigateur (supprimé, ou créé dans un autre navigateur).";
const TOOLS_UNAVAILABLE = "La vérification n'a pas pu être chargée (connexion interrompue\u00a0?)\u00a0: rechargez la page.";

type Loaded =
  | { status: "loading" }
  | { status: "unavailable"; message: string }
  | { status: "invalid"; record: LibraryRecord; messages: string[] }
  | { status: "scenario"; record: LibraryRecord; scenario: Scenario; warnings: string[]; start: StartPreviewGame; stage: StageId | undefined }
  | { status: "quiz"; record: LibraryRecord; quiz: QuizFile };

/** The record named by the address, fully checked; the check and the key are loaded by import() meanwhile. */
async function loadPreview(search: string): Promise<Loaded> {
  const params = new URLSearchParams(search);
  const id = params.get("id");
  if (id === null || id === "") return { status: "unavailable", message: NO_RECORD_ID };
  const [record, tools] = await Promise.all([openTeacherLibrary().then((library) => library.get(id)), import("./previewTools").catch(() => null)]);
  if (record === undefined) return { status: "unavailable", message: RECORD_MISSING };
  if (tools === null) return { status: "unavailable", message: TOOLS_UNAVAILABLE };
  const checked = await tools.checkContent(record.kind, record.text, `«\u00a0${record.title || "sans titre"}\u00a0»`, "teacher");
  if (!checked.ok) return { status: "invalid", record, messages: checked.messages };
  if (checked.kind === "quiz") return { status: "quiz", record, quiz: checked.quiz };
  const wanted = params.get("etape");
  // Only a later stage of this scenario: any other value starts at the beginning.
  const stage = checked.scenario.stages.slice(1).find((planned) => planned === wanted);
  return { status: "scenario", record, scenario: checked.scenario, warnings: checked.warnings, start: tools.startPreviewGame, stage };
}

/** The teacher's preview of a record of their library: the scenario from the stage they choose, or the quiz, with nothing saved. */
export function TeacherPreview() {
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" });
  useEffect(() => {
    let current = true;
    void loadPreview(window.location.search).then((result) => {
      if (current) setLoaded(result);
    });
    return () => {
      current = false;
    };
  }, []);

  if (loaded.status === "loading") {
    return (
      <>
        <h1>Aperçu</h1>
        <p role="status">Vérification du document…</p>
      </>
    );
  }
  if (loaded.status === "unavailable") {
    return (
      <>
        <h1>Aperçu</h1>
        <p className="alert error" role="alert">
          {loaded.message}
        </p>
        <p>
          <SiteLink href="/enseignant/">Aller à votre bibliothèque</SiteLink>
        </p>
      </>
    );
  }
  const { record } = loaded;
  const editor = editorHref(record.kind, record.id);
  return (
    <>
      <PreviewBanner title={record.title} editor={editor} />
      {loaded.status === "invalid" ? (
        <>
        <h1>Aperçu&nbsp;: {record.title || "sans titre"}</h1>
        <ContentProblems title={record.kind === "quiz" ? "Ce questionnaire ne peut pas encore être joué" : "Ce scénario ne peut pas encore être joué"} messages={loaded.messages}>
          <p>
            <SiteLink href={editor}>Corriger dans l&apos;éditeur</SiteLink>
          </p>
        </ContentProblems>
        </>
      ) : loaded.status === "quiz" ? (
        <>
          <h1>{loaded.quiz.title}</h1>
          <p className="lead">{loaded.quiz.summary}</p>
          <BundledQuiz quiz={loaded.quiz} quizKey={`${PREVIEW_QUIZ_PREFIX}${record.id}`} />
        </>
      ) : (
        <ScenarioPreview loaded={loaded} editor={editor} />
      )}
    </>
  );
}

function PreviewBanner({ title, editor }: { title: string; editor: string }) {
  return (
    <div className="preview-banner" role="region" aria-label="Aperçu">
      <p>
        <strong>Aperçu — rien n&apos;est enregistré</strong>
        <span> · {title || "Sans titre"}</span>
      </p>
      <SiteLink className="button secondary small" href={editor}>
        Retour à l&apos;éditeur
      </SiteLink>
    </div>
  );
}

type ScenarioLoaded = Extract<Loaded, { status: "scenario" }>;

function ScenarioPreview({ loaded, editor }: { loaded: ScenarioLoaded; editor: string }) {
  const { scenario, record, warnings, start } = loaded;
  const [stage, setStage] = useState<StageId | undefined>(loaded.stage);
  const session = usePreviewSession(scenario, stage, start);
  return (
    <>
      <h1 className="visually-hidden">Aperçu&nbsp;: {scenario.title}</h1>
      <StagePicker
        stages={scenario.stages}
        current={stage ?? scenario.stages[0]}
        onStart={(chosen) => {
          const picked = chosen === scenario.stages[0] ? undefined : chosen;
          // The query alone: the page's own address stays, whatever folder (or file) it was opened from.
          window.history.replaceState(null, "", previewQuery(record.id, picked));
          setStage(picked);
          if (picked === stage) session?.restart();
        }}
      />
      {warnings.length > 0 ? (
        <details className="preview-warnings">
          <summary>
            {warnings.length} avertissement{warnings.length > 1 ? "s" : ""} de la vérification
          </summary>
          <ul>
            {warnings.map((warning, index) => (
              <li key={index}>{warning}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <PlayerSessionView scenario={scenario} session={session} exit={{ href: editor, label: "Retour à l'éditeur" }} />
    </>
  );
}

function StagePicker({ stages, current, onStart }: { stages: readonly StageId[]; current: StageId | undefined; onStart: (stage: StageId) => void }) {
  const id = useId();
  const [chosen, setChosen] = useState<StageId | undefined>(current);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen !== undefined) onStart(chosen);
  };
  return (
    <form className="stage-picker" onSubmit={submit}>
      <label htmlFor={id}>Commencer à l&apos;étape&nbsp;:</label>{" "}
      <select id={id} value={chosen} onChange={(event) => setChosen(event.target.value as StageId)}>
        {stages.map((stage) => (
          <option key={stage} value={stage}>
            {stageNumber(stage)}. {STAGE_LABELS[stage]}
          </option>
        ))}
      </select>{" "}
      <button type="submit" className="button small">
        Lancer l&apos;aperçu
      </button>
      <span className="muted"> Les étapes précédentes sont jouées par le corrigé du moteur.</span>
    </form>
  );
}
