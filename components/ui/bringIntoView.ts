"use client";
import { useEffect, useEffectEvent, useRef } from "react";
import { focusNextFrame } from "./focusNextFrame";

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

/** The target with what the learner reads or fills in under it: its form (a day's choices and their button), else its section. */
function bringWithItsBlock(target: HTMLElement): void {
  bringIntoView(target, target.closest<HTMLElement>("form, section") ?? target);
}

/**
 * Moves the focus where a move of the learner's leads (docs/decisions/0129): when `value` changes
 * and `moved(before, after)` says the learner just made that change, what `target` returns takes
 * the focus and its form or section comes into view. Never for the value of the first render: what
 * a reload shows was not just done. On the next frame, which lays the new view out anyway: the
 * focus and the box read in the effect would force it.
 */
export function useFocusOnChange<T>(value: T, moved: (before: T, after: T) => boolean, target: () => HTMLElement | null | undefined): void {
  const seen = useRef(value);
  // The caller's latest rules, read when the value changes: a new closure each render is no reason to look again.
  const focusIfMoved = useEffectEvent((before: T, after: T) => (moved(before, after) ? focusNextFrame(target, bringWithItsBlock) : undefined));
  useEffect(() => {
    const before = seen.current;
    seen.current = value;
    return before === value ? undefined : focusIfMoved(before, value);
  }, [value]);
}
