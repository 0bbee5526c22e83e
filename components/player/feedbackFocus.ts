"use client";
import { useEffect, useRef, type RefObject } from "react";
import type { TraceEntry } from "@/domain";
import { focusNextFrame } from "@/components/ui/focusNextFrame";

/** A learner who asked the system for less motion gets the jump, others the smooth scroll. */
function scrollBehavior(): ScrollBehavior {
  const reduced = typeof window.matchMedia === "function" && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  return reduced ? "auto" : "smooth";
}

/**
 * How far a scroller must move so that [top, bottom] shows within [viewTop, viewBottom]: nothing
 * when it already does, else the nearest edge; a block taller than the view shows its top.
 */
export function nearestScroll(top: number, bottom: number, viewTop: number, viewBottom: number): number {
  if (top >= viewTop && bottom <= viewBottom) return 0;
  if (top < viewTop || bottom - top > viewBottom - viewTop) return top - viewTop;
  return bottom - viewBottom;
}

/** The closest ancestor that scrolls by itself (the task panel, sticky with its own scroll from 1024 px). */
function scrollingAncestor(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node !== null && node !== document.body; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === "auto" || overflow === "scroll") && node.scrollHeight > node.clientHeight) return node;
  }
  return null;
}

/**
 * Brings `area` into view: its own scroller, then the window, each by the nearest distance. Not
 * `scrollIntoView`: Chromium drops one of two smooth scrolls run at once (the panel's and the
 * window's), which left the feedback above the panel's edge.
 */
function scrollToSee(area: HTMLElement): void {
  const behavior = scrollBehavior();
  const box = area.getBoundingClientRect();
  const scroller = scrollingAncestor(area);
  let inWindow = { top: box.top, bottom: box.bottom };
  if (scroller !== null) {
    const frame = scroller.getBoundingClientRect();
    const distance = nearestScroll(box.top, box.bottom, frame.top, frame.bottom);
    if (distance !== 0) scroller.scrollBy({ top: distance, behavior });
    inWindow = { top: frame.top, bottom: frame.bottom };
  }
  const distance = nearestScroll(inWindow.top, inWindow.bottom, 0, window.innerHeight);
  if (distance !== 0) window.scrollBy({ top: distance, behavior });
}

/**
 * Gives `target` the focus and brings `area` (the target's section, by default the target) into
 * view. The focus does not scroll by itself: the browser's jump would cancel the smooth scroll.
 */
export function bringIntoView(target: HTMLElement, area: HTMLElement = target): void {
  target.focus({ preventScroll: true });
  // jsdom has no layout, hence nothing to scroll. On the frame after: a smooth scroll started in
  // the frame of another scroll (the click that sent the answer had scrolled its button into view)
  // was seen dropped by Chromium.
  if (typeof window.scrollBy === "function" && area.getBoundingClientRect().height > 0) requestAnimationFrame(() => scrollToSee(area));
}

/** What the learner can fill in or press: the next thing to do is one of them, never a link away from the task. */
const CONTROLS = "input:not([type='hidden']):enabled, select:enabled, textarea:enabled, button:enabled";

/** A control the learner cannot reach now: hidden, inert, or inside a closed <details> (a step folded away). */
function outOfReach(control: HTMLElement): boolean {
  return control.closest("[hidden], [inert], details:not([open])") !== null;
}

/** The first field or button after `element` in the page, outside it and within reach: the form shown under the feedback. */
export function nextControl(element: HTMLElement): HTMLElement | null {
  const controls = Array.from(element.ownerDocument.querySelectorAll<HTMLElement>(CONTROLS));
  const follows = (control: HTMLElement) => (element.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  return controls.find((control) => !element.contains(control) && follows(control) && !outOfReach(control)) ?? null;
}

/**
 * The heading of the feedback, focused and its section brought into view when a NEW decision is
 * judged: not the feedback already there when the game opened (a reload), not an empty stage.
 * `entry` is undefined while no stage runs. The caller sits above the stage panels: its effect runs
 * after theirs (React runs a parent's effects after its children's), so the feedback has the last word.
 */
export function useFeedbackFocus(entry: TraceEntry | null | undefined): RefObject<HTMLHeadingElement | null> {
  const heading = useRef<HTMLHeadingElement>(null);
  const seen = useRef(entry);
  useEffect(() => {
    const isNew = entry !== seen.current && entry !== null && entry !== undefined && seen.current !== undefined;
    seen.current = entry;
    if (!isNew) return undefined;
    // On the next frame, which lays the new feedback out anyway: the focus and the box read here would force it.
    return focusNextFrame(() => heading.current, (target) => bringIntoView(target, target.closest("section") ?? target));
  }, [entry]);
  return heading;
}
