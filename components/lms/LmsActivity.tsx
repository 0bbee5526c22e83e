"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { ACTIVITY_GLOBAL, ACTIVITY_SCRIPT, cmiTimespan, fnv1a64, readActivity, type LmsActivity as Activity, type QuizFile, type Scenario } from "@/domain";
import type { CheckedContent } from "@/components/authoring/library";
import { ContentProblems } from "@/components/authoring/play/ContentProblems";
import { PlayerSessionView, PlayerWorkspace } from "@/components/player/PlayerWorkspace";
import { PlayedVariantContext } from "@/components/review/playedVariant";
import { VariantNote } from "@/components/player/VariantNote";
import { BundledQuiz } from "@/components/quiz/BundledQuiz";
import { LmsLearnerContext } from "@/components/ui/lmsLearner";
import { loadQuizRun } from "@/components/quiz/loadQuizRun";
import { appStore, useStoreHydrated } from "@/store/useAppStore";
import { addProfile, currentProfile, newProfileId, readProfiles, writeProfiles } from "@/store/profiles";
import { startQuizRun, type LmsQuizRun } from "./quizRun";
import type { ScenarioRun } from "./scenarioRun";
import { connectScorm, findScormApi, type LmsAdapter } from "./scormApi";
import { useLmsPlayerSession } from "./useLmsPlayerSession";

/** Where the browser keeps a package's activity: a key of its own, named by the very text packaged. */
export const ACTIVITY_KEY_PREFIX = "activite:";

const activityKey = (activity: Activity) => `${ACTIVITY_KEY_PREFIX}${activity.id}:${fnv1a64(activity.text)}`;

/** The activity under way, as the page asks it on leaving: finished or not, and its last moves saved. */
type RunUnderWay = Pick<ScenarioRun | LmsQuizRun, "finished"> & { flush?: () => void };

type Opened =
  | { ok: false; title: string; messages: string[] }
  | { ok: true; activity: Activity; content: Extract<CheckedContent, { ok: true }>; lms: LmsAdapter | null };

const CHECK_UNAVAILABLE = "La vérification de l'activité n'a pas pu être chargée\u00a0: le paquet est sans doute incomplet.";

/** `activite.js`, beside the page: a classic script, which a local file and any folder can load (a fetch could not). */
function loadActivityScript(): Promise<unknown> {
  return new Promise((settle) => {
    const script = document.createElement("script");
    script.src = ACTIVITY_SCRIPT;
    script.onload = () => settle((window as unknown as Record<string, unknown>)[ACTIVITY_GLOBAL]);
    script.onerror = () => settle(undefined);
    document.head.appendChild(script);
  });
}

// The LMS is initialized once per page load, however often React runs the effect.
let connection: { adapter: LmsAdapter | null; since: number } | undefined;

/** The LMS's adapter, or null when no SCORM API is found: the page then saves in the browser only. */
function connectOnce(onProblem: (message: string) => void): LmsAdapter | null {
  if (connection === undefined) {
    const api = findScormApi(window);
    connection = { adapter: api ? connectScorm(api, onProblem) : null, since: Date.now() };
  }
  return connection.adapter;
}

/** The learner's name as the LMS gives it (« Léa Martin »), or null when it gives none or there is no LMS. */
function lmsLearnerOf(lms: LmsAdapter | null): string | null {
  return lms !== null && lms.start.learnerName !== "" ? lms.start.learnerName : null;
}

/** The LMS's learner becomes this browser's learner when it has none yet, so that the pages outside the LMS know them too. */
function adoptLearnerName(name: string): void {
  const registry = readProfiles();
  if (name === "" || registry.profiles.length > 0) return;
  const change = addProfile(registry, name, newProfileId(), new Date());
  if (change.ok) writeProfiles(change.registry);
}

async function openActivity(onProblem: (message: string) => void): Promise<Opened> {
  const read = readActivity(await loadActivityScript());
  if (!read.ok) return { ok: false, title: "Cette activité ne peut pas être ouverte", messages: [read.message] };
  const library = await import("@/components/authoring/library").catch(() => undefined);
  if (library === undefined) return { ok: false, title: "Cette activité ne peut pas être ouverte", messages: [CHECK_UNAVAILABLE] };
  const checked = await library.checkContent(read.activity.kind, read.activity.text, "paquet de l'activité", "learner");
  if (!checked.ok) return { ok: false, title: "Le contenu de cette activité est invalide", messages: checked.messages };
  const lms = connectOnce(onProblem);
  if (lms) adoptLearnerName(lms.start.learnerName);
  // A scenario with variants is played in the learner's own figures, drawn from the name the LMS gives
  // (docs/decisions/0145): on a shared computer, the browser's learner may be the previous pupil.
  const pseudonym = lmsLearnerOf(lms) ?? currentProfile(readProfiles())?.pseudonym;
  const content = checked.kind === "scenario" ? library.learnerContent(checked, read.activity.text, { pseudonym }) : checked;
  return content.ok ? { ok: true, activity: read.activity, content, lms } : { ok: false, title: "Le contenu de cette activité est invalide", messages: content.messages };
}

/**
 * The launch page of an LMS package (docs/decisions/0126): the activity of `activite.js`, checked
 * like a share link's, played and reported to the LMS through SCORM 1.2, or saved in the browser
 * when no LMS is found.
 */
export function LmsActivity() {
  const [opened, setOpened] = useState<Opened | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const run = useRef<RunUnderWay | null>(null);

  useEffect(() => {
    let current = true;
    void openActivity((message) => setProblem(message)).then((result) => {
      if (current) setOpened(result);
    });
    return () => {
      current = false;
    };
  }, []);

  const lms = opened?.ok ? opened.lms : null;
  useEffect(() => {
    if (lms === null) return undefined;
    const leave = () => {
      run.current?.flush?.();
      appStore().flushWrites();
      lms.leave(run.current?.finished() ?? false, cmiTimespan(Date.now() - (connection?.since ?? Date.now())));
    };
    window.addEventListener("pagehide", leave);
    return () => window.removeEventListener("pagehide", leave);
  }, [lms]);

  const onRun = useCallback((started: RunUnderWay) => {
    run.current = started;
  }, []);

  if (opened === null) {
    return (
      <>
        <h1>Activité</h1>
        <p role="status">Ouverture de l&apos;activité…</p>
      </>
    );
  }
  if (!opened.ok) {
    return (
      <>
        <h1>Activité</h1>
        <ContentProblems title={opened.title} messages={opened.messages}>
          <p>Signalez-le à votre enseignant&nbsp;: le paquet doit être construit de nouveau.</p>
        </ContentProblems>
      </>
    );
  }
  const { activity, content } = opened;
  const key = activityKey(activity);
  return (
    <LmsLearnerContext.Provider value={lmsLearnerOf(opened.lms)}>
      {problem !== null ? (
        <p className="muted lms-problem" role="status">
          {problem}
        </p>
      ) : null}
      {content.kind === "quiz" ? (
        <>
          <h1>{content.quiz.title}</h1>
          <p className="lead">{content.quiz.summary}</p>
          {lms === null ? <BundledQuiz quiz={content.quiz} quizKey={key} /> : <LmsQuiz quiz={content.quiz} lms={lms} quizKey={key} hash={fnv1a64(activity.text)} masteryScore={activity.masteryScore} onProblem={setProblem} onRun={onRun} />}
        </>
      ) : (
        <PlayedVariantContext.Provider value={content.played ?? null}>
          <h1 className="visually-hidden">{content.scenario.title}</h1>
          {content.variant?.seed ? <VariantNote variant={content.variant} /> : null}
          {lms === null ? (
            <PlayerWorkspace scenario={content.scenario} gameKey={key} exit={null} />
          ) : (
            <LmsScenario scenario={content.scenario} lms={lms} gameKey={key} masteryScore={activity.masteryScore} onProblem={setProblem} onRun={onRun} />
          )}
        </PlayedVariantContext.Provider>
      )}
    </LmsLearnerContext.Provider>
  );
}

function LmsScenario(props: { scenario: Scenario; lms: LmsAdapter; gameKey: string; masteryScore: number | undefined; onProblem: (message: string) => void; onRun: (run: ScenarioRun) => void }) {
  const { scenario, lms, gameKey, masteryScore, onProblem, onRun } = props;
  const session = useLmsPlayerSession(scenario, lms, gameKey, { masteryScore, onProblem, onRun });
  return <PlayerSessionView scenario={scenario} session={session} exit={null} />;
}

/** A quiz in the LMS: the quiz as everywhere, once the LMS's kept session is back in the store and the run watches it. */
function LmsQuiz(props: { quiz: QuizFile; lms: LmsAdapter; quizKey: string; hash: string; masteryScore: number | undefined; onProblem: (message: string) => void; onRun: (run: RunUnderWay) => void }) {
  const { quiz, lms, quizKey, hash, masteryScore, onProblem, onRun } = props;
  const hydrated = useStoreHydrated();
  const [notice, setNotice] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    if (!hydrated) return undefined;
    let current = true;
    let started: LmsQuizRun | undefined;
    loadQuizRun().then(
      (runtime) => {
        if (!current) return;
        started = startQuizRun(quiz, quizKey, hash, lms, runtime, { masteryScore, onProblem });
        onRun(started);
        setNotice(started.notice);
      },
      // The quiz says itself that its runtime could not be fetched.
      () => current && setNotice(null),
    );
    return () => {
      current = false;
      started?.stop();
    };
  }, [hydrated, quiz, quizKey, hash, lms, masteryScore, onProblem, onRun]);
  if (notice === undefined) return <p role="status">Ouverture du quiz…</p>;
  return (
    <>
      {notice !== null ? (
        <p className="alert notice" role="status">
          {notice}
        </p>
      ) : null}
      <BundledQuiz quiz={quiz} quizKey={quizKey} />
    </>
  );
}
