import { useId, type ReactNode } from "react";

/**
 * The submit button of a move: enabled only when the stage machine accepts the event the form
 * builds (`snapshot.can`). When disabled, says why in words, tied to the button.
 */
export function MoveButton({ enabled, children, blockedReason }: { enabled: boolean; children: ReactNode; blockedReason?: ReactNode }) {
  const reasonId = useId();
  const showReason = !enabled && blockedReason !== undefined && blockedReason !== null;
  return (
    <div className="move">
      <button type="submit" className="button" disabled={!enabled} aria-describedby={showReason ? reasonId : undefined}>
        {children}
      </button>
      {showReason ? (
        <p id={reasonId} className="muted move-reason">
          {blockedReason}
        </p>
      ) : null}
    </div>
  );
}
