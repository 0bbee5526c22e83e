"use client";
import { useAppStore } from "@/store/useAppStore";

/** Tells the learner, in French, that a damaged save was set aside; the copy stays in the browser. */
export function RecoveryNotice() {
  const notice = useAppStore((s) => s.recoveryNotice);
  const dismiss = useAppStore((s) => s.dismissRecoveryNotice);
  if (!notice) return null;
  return (
    <div className="alert error" role="alert">
      <p>{notice.message}</p>
      <p className="muted">Une copie de l&apos;ancienne sauvegarde est conservée dans ce navigateur.</p>
      <button type="button" className="button secondary" onClick={dismiss}>
        J&apos;ai compris
      </button>
    </div>
  );
}
