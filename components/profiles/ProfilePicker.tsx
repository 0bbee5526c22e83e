"use client";
import { SiteLink } from "@/components/ui/SiteLink";
import { useRef, useState } from "react";
import { addProfile, currentProfile, forgetSave, newProfileId, removeProfile, renameProfile, writeProfiles, type Profile, type ProfileRegistry, type RegistryChange } from "@/store/profiles";
import { appStore } from "@/store/useAppStore";
import { useProfiles } from "@/store/useProfiles";
import { ConfirmButton } from "@/components/ui/ConfirmButton";
import { PseudonymForm } from "@/components/ui/PseudonymForm";

/**
 * The store of a page is the learner's chosen when the page started: changing learner reloads the
 * page, so that nothing of one learner's state stays in the tab of another (docs/decisions/0120).
 */
function reloadPage(): void {
  window.location.reload();
}

const UNSAVED = "Ce navigateur refuse l'enregistrement\u00a0: les élèves ne peuvent pas y être gardés. Demandez à votre enseignant.";

/** One learner of the list: work under this name, rename, delete (with confirmation). */
interface ItemProps {
  profile: Profile;
  registry: ProfileRegistry;
  onMessage: (text: string) => void;
  startAs: (registry: ProfileRegistry) => void;
}

function ProfileItem({ profile, registry, onMessage, startAs }: ItemProps) {
  const [renaming, setRenaming] = useState(false);
  const renameRef = useRef<HTMLButtonElement>(null);
  const isCurrent = registry.current === profile.id;
  const rename = (pseudonym: string) => {
    const change = renameProfile(registry, profile.id, pseudonym);
    if (!change.ok) return change.message;
    if (!writeProfiles(change.registry)) return UNSAVED;
    setRenaming(false);
    onMessage(`«\u00a0${profile.pseudonym}\u00a0» s'appelle maintenant «\u00a0${pseudonym.trim()}\u00a0».`);
    return null;
  };
  const remove = () => {
    const next = removeProfile(registry, profile.id);
    // The page's store is the current learner's: what waits to be written goes first, so that no write comes back after the deletion.
    if (isCurrent) appStore().flushWrites();
    forgetSave(profile.saveKey);
    if (isCurrent) startAs(next);
    else {
      writeProfiles(next);
      onMessage(`«\u00a0${profile.pseudonym}\u00a0» et sa progression sont supprimés de cet ordinateur.`);
    }
  };
  return (
    <li className="card profile-item" aria-current={isCurrent ? "true" : undefined}>
      <p className="profile-name">
        <strong>{profile.pseudonym}</strong>
        {isCurrent ? <span className="status"> vous travaillez sous ce nom</span> : null}
      </p>
      {renaming ? (
        <PseudonymForm
          label={<>Nouveau pseudonyme de {profile.pseudonym}</>}
          submitLabel="Renommer"
          initial={profile.pseudonym}
          onSubmit={rename}
          onCancel={() => {
            setRenaming(false);
            queueMicrotask(() => renameRef.current?.focus());
          }}
        />
      ) : (
        <div className="button-row">
          {isCurrent ? null : (
            <button type="button" className="button" onClick={() => startAs({ ...registry, current: profile.id })}>
              Travailler sous ce nom<span className="visually-hidden">&nbsp;: {profile.pseudonym}</span>
            </button>
          )}
          <button ref={renameRef} type="button" className="button secondary small" onClick={() => setRenaming(true)}>
            Renommer<span className="visually-hidden"> {profile.pseudonym}</span>
          </button>
          <ConfirmButton
            question={<>Supprimer «&nbsp;{profile.pseudonym}&nbsp;» et toute sa progression sur cet ordinateur&nbsp;? Ses fichiers de résultats déjà remis ne sont pas touchés.</>}
            confirmLabel="Oui, supprimer"
            onConfirm={remove}
          >
            Supprimer<span className="visually-hidden"> {profile.pseudonym}</span>
          </ConfirmButton>
        </div>
      )}
    </li>
  );
}

/** The learners of this computer: choose one, create one, rename or delete one. */
export function ProfilePicker({ reload = reloadPage }: { reload?: () => void }) {
  const registry = useProfiles();
  const [message, setMessage] = useState("");
  const startAs = (next: ProfileRegistry) => {
    writeProfiles(next);
    reload();
  };
  if (!registry) return <p className="muted">Lecture des élèves de cet ordinateur…</p>;
  const current = currentProfile(registry);
  const create = (pseudonym: string) => {
    const change: RegistryChange = addProfile(registry, pseudonym, newProfileId(), new Date());
    if (!change.ok) return change.message;
    if (!writeProfiles(change.registry)) return UNSAVED;
    startAs(change.registry);
    return null;
  };
  return (
    <div className="profile-picker">
      <p className="lead">
        {current ? (
          <>
            Vous travaillez sous le nom <strong>{current.pseudonym}</strong>&nbsp;: votre progression est enregistrée pour vous seul sur cet
            ordinateur. <SiteLink href="/">Aller au parcours</SiteLink>
          </>
        ) : (
          "Sur un ordinateur partagé, chaque élève travaille sous son pseudonyme\u00a0: la progression de l'un n'écrase jamais celle d'un autre."
        )}
      </p>
      <p role="status" aria-live="polite" className="profile-message">
        {message}
      </p>
      {registry.profiles.length > 0 ? (
        <section aria-labelledby="eleves-titre">
          <h2 id="eleves-titre">Les élèves de cet ordinateur</h2>
          <ul className="plain-list profile-list">
            {registry.profiles.map((profile) => (
              <ProfileItem key={profile.id} profile={profile} registry={registry} onMessage={setMessage} startAs={startAs} />
            ))}
          </ul>
        </section>
      ) : null}
      <section className="card" aria-labelledby="nouvel-eleve-titre">
        <h2 id="nouvel-eleve-titre">{registry.profiles.length > 0 ? "Nouvel élève" : "Votre pseudonyme"}</h2>
        {registry.profiles.length === 0 ? <p>La progression déjà faite dans ce navigateur devient celle de ce premier élève.</p> : null}
        <PseudonymForm label="Pseudonyme" submitLabel="Créer et travailler sous ce nom" onSubmit={create} />
      </section>
    </div>
  );
}
