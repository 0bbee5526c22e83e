import type { ReactNode } from "react";
import { MoveButton } from "./MoveButton";

interface MoveFormProps<E> {
  /** The event the inputs build, or null while they are incomplete or unreadable. */
  event: E | null;
  /** The stage machine's `snapshot.can`: the form never decides a rule itself. */
  can: (event: E) => boolean;
  send: (event: E) => void;
  label: ReactNode;
  /** Why the move cannot be made while the event is not built ("Choisissez une réponse."). */
  blockedReason?: ReactNode;
  /** Why the PGI refuses the event that is built, when the form can say it. */
  refusedReason?: ReactNode;
  children: ReactNode;
}

/** A stage's form: submits its event only when it is built and the machine takes it; the button says why not. */
export function MoveForm<E>({ event, can, send, label, blockedReason, refusedReason, children }: MoveFormProps<E>) {
  const enabled = event !== null && can(event);
  return (
    <form
      className="check-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (event !== null && enabled) send(event);
      }}
    >
      {children}
      <MoveButton enabled={enabled} blockedReason={event === null ? blockedReason : refusedReason}>
        {label}
      </MoveButton>
    </form>
  );
}
