import type { ButtonHTMLAttributes } from "react";

export type BusyButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "disabled" | "type"> & {
  /** Work under way (a PDF prepared, a document created, a package made): the button does nothing until it ends. */
  busy: boolean;
};

/**
 * A button unavailable while some work it started, or another, is under way: it says so
 * (`aria-disabled`, styled like a disabled button) and a click does nothing. It is not `disabled`:
 * a disabled button loses the focus, and a learner or teacher who pressed Entrée on it found the
 * focus thrown back to the top of the page, with nothing to say where they were.
 */
export function BusyButton({ busy, onClick, ...props }: BusyButtonProps) {
  return (
    <button
      type="button"
      {...props}
      aria-disabled={busy}
      onClick={(event) => {
        if (busy) event.preventDefault();
        else onClick?.(event);
      }}
    />
  );
}
