"use client";
import { SiteLink } from "./SiteLink";
import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { usePathname } from "next/navigation";
import { glossaryTerm, type GlossaryTerm } from "@/domain";
import { isKioskPath } from "./OutsideKiosk";
import { preloadGlossaryDefinitions, useGlossaryDefinition, useGlossaryPreload } from "./glossaryDefinitions";

/**
 * A course term and its glossary entry: the one glossary link of the interface. A click opens the
 * definition in place, in a dialog that leaves the scenario, the quiz or the review where it is
 * (docs/decisions/0135); the dialog leads to the whole glossary. On the site the term stays a link
 * to its entry of the glossary page, for a new tab or a page without script; in an LMS package
 * (the kiosk page) there is no glossary page: the term is a button (docs/decisions/0126). The PGI
 * screens, dense with terms, also name the entry in the link's title (`titled`). The term is in
 * the page; its definition comes with the glossary's chunk, fetched when idle, when the pointer or
 * the focus reaches a term, or at the latest when the dialog opens (docs/decisions/0148).
 */
export function Term({ id, children, titled = false }: { id: string; children?: ReactNode; titled?: boolean }) {
  const entry = glossaryTerm(id);
  useGlossaryPreload();
  const kiosk = isKioskPath(usePathname() ?? "/");
  const [open, setOpen] = useState(false);
  const label = children ?? entry?.term ?? id;
  const dialog = open && entry ? createPortal(<DefinitionDialog id={id} entry={entry} withGlossaryLink={!kiosk} onClose={() => setOpen(false)} />, document.body) : null;
  if (kiosk && entry) {
    return (
      <>
        <button type="button" className="term-button" aria-haspopup="dialog" onPointerEnter={preloadGlossaryDefinitions} onFocus={preloadGlossaryDefinitions} onClick={() => setOpen(true)}>
          {label}
        </button>
        {dialog}
      </>
    );
  }
  const openInPlace = (event: MouseEvent<HTMLAnchorElement>) => {
    // A click that asks for a new tab or window goes to the glossary page, as the browser would.
    if (!entry || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    setOpen(true);
  };
  return (
    <>
      <SiteLink
        href={glossaryHref(id)}
        className={titled ? "term" : undefined}
        title={titled && entry ? `Glossaire\u00a0: ${entry.term}` : undefined}
        aria-haspopup={entry ? "dialog" : undefined}
        onPointerEnter={entry ? preloadGlossaryDefinitions : undefined}
        onFocus={entry ? preloadGlossaryDefinitions : undefined}
        onClick={openInPlace}
      >
        {label}
      </SiteLink>
      {dialog}
    </>
  );
}

/** The entry's anchor on the glossary page (components/glossary/GlossaryList.tsx gives each entry its id). */
const glossaryHref = (id: string) => `/glossaire/#${id}`;

/**
 * The definition in a modal dialog, put under <body> (a term often sits inside a paragraph): the
 * browser keeps the focus in it, closes it on Escape and gives the focus back to the term.
 */
function DefinitionDialog({ id, entry, withGlossaryLink, onClose }: { id: string; entry: GlossaryTerm; withGlossaryLink: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const definition = useGlossaryDefinition(id);
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
    <dialog ref={dialog} className="term-dialog" aria-labelledby={titleId} onClose={onClose} onKeyDown={keepFocusInside}>
      <h2 id={titleId}>
        {entry.term}
        {entry.abbreviation ? ` (${entry.abbreviation})` : ""}
      </h2>
      {definition.status === "loaded" ? (
        <p>{definition.entry?.definition}</p>
      ) : definition.status === "loading" ? (
        <p role="status">Chargement…</p>
      ) : (
        <p role="alert">La définition n&apos;a pas pu être chargée&nbsp;: vérifiez la connexion, puis rouvrez-la.</p>
      )}
      <div className="term-dialog-actions">
        <button type="button" className="button secondary small" onClick={close}>
          Fermer
        </button>
        {withGlossaryLink ? <SiteLink href={glossaryHref(id)}>Voir tout le glossaire</SiteLink> : null}
      </div>
    </dialog>
  );
}

/**
 * Tab from the dialog's last control goes back to its first, Shift+Tab from the first to the last:
 * a modal dialog makes the page inert, but the browser would still let the focus out to its own bar.
 */
function keepFocusInside(event: KeyboardEvent<HTMLDialogElement>): void {
  if (event.key !== "Tab") return;
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>("a[href], button")];
  const first = controls[0];
  const last = controls.at(-1);
  const leaving = event.shiftKey ? document.activeElement === first : document.activeElement === last;
  if (!leaving || first === undefined || last === undefined) return;
  event.preventDefault();
  (event.shiftKey ? last : first).focus();
}

/** "Voir le glossaire : Encours, Plafond d'encours" after a feedback or a reviewed decision. */
export function GlossaryLinks({ ids }: { ids: readonly string[] | undefined }) {
  if (!ids || ids.length === 0) return null;
  return (
    <p className="muted">
      Voir le glossaire&nbsp;:{" "}
      {ids.map((id, index) => (
        <span key={id}>
          {index > 0 ? ", " : ""}
          <Term id={id} />
        </span>
      ))}
    </p>
  );
}
