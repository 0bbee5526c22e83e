"use client";
import { useEffect, useRef, type RefObject } from "react";
import type { TraceEntry } from "@/domain";

/** A learner who asked the system for less motion gets the jump, others the smooth scroll. */
function scrollBehavior(): ScrollBehavior {
  const reduced = typeof window.matchMedia === "function" && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  return reduced ? "auto" : "smooth";
}

/**
 * Gives `target` the focus and brings `area` (the target's section, by default the target) into
 * view. The focus does not scroll by itself: the browser's jump would cancel the smooth scroll.
 */
export function bringIntoView(target: HTMLElement, area: HTMLElement = target): void {
  target.focus({ preventScroll: true });
  // jsdom has no layout, hence no scrollIntoView.
  area.scrollIntoView?.({ behavior: scrollBehavior(), block: "nearest" });
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
    const target = heading.current;
    if (isNew && target) bringIntoView(target, target.closest("section") ?? target);
  }, [entry]);
  return heading;
}
