"use client";
import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { createPortal, flushSync } from "react-dom";

/**
 * The main area of the PGI as a place to read a document (docs/decisions/0132): a document asked
 * for in the task panel opens there, at a readable width, instead of in the narrow panel beside an
 * empty centre. The workspace owns the state (`useMainAreaState`) and the slot; a document is
 * rendered by the component that opened it and carried into the slot by a portal, so that it stays
 * live (the invoice to control shows each mark as it is made).
 */
export interface MainArea {
  /** The element the open document is carried into; null until the main area is on screen. */
  slot: HTMLElement | null;
  setSlot: (element: HTMLElement | null) => void;
  /** The document open now (one at a time), by the key of the component that opened it. */
  openKey: string | null;
  open: (key: string, opener: HTMLElement | null, moveFocus: boolean) => void;
  /** Closes `key` if it is the open document; `returnFocus`: back to what opened it. */
  close: (key: string, returnFocus: boolean) => void;
  /** Closes whatever is open (the learner chose a module): the module takes the main area back. */
  closeAny: () => void;
  /** Whether the document just opened should take the focus (asked by the learner, not opened by a stage). */
  takesFocus: () => boolean;
}

const MainAreaContext = createContext<MainArea | null>(null);

/** Provides the main area to the task panel (`value`), or withholds it (null) where documents already are in the main area. */
export const MainAreaProvider = MainAreaContext.Provider;

/** The heading of the main area's module: where the focus goes back when what opened the document is gone. */
function fallbackFocus(slot: HTMLElement | null): void {
  const heading = slot?.parentElement?.querySelector<HTMLElement>("h2[tabindex='-1']");
  heading?.focus();
}

/**
 * The state of the main area, held by the workspace. `reveal` shows the area a moment needs on a
 * screen that shows one at a time (0133): the document the learner opened, then, once closed, the
 * task panel its opener sits in — before the focus moves, a hidden element cannot take it.
 */
export function useMainAreaState(reveal: (where: "document" | "opener") => void = () => undefined): MainArea {
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  const [openKey, setOpenKey] = useState<string | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const focusOnOpen = useRef(false);
  // Read by the callbacks, which stay the same from render to render.
  const openKeyRef = useRef<string | null>(null);
  const slotRef = useRef<HTMLElement | null>(null);
  const revealRef = useRef(reveal);
  useEffect(() => {
    slotRef.current = slot;
    revealRef.current = reveal;
  });

  const open = useCallback((key: string, from: HTMLElement | null, moveFocus: boolean) => {
    opener.current = from;
    focusOnOpen.current = moveFocus;
    openKeyRef.current = key;
    setOpenKey(key);
    if (moveFocus) revealRef.current("document");
  }, []);
  const close = useCallback((key: string, returnFocus: boolean) => {
    if (openKeyRef.current !== key) return;
    openKeyRef.current = null;
    setOpenKey(null);
    if (!returnFocus) return;
    // Focus moves before the document leaves the page: it never falls back on <body>.
    flushSync(() => revealRef.current("opener"));
    const from = opener.current;
    if (from?.isConnected) from.focus();
    else fallbackFocus(slotRef.current);
  }, []);
  const closeAny = useCallback(() => {
    openKeyRef.current = null;
    setOpenKey(null);
  }, []);
  const takesFocus = useCallback(() => focusOnOpen.current, []);
  return useMemo(() => ({ slot, setSlot, openKey, open, close, closeAny, takesFocus }), [slot, openKey, open, close, closeAny, takesFocus]);
}

/** What a component that shows a document gets: null when there is no main area (the review, a test): the document then shows in place. */
export interface MainAreaHandle {
  isOpen: boolean;
  /** Opens the document; `opener` gets the focus back when it closes. */
  open: (opener: HTMLElement | null, moveFocus?: boolean) => void;
  close: () => void;
  /** The id of the open document's region (for `aria-controls`). */
  regionId: string;
}

export function useMainAreaDocument(): MainAreaHandle | null {
  const area = useContext(MainAreaContext);
  const key = useId();
  const regionId = `${key}-document`;
  // A component that leaves the page (its stage ended) takes its document with it.
  const close = area?.close;
  useEffect(() => () => close?.(key, false), [close, key]);
  if (area === null || area.slot === null) return null;
  return {
    isOpen: area.openKey === key,
    open: (opener, moveFocus = true) => area.open(key, opener, moveFocus),
    close: () => area.close(key, true),
    regionId,
  };
}

/** Opens the document once, when its component first shows (the invoice to control at the start of stage 4). */
export function useOpenAtFirst(handle: MainAreaHandle | null, openAtFirst: boolean): void {
  const done = useRef(false);
  useEffect(() => {
    if (!openAtFirst || done.current || handle === null) return;
    done.current = true;
    handle.open(null, false);
  }, [handle, openAtFirst]);
}

interface FrameProps {
  handle: MainAreaHandle;
  title: string;
  /** "letter": about 75 characters a line; "invoice": the printed page's width. */
  width: "letter" | "invoice";
  children: ReactNode;
}

/** The document in the main area: its title, « Fermer le document » (Escape too), then the document. */
function DocumentFrame({ handle, title, width, children }: FrameProps) {
  const area = useContext(MainAreaContext);
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (area?.takesFocus()) heading.current?.focus();
    // Once, when the document opens: the focus stays where the learner puts it afterwards.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.stopPropagation();
    handle.close();
  };
  return (
    <section id={handle.regionId} className={`main-document is-${width}`} aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <header className="main-document-bar">
        <h2 id={titleId} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="button secondary small" onClick={handle.close}>
          Fermer le document
        </button>
      </header>
      <div className="main-document-body">{children}</div>
    </section>
  );
}

/** The document carried into the main area while it is open; nothing otherwise. */
export function MainAreaDocument({ handle, ...frame }: FrameProps) {
  const area = useContext(MainAreaContext);
  if (!handle.isOpen || area?.slot == null) return null;
  return createPortal(<DocumentFrame handle={handle} {...frame} />, area.slot);
}

/** The task panel's line for a document open in the main area: « La lettre est ouverte à gauche. » */
export function openedOnTheLeft(noun: string): string {
  const feminine = noun.startsWith("la ");
  return `${noun.charAt(0).toUpperCase()}${noun.slice(1)} est ${feminine ? "ouverte" : "ouvert"} à gauche, dans l'écran du PGI.`;
}

/** « Voir la lettre » / « Masquer la lettre »: the button that shows a document, in place or in the main area. */
export function DocumentToggle({ shown, controls, noun, onClick }: { shown: boolean; controls: string | undefined; noun: string; onClick: (button: HTMLButtonElement) => void }) {
  return (
    <button type="button" className="button secondary small" aria-expanded={shown} aria-controls={controls} onClick={(event) => onClick(event.currentTarget)}>
      {shown ? `Masquer ${noun}` : `Voir ${noun}`}
    </button>
  );
}

interface ToggleProps {
  handle: MainAreaHandle;
  title: string;
  /** "la lettre", "le document": the button reads « Voir … » / « Masquer … ». */
  noun: string;
  width: "letter" | "invoice";
  /** Beside the button (the PDF downloads). */
  actions?: ReactNode;
  /** The document, built only while it is open. */
  view: () => ReactNode;
}

/** In the task panel: the button that opens the document in the main area, and the line that says it is there. */
export function MainAreaToggle({ handle, title, noun, width, actions, view }: ToggleProps) {
  return (
    <>
      <div className="document-actions">
        <DocumentToggle shown={handle.isOpen} controls={handle.isOpen ? handle.regionId : undefined} noun={noun} onClick={(button) => (handle.isOpen ? handle.close() : handle.open(button))} />
        {actions}
      </div>
      {handle.isOpen ? (
        <>
          <p className="muted document-opened">{openedOnTheLeft(noun)}</p>
          <MainAreaDocument handle={handle} title={title} width={width}>
            {view()}
          </MainAreaDocument>
        </>
      ) : null}
    </>
  );
}
