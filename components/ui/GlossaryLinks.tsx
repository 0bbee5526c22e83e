"use client";
import { SiteLink } from "./SiteLink";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { usePathname } from "next/navigation";
import { glossaryEntry, type GlossaryEntry } from "@/domain";
import { isKioskPath } from "./OutsideKiosk";

/**
 * A course term linked to its glossary entry: the one glossary link of the interface. The PGI
 * screens, dense with terms, also name the entry in the link's title (`titled`). In an LMS
 * package (the kiosk page) there is no glossary page to go to: the term opens its definition in
 * place instead (docs/decisions/0126).
 */
export function Term({ id, children, titled = false }: { id: string; children?: ReactNode; titled?: boolean }) {
  const entry = glossaryEntry(id);
  const kiosk = isKioskPath(usePathname() ?? "/");
  const label = children ?? entry?.term ?? id;
  if (kiosk && entry) return <DefinitionButton entry={entry}>{label}</DefinitionButton>;
  return (
    <SiteLink href={`/glossaire/#${id}`} className={titled ? "term" : undefined} title={titled && entry ? `Glossaire : ${entry.term}` : undefined}>
      {label}
    </SiteLink>
  );
}

/** The term as a button that shows its definition in a modal dialog, put under <body> (a term often sits inside a paragraph). */
function DefinitionButton({ entry, children }: { entry: GlossaryEntry; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="term-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {children}
      </button>
      {open ? createPortal(<DefinitionDialog entry={entry} onClose={() => setOpen(false)} />, document.body) : null}
    </>
  );
}

function DefinitionDialog({ entry, onClose }: { entry: GlossaryEntry; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) {
      if (typeof element.showModal === "function") element.showModal();
      else element.setAttribute("open", "");
    }
  }, []);
  // Closing the dialog itself gives the focus back to the term; a browser without modal dialogs just drops it.
  const close = () => (typeof dialog.current?.close === "function" ? dialog.current.close() : onClose());
  return (
    <dialog ref={dialog} className="term-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>
        {entry.term}
        {entry.abbreviation ? ` (${entry.abbreviation})` : ""}
      </h2>
      <p>{entry.definition}</p>
      <button type="button" className="button secondary small" onClick={close}>
        Fermer
      </button>
    </dialog>
  );
}

/** "Voir le glossaire : Encours, Plafond d'encours" after a feedback or a reviewed decision. */
export function GlossaryLinks({ ids }: { ids: readonly string[] | undefined }) {
  if (!ids || ids.length === 0) return null;
  return (
    <p className="muted">
      Voir le glossaire :{" "}
      {ids.map((id, index) => (
        <span key={id}>
          {index > 0 ? ", " : ""}
          <Term id={id} />
        </span>
      ))}
    </p>
  );
}
