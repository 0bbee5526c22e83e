"use client";
import { SiteLink } from "@/components/ui/SiteLink";
import { useEffect, useState } from "react";
import { BundledQuiz } from "@/components/quiz/BundledQuiz";
import { PlayerWorkspace } from "@/components/player/PlayerWorkspace";
import { usePseudonymAtOpening } from "@/store/useProfiles";
import { VariantNote } from "@/components/player/VariantNote";
import { PlayedVariantContext } from "@/components/review/playedVariant";
import type { CheckedContent } from "../library";
import { ContentProblems } from "./ContentProblems";
import { checkingLabel, sharedKey } from "./sharedKey";

type Opened = { hash: string; pseudonym: string | undefined; content: CheckedContent };

export const NO_CONTENT = "Ce lien ne contient aucune activité\u00a0: il s'arrête avant «\u00a0#\u00a0», la partie qui porte le scénario ou le questionnaire. Il a sans doute été coupé en le copiant.";
export const CHECK_UNAVAILABLE = "La vérification de l'activité n'a pas pu être chargée (connexion interrompue\u00a0?)\u00a0: rechargez la page.";

/** The address's fragment, read once mounted (the prerendered page has none) and again when another link is pasted in this tab. */
function useLocationHash(): string | null {
  const [hash, setHash] = useState<string | null>(null);
  useEffect(() => {
    const read = () => setHash(window.location.hash);
    read();
    window.addEventListener("hashchange", read);
    return () => window.removeEventListener("hashchange", read);
  }, []);
  return hash;
}

/**
 * The link's content decoded and fully checked. The check (zod, the engine's key) is loaded by
 * import() once the page shows, so that the page itself stays light.
 */
function useOpenedLink(hash: string | null, pseudonym: string | undefined | null): Opened | null {
  const [opened, setOpened] = useState<Opened | null>(null);
  useEffect(() => {
    // The learner is read first: a scenario with variants is played in their own figures (docs/decisions/0144).
    if (hash === null || pseudonym === null) return undefined;
    let current = true;
    const settle = (content: CheckedContent) => {
      if (current) setOpened({ hash, pseudonym, content });
    };
    if (hash.replace(/^#/, "") === "") {
      settle({ ok: false, messages: [NO_CONTENT] });
    } else {
      // A seed the teacher wrote in the link (`?graine=7`) gives every learner of the link that variant.
      const seed = new URLSearchParams(window.location.search).get("graine") ?? undefined;
      import("../library").then(({ openShareLink }) => openShareLink(hash, { pseudonym, seed })).then(settle, () => settle({ ok: false, messages: [CHECK_UNAVAILABLE] }));
    }
    return () => {
      current = false;
    };
  }, [hash, pseudonym]);
  return opened !== null && opened.hash === hash && opened.pseudonym === pseudonym ? opened : null;
}

/** The page of a share link: the scenario or quiz it carries, played and saved like a bundled one, or why it cannot be. */
export function SharedActivity() {
  const hash = useLocationHash();
  const opening = usePseudonymAtOpening();
  const opened = useOpenedLink(hash, opening === null ? null : opening.pseudonym);
  if (hash === null || opened === null) {
    return (
      <>
        <h1>Activité partagée</h1>
        <p role="status">{checkingLabel(hash ?? "")}</p>
      </>
    );
  }
  const { content } = opened;
  if (!content.ok) {
    return (
      <>
        <h1>Activité partagée</h1>
        <ContentProblems title="Ce lien ne peut pas être ouvert" messages={content.messages}>
          <p>Demandez à votre enseignant de vous renvoyer le lien, ou le fichier de l&apos;activité.</p>
        </ContentProblems>
        <p>
          <SiteLink href="/">Aller à l&apos;accueil de l&apos;atelier</SiteLink>
        </p>
      </>
    );
  }
  if (content.kind === "quiz") {
    return (
      <>
        <p className="muted shared-title">Activité partagée par votre enseignant</p>
        <h1>{content.quiz.title}</h1>
        <p className="lead">{content.quiz.summary}</p>
        <BundledQuiz quiz={content.quiz} quizKey={sharedKey(opened.hash, content.quiz.id)} />
      </>
    );
  }
  return (
    <>
      <h1 className="visually-hidden">{content.scenario.title}</h1>
      <p className="muted shared-title">
        Activité partagée par votre enseignant&nbsp;: <strong>{content.scenario.title}</strong>
      </p>
      {content.variant !== undefined ? <VariantNote variant={content.variant} /> : null}
      <PlayedVariantContext.Provider value={content.played ?? null}>
        <PlayerWorkspace
          key={content.variant?.seed ?? "commune"}
          scenario={content.scenario}
          gameKey={sharedKey(opened.hash, content.scenario.id)}
          exit={{ href: "/", label: "Aller à l'accueil de l'atelier" }}
        />
      </PlayedVariantContext.Provider>
    </>
  );
}
