import { focusNextFrame } from "./focusNextFrame";

/** The actions on an item of a list the keyboard edits: move it up or down, remove it. */
export type ItemAction = "up" | "down" | "remove";

/**
 * Where the focus goes after an action on the item at `index` of a list now `length` long: it
 * follows the item moved, so that « Monter » pressed again moves it again, and takes the item's
 * other button once it reaches an end of the list, as the quiz's ordering does (OrderingWidget);
 * after a removal, to the item that took its place, or the one before; out of an emptied list, to
 * the list's « Ajouter ». Lists keyed by place (an item has no identity of its own) find the button
 * again by this place.
 */
export function focusAfter(action: ItemAction, index: number, length: number): { index: number; action: ItemAction } | "add" {
  if (action === "up") return { index: index - 1, action: index - 1 === 0 ? "down" : "up" };
  if (action === "down") return { index: index + 1, action: index + 1 === length - 1 ? "up" : "down" };
  if (length === 0) return "add";
  return { index: Math.min(index, length - 1), action };
}

/**
 * After an action on a list keyed by place, gives the focus (at the next frame) to the button
 * `focusAfter` names: the one marked `data-item-action` in the list's `index`-th item, or the list's
 * « Ajouter ».
 */
export function focusItemAfter(action: ItemAction, index: number, length: number, list: () => HTMLElement | null, add: () => HTMLElement | null = () => null): void {
  const target = focusAfter(action, index, length);
  focusNextFrame(() => (target === "add" ? add() : list()?.querySelector<HTMLElement>(`:scope > *:nth-child(${target.index + 1}) [data-item-action="${target.action}"]`)));
}
