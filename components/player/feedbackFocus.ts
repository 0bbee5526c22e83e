"use client";
import { useRef, type RefObject } from "react";
import type { TraceEntry } from "@/domain";
import { useFocusOnChange } from "@/components/ui/bringIntoView";

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
 * A decision just judged: an entry after another, or after the empty start of a stage; not the
 * feedback already there when the game opened (a reload), not a stage arriving (undefined: no stage ran).
 */
function isNewJudgement(before: TraceEntry | null | undefined, after: TraceEntry | null | undefined): boolean {
  return before !== undefined && after !== null && after !== undefined;
}

/**
 * The heading of the feedback, focused and its section brought into view when a NEW decision is
 * judged. `entry` is undefined while no stage runs. The caller sits above the stage panels: its
 * effect runs after theirs (React runs a parent's effects after its children's), so the feedback
 * has the last word.
 */
export function useFeedbackFocus(entry: TraceEntry | null | undefined): RefObject<HTMLHeadingElement | null> {
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnChange(entry, isNewJudgement, () => heading.current);
  return heading;
}
