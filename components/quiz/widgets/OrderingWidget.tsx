"use client";
import { useEffect, useRef, useState } from "react";
import { PartMark } from "./PartMark";
import { partRight, type WidgetProps } from "./types";

type Direction = "up" | "down";

/**
 * Items to put in order with « Monter » and « Descendre » on each: the keyboard alone does it, the
 * focus stays on the item moved (on its other button when it reaches an end of the list), and the
 * new place is announced (« Bon de livraison : position 3 sur 5 »).
 */
export function OrderingWidget({ question, draft, onChange, locked, judged, promptId }: WidgetProps<"ordering">) {
  const [announcement, setAnnouncement] = useState("");
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const focusAfterMove = useRef<string | null>(null);
  const textOf = (id: string) => question.items.find((item) => item.id === id)?.text ?? id;
  const count = draft.itemIds.length;

  useEffect(() => {
    if (focusAfterMove.current === null) return;
    buttons.current.get(focusAfterMove.current)?.focus();
    focusAfterMove.current = null;
  }, [draft.itemIds]);

  const move = (index: number, direction: Direction) => {
    const target = direction === "up" ? index - 1 : index + 1;
    const id = draft.itemIds[index];
    const other = draft.itemIds[target];
    if (id === undefined || other === undefined) return;
    const order = [...draft.itemIds];
    order[index] = other;
    order[target] = id;
    const atEnd = direction === "up" ? target === 0 : target === count - 1;
    // A button is disabled at its end of the list, and a disabled button loses the focus: the item's other one takes it.
    focusAfterMove.current = `${id}:${atEnd ? (direction === "up" ? "down" : "up") : direction}`;
    setAnnouncement(`${textOf(id)}\u00a0: position ${target + 1} sur ${count}`);
    onChange({ type: "ordering", itemIds: order });
  };

  const keep = (key: string) => (element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(key, element);
    else buttons.current.delete(key);
  };

  return (
    <>
      {locked ? null : <p className="muted quiz-instruction">Rangez les éléments dans l&apos;ordre avec les boutons «&nbsp;Monter&nbsp;» et «&nbsp;Descendre&nbsp;».</p>}
      <ol className="quiz-ordering" aria-labelledby={promptId}>
        {draft.itemIds.map((id, index) => {
          const right = partRight(judged, id);
          return (
            <li key={id} className="quiz-order-item">
              <span className="quiz-order-rank" aria-hidden="true">
                {index + 1}
              </span>
              <span className="quiz-order-text">{textOf(id)}</span>
              {right === undefined ? null : <PartMark right={right} text={right ? "✓ bien placé" : "✗ mal placé"} />}
              {locked ? null : (
                <span className="quiz-order-buttons">
                  <button type="button" className="button secondary small" ref={keep(`${id}:up`)} aria-label={`Monter\u00a0: ${textOf(id)}`} disabled={index === 0} onClick={() => move(index, "up")}>
                    ↑ Monter
                  </button>
                  <button type="button" className="button secondary small" ref={keep(`${id}:down`)} aria-label={`Descendre\u00a0: ${textOf(id)}`} disabled={index === count - 1} onClick={() => move(index, "down")}>
                    ↓ Descendre
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
