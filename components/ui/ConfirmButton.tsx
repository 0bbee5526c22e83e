"use client";
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";

export interface ConfirmButtonProps {
  /** The first button ("Effacer toute ma progression"); may hold visually hidden context. */
  children: ReactNode;
  /** The question asked at the second step ("Effacer toute votre progression ? …"). */
  question: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm: () => void;
  className?: string;
}

/**
 * A destructive action in two steps, with the keyboard alone: the button is replaced by a
 * question with "confirm" and "cancel". Focus goes to "cancel" (the harmless choice, as in an
 * alert dialog), Escape cancels, and cancelling gives the focus back to the first button.
 * After confirming, the caller decides where the focus goes (the element may disappear).
 */
export function ConfirmButton({ children, question, confirmLabel, cancelLabel = "Annuler", onConfirm, className = "button secondary small" }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  /** Set when the learner cancels: the first button gets the focus back once it is shown again. */
  const returnFocus = useRef(false);
  const questionId = useId();
  const triggerRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [asking]);

  const cancel = () => {
    returnFocus.current = true;
    setAsking(false);
  };

  if (!asking) {
    return (
      <button ref={triggerRef} type="button" className={className} onClick={() => setAsking(true)}>
        {children}
      </button>
    );
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Escape") {
      event.preventDefault();
      cancel();
    }
  };

  return (
    <div role="group" aria-labelledby={questionId} className="confirm-step" onKeyDown={onKeyDown}>
      <span id={questionId} className="confirm-question">
        {question}
      </span>{" "}
      <button
        type="button"
        className="button small danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>{" "}
      <button ref={cancelRef} type="button" className="button secondary small" onClick={cancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
