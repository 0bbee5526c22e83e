import type { ReactNode } from "react";

/**
 * A wide table in a box that scrolls sideways on a narrow screen; focusable and named, so that the
 * keyboard can scroll it too (WCAG 2.1.1, axe « scrollable-region-focusable »).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
