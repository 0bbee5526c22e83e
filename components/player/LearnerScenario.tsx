"use client";
import { lazy, Suspense } from "react";
import type { Scenario, ServedVariant } from "@/domain";
import { PlayerWorkspace } from "./PlayerWorkspace";

// Only a scenario with variants needs the draw and the learners' list: fetched for it alone (issue 16).
const VariantScenario = lazy(() => import("./VariantScenario").then((module) => ({ default: module.VariantScenario })));

/** A bundled scenario as this learner plays it: the same for everyone, or their own figures when it has variants (docs/decisions/0144). */
export function LearnerScenario({ scenario, variants }: { scenario: Scenario; variants?: readonly ServedVariant[] }) {
  if (variants === undefined) return <PlayerWorkspace scenario={scenario} />;
  return (
    <Suspense fallback={<p role="status">Ouverture du PGI…</p>}>
      <VariantScenario scenario={scenario} variants={variants} />
    </Suspense>
  );
}
