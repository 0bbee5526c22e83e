import type { ReactNode } from "react";

/**
 * The company's rules the current decision is judged against, in one box of the same look at every
 * stage (intake, follow-up): the learner is never judged against a hidden rule (issue 15, item 5).
 * `children` are the list's items.
 */
export function PolicyList({ headingId, children }: { headingId: string; children: ReactNode }) {
  return (
    <section className="company-policies" aria-labelledby={headingId}>
      <h3 id={headingId}>Politique de l&apos;entreprise</h3>
      <ul>{children}</ul>
    </section>
  );
}
