"use client";
import { useEffect, useId, useRef, useState } from "react";
import { siteUrl } from "@/components/ui/siteRoot";
import type { LibraryRecord } from "@/store/teacherLibrary";

type ShareLinkModule = typeof import("../shareLink");

/** The page that opens a shared scenario or quiz for a learner. */
export const SHARE_PAGE = "partage/";

const count = (n: number) => new Intl.NumberFormat("fr-FR").format(n);

export interface SharePanelProps {
  record: LibraryRecord;
  /** False when the full check refused the document: the learner would see its errors. */
  valid: boolean;
  onExport: () => void;
}

/**
 * The share link of a record: its content carried in the address, its length against the limit a
 * messaging tool or an ENT keeps, and past it the file instead (docs/decisions/0110).
 */
export function SharePanel(props: SharePanelProps) {
  // The compressor (fflate) comes when a teacher opens a panel, not with the library's page.
  const [shareLink, setShareLink] = useState<ShareLinkModule | "failed" | undefined>(undefined);
  useEffect(() => {
    let live = true;
    import("../shareLink").then(
      (module) => live && setShareLink(module),
      () => live && setShareLink("failed"),
    );
    return () => {
      live = false;
    };
  }, []);
  if (shareLink === undefined) return <p className="muted">Préparation du lien…</p>;
  if (shareLink === "failed") return <p className="alert error">Le lien n&apos;a pas pu être préparé&nbsp;: vérifiez la connexion au site, puis rouvrez «&nbsp;Partager&nbsp;».</p>;
  return <ShareLinkPanel {...props} shareLink={shareLink} />;
}

function ShareLinkPanel({ record, valid, onExport, shareLink }: SharePanelProps & { shareLink: ShareLinkModule }) {
  const { encodeShareLink, SHARE_LINK_LIMIT, shareLinkFits } = shareLink;
  const fieldId = useId();
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string>("");
  const link = encodeShareLink(record.kind, record.text, siteUrl(SHARE_PAGE));
  const fits = shareLinkFits(link);

  const copy = async () => {
    field.current?.select();
    try {
      await navigator.clipboard.writeText(link);
      setCopied("Lien copié\u00a0: collez-le dans un message, l'ENT ou Moodle.");
    } catch {
      setCopied("Le navigateur n'a pas permis la copie\u00a0: le lien est sélectionné, copiez-le avec Ctrl+C.");
    }
  };

  return (
    <section className="share-panel" aria-label={`Partager «\u00a0${record.title}\u00a0»`}>
      {valid ? null : (
        <p className="alert notice">Ce document ne passe pas encore la vérification&nbsp;: l&apos;élève qui ouvrira le lien verra les erreurs au lieu de l&apos;exercice.</p>
      )}
      {fits ? (
        <>
          <label htmlFor={fieldId}>Lien de partage (l&apos;élève qui l&apos;ouvre joue directement)</label>
          <div className="share-link-row">
            <input ref={field} id={fieldId} type="text" readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
            <button type="button" className="button small" onClick={() => void copy()}>
              Copier le lien
            </button>
          </div>
          <p className="muted">
            {count(link.length)} caractères sur {count(SHARE_LINK_LIMIT)} au plus.
          </p>
        </>
      ) : (
        <>
          <p>
            Le lien ferait {count(link.length)} caractères, au-delà de la limite de {count(SHARE_LINK_LIMIT)}&nbsp;: une messagerie ou
            l&apos;ENT risquerait de le couper. Partagez plutôt le fichier, que l&apos;élève ou un collègue importe.
          </p>
          <button type="button" className="button small" onClick={onExport}>
            Télécharger le fichier (.json)
          </button>
        </>
      )}
      <p aria-live="polite" className="share-copied">
        {copied}
      </p>
    </section>
  );
}
