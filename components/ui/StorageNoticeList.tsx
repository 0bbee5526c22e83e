"use client";
import { useState } from "react";
import { BACKUP_KEY, persistedText, type RecoveryNotice as Notice } from "@/store/appStore";
import { today } from "@/store/clock";
import type { Attempt } from "@/store/progressSlice";
import { appStore, useAppStore } from "@/store/useAppStore";
import { savedAtText } from "./savedAt";
import { saveJsonFile } from "./saveFile";

/** Scenario titles by id, so that a notice names a game as the library does. */
type Titles = Readonly<Record<string, string>>;

const titleOf = (titles: Titles, id: string) => `«\u00a0${titles[id] ?? id}\u00a0»`;

/**
 * What the browser does with the learner's work: kept in memory only, not saved after a failed
 * write, or a damaged save set aside. Fetched only when one of them is to be said (StorageNotices.tsx).
 */
export function StorageNoticeList({ titles }: { titles: Titles }) {
  return (
    <>
      <NewerSaveNotice />
      <MemoryOnlyBanner />
      <UnsavedNotice titles={titles} />
      <RecoveryNotice titles={titles} />
    </>
  );
}

function ExportSaveButton() {
  return (
    <button type="button" className="button secondary" onClick={() => saveJsonFile(persistedText(appStore().getState()), `atelier-grc-sauvegarde-${today()}.json`)}>
      Télécharger ma sauvegarde (.json)
    </button>
  );
}

/**
 * A save written by a newer version, met by this older copy of the app (an outdated offline cache):
 * kept untouched; it stays on screen, since nothing done on this page is saved.
 */
function NewerSaveNotice() {
  const message = useAppStore((s) => s.newerSaveNotice);
  if (message === null) return null;
  return (
    <section className="alert notice storage-notice" role="alert" aria-label="Sauvegarde d'une version plus récente">
      <p>{message}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => location.reload()}>
          Recharger la page
        </button>
      </div>
    </section>
  );
}

function MemoryOnlyBanner() {
  const persistence = useAppStore((s) => s.persistence);
  const [dismissed, setDismissed] = useState(false);
  if (persistence !== "memoryOnly" || dismissed) return null;
  return (
    <section className="alert notice storage-notice" role="status" aria-label="Enregistrement des parties">
      <p>
        Ce navigateur refuse l&apos;enregistrement (navigation privée ou profil verrouillé)&nbsp;: vos parties ne seront pas
        conservées après la fermeture de l&apos;onglet.
      </p>
      <p className="muted">Vous pouvez jouer normalement. Pour garder votre travail, téléchargez votre sauvegarde avant de fermer l&apos;onglet.</p>
      <div className="button-row">
        <ExportSaveButton />
        <button type="button" className="button secondary" onClick={() => setDismissed(true)}>
          J&apos;ai compris
        </button>
      </div>
    </section>
  );
}

function attemptLabel(attempt: Attempt, titles: Titles): string {
  const state = attempt.status === "done" ? "terminée" : "en cours";
  const when = attempt.savedAt ? `, enregistrée le ${savedAtText(attempt.savedAt)}` : "";
  return `${titleOf(titles, attempt.scenarioId)} — partie ${state}${when}`;
}

/** Finished games first, then the oldest: what a learner gives up most easily. */
function byDisposability(a: Attempt, b: Attempt): number {
  if (a.status !== b.status) return a.status === "done" ? -1 : 1;
  return (a.savedAt ?? "").localeCompare(b.savedAt ?? "");
}

function UnsavedNotice({ titles }: { titles: Titles }) {
  const persistence = useAppStore((s) => s.persistence);
  const attempts = useAppStore((s) => s.attempts);
  const backupPresent = useAppStore((s) => s.backupPresent);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [retried, setRetried] = useState(false);
  if (persistence !== "unsaved") return null;
  const toggle = (key: string, on: boolean) => setChosen((previous) => (on ? new Set(previous).add(key) : new Set([...previous].filter((k) => k !== key))));
  const freeAndRetry = () => {
    const state = appStore().getState();
    for (const key of chosen) {
      if (key === BACKUP_KEY) state.discardBackup();
      else state.resetAttempt(key);
    }
    setChosen(new Set());
    state.retrySave();
    setRetried(true);
  };
  const games = Object.values(attempts).sort(byDisposability);
  return (
    <section className="alert notice storage-notice unsaved" role="alert" aria-label="Partie non enregistrée">
      <p>
        <strong>L&apos;espace de ce navigateur est plein&nbsp;: vos derniers coups ne sont pas enregistrés.</strong> Vous pouvez
        continuer à jouer, mais si vous rechargez la page, vous reprendrez au dernier coup enregistré. Pour ne rien perdre,
        libérez de la place ou téléchargez votre sauvegarde.
      </p>
      {retried ? <p className="storage-retry-failed">L&apos;enregistrement a encore échoué&nbsp;: supprimez d&apos;autres parties ou téléchargez votre sauvegarde.</p> : null}
      <details>
        <summary>Libérer de la place&nbsp;: choisir ce qui peut être supprimé</summary>
        <fieldset>
          <legend>Supprimer pour libérer de la place</legend>
          <ul className="choice-list">
            {backupPresent ? (
              <li>
                <input type="checkbox" id="free-backup" checked={chosen.has(BACKUP_KEY)} onChange={(e) => toggle(BACKUP_KEY, e.target.checked)} />
                <label htmlFor="free-backup">La copie de l&apos;ancienne sauvegarde endommagée</label>
              </li>
            ) : null}
            {games.map((attempt) => (
              <li key={attempt.scenarioId}>
                <input type="checkbox" id={`free-${attempt.scenarioId}`} checked={chosen.has(attempt.scenarioId)} onChange={(e) => toggle(attempt.scenarioId, e.target.checked)} />
                <label htmlFor={`free-${attempt.scenarioId}`}>{attemptLabel(attempt, titles)}</label>
              </li>
            ))}
          </ul>
        </fieldset>
      </details>
      <div className="button-row">
        <button type="button" className="button" onClick={freeAndRetry}>
          {chosen.size > 0 ? "Supprimer la sélection et réessayer l'enregistrement" : "Réessayer l'enregistrement"}
        </button>
        <ExportSaveButton />
      </div>
    </section>
  );
}

function GameList({ lead, ids, titles }: { lead: string; ids: readonly string[]; titles: Titles }) {
  if (ids.length === 0) return null;
  return (
    <>
      <p>{lead}</p>
      <ul>
        {ids.map((id) => (
          <li key={id}>{titleOf(titles, id)}</li>
        ))}
      </ul>
    </>
  );
}

function BackupLine({ notice }: { notice: Notice }) {
  if (notice.backupKept) return <p className="muted">Une copie de l&apos;ancienne sauvegarde est conservée dans ce navigateur.</p>;
  return (
    <>
      <p>L&apos;ancienne sauvegarde n&apos;a pas pu être copiée dans ce navigateur&nbsp;: téléchargez-la pour la garder.</p>
      <button type="button" className="button secondary" onClick={() => saveJsonFile(notice.discardedText, `atelier-grc-ancienne-sauvegarde-${today()}.json`)}>
        Télécharger l&apos;ancienne sauvegarde
      </button>
    </>
  );
}

/** A damaged save: what happened, which games were lost or repaired, and where the old save is. */
function RecoveryNotice({ titles }: { titles: Titles }) {
  const notice = useAppStore((s) => s.recoveryNotice);
  const dismiss = useAppStore((s) => s.dismissRecoveryNotice);
  if (!notice) return null;
  return (
    <section className="alert notice storage-notice" role="alert" aria-label="Sauvegarde récupérée">
      <p>{notice.message}</p>
      <GameList lead={"Parties qui n'ont pas pu être relues\u00a0:"} ids={notice.lostScenarios} titles={titles} />
      <GameList lead={"Parties gardées, dont l'état (en cours ou terminée) a été recalculé\u00a0:"} ids={notice.repairedScenarios} titles={titles} />
      <BackupLine notice={notice} />
      <div className="button-row">
        <button type="button" className="button secondary" onClick={dismiss}>
          J&apos;ai compris
        </button>
      </div>
    </section>
  );
}
