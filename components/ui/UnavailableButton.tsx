import type { ButtonHTMLAttributes } from "react";

export type UnavailableButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "disabled" | "type"> & {
  /** Nothing to do for now: work under way (a PDF prepared, a document created), or an item already first or last. */
  unavailable: boolean;
};

/**
 * A button that can be unavailable for a while: it says so (`aria-disabled`, styled like a
 * disabled button) and a click does nothing. It is not `disabled`: a disabled button loses the
 * focus, and a learner or teacher who pressed Entrée on it found the focus thrown back to the top of
 * the page, with nothing to say where they were.
 */
export function UnavailableButton({ unavailable, onClick, ...props }: UnavailableButtonProps) {
  return (
    <button
      type="button"
      {...props}
      aria-disabled={unavailable}
      onClick={(event) => {
        if (unavailable) event.preventDefault();
        else onClick?.(event);
      }}
    />
  );
}
