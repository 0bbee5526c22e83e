import type { ReactNode } from "react";

/** Label/value pairs of a document's header. */
export function Fields({ children, className }: { children: ReactNode; className?: string }) {
  return <dl className={`doc-fields${className ? ` ${className}` : ""}`}>{children}</dl>;
}

export function Field({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
