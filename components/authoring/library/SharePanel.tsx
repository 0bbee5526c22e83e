"use client";
import { useId, useRef, useState } from "react";
import type { LibraryRecord } from "@/store/teacherLibrary";
import { encodeShareLink, SHARE_LINK_LIMIT, shareLinkFits } from "../shareLink";

/** The page that opens a shared scenario or quiz for a learner. */
export const SHARE_PAGE = "/partage/";

const count = (n: number) => new Intl.NumberFormat("fr-FR").format(n);

export interface SharePanelProps {
  record: LibraryRecord;
  /** The site's address (`location.origin`): the link works wherever the atelier is served. */
  origin: string;
  /** False when the full check refused the document: the learner would see its errors. */
  valid: boolean;
  onExport: () => void;
}

/**
 * The share link of a record: its content carried in the address, its length against the limit a
 * messaging tool or an ENT keeps, and past it the file instead (docs/decisions/0110).
 */
export function SharePanel({ record, origin, valid, onExport }: SharePanelProps) {
  const fieldId = useId();
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string>("");
  const link = encodeShareLink(record.kind, record.text, new URL(SHARE_PAGE, origin).href);
  const fits = shareLinkFits(link);

  const copy = async () => {
    field.current?.select();
    try {
      await navigator.clipboard.writeText(link);
      setCopied("Lien copié : collez-le dans un message, l'ENT ou Moodle.");
    } catch {
      setCopied("Le navigateur n'a pas permis la copie : le lien est sélectionné, copiez-le avec Ctrl+C.");
    }
  };

  return (
    <section className="share-panel" aria-label={`Partager « ${record.title} »`}>
      {valid ? null : (
        <p className="alert notice">Ce document ne passe pas encore la vérification : l&apos;élève qui ouvrira le lien verra les erreurs au lieu de l&apos;exercice.</p>
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
            Le lien ferait {count(link.length)} caractères, au-delà de la limite de {count(SHARE_LINK_LIMIT)} : une messagerie ou
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
