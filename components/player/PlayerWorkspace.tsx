"use client";
import { SiteLink } from "@/components/ui/SiteLink";
import { lazy, memo, Suspense, useEffect, useMemo, useRef, useState } from "react";
import { whenIdle } from "@/store/whenIdle";
import { formatDateFr, isAssessment, STAGE_LABELS, type Scenario } from "@/domain";
import { currentStage, runningStage, type PlayerSnapshot } from "@/machines/playerMachine";
import { ModuleView, preloadPgiScreens } from "@/components/pgi/ModuleView";
import { StagePanel } from "@/components/stages/StagePanel";
import { DraftScope } from "@/components/stages/parts/formDrafts";
import { ScenarioChangedNotice } from "./ScenarioChangedNotice";
import { FeedbackPanel } from "./FeedbackPanel";
import { SecondTryActions } from "./SecondTryActions";
import { HintPanel } from "./HintPanel";
import { useFeedbackFocus } from "./feedbackFocus";
import { useWorkspaceArea, WorkspaceSwitch, type WorkspaceArea } from "./WorkspaceSwitch";
import { PGI_MODULES, type PgiModuleId, type WorkspaceData } from "@/components/pgi/workspace";
import { AssessmentNotice } from "@/components/ui/ClassroomParts";
import { ConfirmButton } from "@/components/ui/ConfirmButton";
import type { StageContextBase } from "@/components/stages/types";
import { useActorSnapshot } from "@/components/ui/useActorSnapshot";
import { GlossaryPreloadDeferred, preloadGlossaryDefinitions } from "@/components/ui/glossaryDefinitions";
import { MainAreaProvider, useMainAreaState } from "@/components/documents/MainAreaDocument";
import { MainArea } from "./MainArea";
import { engineStoppedMessage, usePlayerSession, type PlayerSession } from "./usePlayerSession";

// The review shows once the last decision is made: its chunk is not on the page (docs/decisions/0139);
// it is fetched when the browser is idle after the first decision, so that the last one does not wait for it.
const loadReview = () => import("@/components/review/ScenarioReview");
const ScenarioReview = lazy(() => loadReview().then((module) => ({ default: module.ScenarioReview })));
// The same for the interlude between two stages, with an invoice control's corrected copy (docs/decisions/0148).
const loadInterlude = () => import("./StageInterlude");
const StageInterlude = lazy(() => loadInterlude().then((module) => ({ default: module.StageInterlude })));
const REVIEW_PRELOAD_TIMEOUT_MS = 2_000;

/** After the first decision of the game, the review's and the interlude's chunks when the browser is idle (the bundler fetches a chunk once). */
function usePreloadedReview(decided: boolean): void {
  useEffect(() => {
    if (decided) whenIdle(() => void Promise.all([loadReview(), loadInterlude()]).catch(() => undefined), REVIEW_PRELOAD_TIMEOUT_MS);
  }, [decided]);
}

const SHOWN_PRELOAD_TIMEOUT_MS = 2_000;

/**
 * Rendered beside the stage panel, within its Suspense boundary: its effect runs once the first
 * panel is on screen. Then, when the browser is idle, come what no first decision needs but the
 * learner may open at once: the PGI's other screens and the glossary's definitions (docs/decisions/0148).
 */
function PreloadOnceShown() {
  useEffect(() => {
    whenIdle(() => {
      preloadPgiScreens();
      preloadGlossaryDefinitions();
    }, SHOWN_PRELOAD_TIMEOUT_MS);
  }, []);
  return null;
}

type RunningSession = Extract<PlayerSession, { actor: object }>;

type Carried = WorkspaceData["carried"];

/** What each tab of the narrow screens' switch shows (ids below). */
const AREA_IDS: Readonly<Record<WorkspaceArea, string>> = { pgi: "workspace-modules workspace-screen", task: "workspace-task" };

/** A running stage's own record of what it hands on at its end: the documents sent (invoicing), the dunning steps taken (follow-up). */
type RunningStageContext = StageContextBase & { outbox?: Carried["outbox"]; actionsTaken?: Carried["dunningActions"] };

/** What the PGI holds now: the running stage's data, with what it already sent or took as the next stage will see it. */
function workspaceData(scenario: Scenario, source: Pick<StageContextBase, "ledger" | "today" | "carried">, stage: WorkspaceData["stage"], sentThisStage: Carried["outbox"], actionsTaken: Carried["dunningActions"] | undefined): WorkspaceData {
  const sent = sentThisStage ?? [];
  let carried: Carried = sent.length > 0 ? { ...source.carried, outbox: [...(source.carried.outbox ?? []), ...sent] } : source.carried;
  if (actionsTaken !== undefined) carried = { ...carried, dunningActions: actionsTaken };
  return { scenario, ledger: source.ledger, today: source.today, carried, stage };
}

/**
 * The PGI's modules re-render only when what they show changes (a ledger, the date, what was
 * sent): a decision's feedback alone leaves them as they are (issue 16, docs/decisions/0136).
 */
const PgiModule = memo(ModuleView);

/** Where the link under the game leads: the bundled scenarios' library, unless the page says otherwise (a preview, a shared link); null: nowhere (an LMS package's kiosk page). */
export interface PlayerExit {
  href: string;
  label: string;
}

const LIBRARY_EXIT: PlayerExit = { href: "/scenarios/", label: "Retour à la bibliothèque des scénarios" };

/**
 * The PGI as the learner sees it: company and date on top, modules on the left, the task on the
 * right. The game is saved in the browser under `gameKey` (the scenario's id unless the page keeps
 * it elsewhere: a shared scenario, docs/decisions/0117).
 */
export function PlayerWorkspace({ scenario, gameKey, exit }: { scenario: Scenario; gameKey?: string; exit?: PlayerExit | null }) {
  const session = usePlayerSession(scenario, gameKey);
  return <PlayerSessionView scenario={scenario} session={session} exit={exit} />;
}

/** The workspace on a session the page started: the saved game above, or a game that nothing saves (a teacher's preview). */
export function PlayerSessionView({ scenario, session, exit = LIBRARY_EXIT }: { scenario: Scenario; session: PlayerSession | null; exit?: PlayerExit | null }) {
  const player = useActorSnapshot(session?.actor ?? undefined);
  // After « Recommencer », the new game takes the focus to its task: the button pressed is gone.
  const [restarted, setRestarted] = useState(false);
  if (session?.actor === null) {
    return <ScenarioChangedNotice notice={session.changedNotice} onRestart={session.restart} />;
  }
  if (!session || !player) {
    return <p role="status">Ouverture du PGI…</p>;
  }
  const restart = () => {
    setRestarted(true);
    session.restart();
  };
  return <Game key={session.actor.sessionId} scenario={scenario} session={{ ...session, restart }} player={player} exit={exit} focusTask={restarted} />;
}

function Game({ scenario, session, player, exit, focusTask }: { scenario: Scenario; session: RunningSession; player: PlayerSnapshot; exit: PlayerExit | null; focusTask: boolean }) {
  const running = runningStage(player);
  const stageSnapshot = useActorSnapshot(running?.actor);
  const feedbackHeading = useFeedbackFocus(stageSnapshot?.context.lastFeedback);
  usePreloadedReview(player.context.stages.length > 0 || (stageSnapshot?.context.trace.length ?? 0) > 0);
  // The task's heading takes the focus when it replaces a button that was pressed: « Recommencer », the interlude's « Continuer ».
  const focusTaskHeading = useRef(focusTask);
  const taskHeading = (heading: HTMLHeadingElement | null) => {
    if (heading === null || !focusTaskHeading.current) return;
    focusTaskHeading.current = false;
    heading.focus();
  };
  const [module, setModule] = useState<PgiModuleId>("mail");
  // Stages finished before this view opened (a reload) need no interlude: only those finished here.
  const stagesDone = player.context.stages.length;
  const [acknowledgedStages, setAcknowledgedStages] = useState(stagesDone);
  const finishedHere = stagesDone > acknowledgedStages && player.status !== "done" ? player.context.stages.at(-1) : undefined;

  const stageContext: RunningStageContext | undefined = stageSnapshot?.context;
  const source = stageContext ?? player.context;
  const stageId = currentStage(player);
  const { ledger, today, carried } = source;
  const outbox = stageContext?.outbox;
  const actionsTaken = stageContext?.actionsTaken;
  const data = useMemo(
    () => workspaceData(scenario, { ledger, today, carried }, stageId, outbox, actionsTaken),
    [scenario, ledger, today, carried, stageId, outbox, actionsTaken],
  );
  const stage = data.stage;
  // An assessment: no feedback before the review, no hint (the stage machines refuse them too).
  const assessment = isAssessment(scenario);
  // A stage that starts, a decision judged, a stage that ends: a narrow screen shows the task (item 7).
  const [area, setArea] = useWorkspaceArea(`${running?.stage ?? ""}|${stagesDone}|${stageSnapshot?.context.trace.length ?? 0}`);
  // The centre shows the chosen module, or a document opened from the task panel (docs/decisions/0132);
  // a narrow screen turns to the document the learner opens, and back to the task when it closes.
  const mainArea = useMainAreaState((where) => setArea(where === "document" ? "pgi" : "task"));

  // The terms of the PGI do not fetch the glossary's definitions before the first panel is on screen (PreloadOnceShown does then).
  return (
    <GlossaryPreloadDeferred value={true}>
    <div className="workspace">
      {session.restoreError ? (
        <p className="alert error" role="alert">
          {session.restoreError}
        </p>
      ) : null}
      {player.status === "error" ? (
        <p className="alert error" role="alert">
          {engineStoppedMessage(player.error)}
        </p>
      ) : null}
      <header className="workspace-bar" aria-label="Entreprise et date simulée">
        <div>
          <strong>{scenario.company.identity.name}</strong>
          <span className="muted"> — PGI, poste de l&apos;administration des ventes</span>
        </div>
        <div>
          Date du jour&nbsp;: <time dateTime={data.today}>{formatDateFr(data.today)}</time>
        </div>
        <div>{stage ? <>Étape en cours&nbsp;: {STAGE_LABELS[stage]}</> : player.status === "done" ? "Scénario terminé" : null}</div>
        <div className="workspace-actions">
          <ConfirmButton question={"Tout recommencer\u00a0?"} confirmLabel="Oui, recommencer" cancelLabel="Non" onConfirm={session.restart}>
            Recommencer le scénario
          </ConfirmButton>
        </div>
      </header>

      {player.status === "done" && player.output ? null : <WorkspaceSwitch area={area} onSelect={setArea} controls={AREA_IDS} />}
      {player.status === "done" && player.output ? (
        <Suspense fallback={<p role="status">Ouverture du bilan…</p>}>
          <ScenarioReview scenario={scenario} output={player.output} onReplay={session.restart} gameKey={session.gameKey} siteLinks={exit !== null} />
        </Suspense>
      ) : (
        <MainAreaProvider value={mainArea}>
        <div className="workspace-body" data-area={area}>
          <nav className="pgi-modules" aria-label="Modules du PGI" id="workspace-modules">
            <ul>
              {PGI_MODULES.map((m) => (
                <li key={m.id}>
                  <button
                    type="button"
                    aria-current={module === m.id ? "page" : undefined}
                    onPointerEnter={() => preloadPgiScreens(m.id)}
                    onFocus={() => preloadPgiScreens(m.id)}
                    onClick={() => {
                      mainArea.closeAny();
                      setModule(m.id);
                    }}
                  >
                    {m.label}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <MainArea id="workspace-screen" documentOpen={mainArea.openKey !== null} slot={mainArea.setSlot} moduleLabel={PGI_MODULES.find((m) => m.id === module)?.label ?? module}>
            <PgiModule module={module} data={data} />
          </MainArea>
          <aside className="task-panel" aria-label="Tâche en cours" id="workspace-task">
            {finishedHere ? (
              <Suspense fallback={<p role="status">Chargement…</p>}>
                <StageInterlude output={finishedHere} nextLabel={stage ? STAGE_LABELS[stage] : undefined} onContinue={() => {
                    focusTaskHeading.current = true;
                    setAcknowledgedStages(stagesDone);
                  }} withheld={assessment} />
              </Suspense>
            ) : running && stageSnapshot ? (
              <Suspense fallback={<p role="status">Ouverture de l&apos;étape…</p>}>
                <h2 ref={taskHeading} tabIndex={-1}>
                  {STAGE_LABELS[running.stage]}
                </h2>
                {assessment ? <AssessmentNotice /> : null}
                <FeedbackPanel
                  entry={stageSnapshot.context.lastFeedback}
                  today={data.today}
                  withheld={assessment}
                  headingRef={feedbackHeading}
                  actions={stageSnapshot.can({ type: "learner.secondTryDeclined" }) ? <SecondTryActions stageActor={running.actor} /> : undefined}
                />
                <DraftScope gameKey={session.gameKey}>
                  <StagePanel running={running} scenario={scenario} />
                </DraftScope>
                <PreloadOnceShown />
                {assessment ? null : <HintPanel stageActor={running.actor} hints={stageSnapshot.context.hintsShown} canAsk={stageSnapshot.can({ type: "learner.hintRequested" })} />}
              </Suspense>
            ) : (
              <p role="status">Passage à l&apos;étape suivante…</p>
            )}
          </aside>
        </div>
        </MainAreaProvider>
      )}
      {player.status === "done" || exit === null ? null : (
        <p className="muted screen-only">
          <SiteLink href={exit.href}>{exit.label}</SiteLink>
        </p>
      )}
    </div>
    </GlossaryPreloadDeferred>
  );
}
