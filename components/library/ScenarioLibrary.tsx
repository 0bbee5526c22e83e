"use client";
import { useMemo, useRef, useState } from "react";
import type { ScenarioSummary } from "@/components/catalog/summary";
import { ConfirmButton } from "@/components/ui/ConfirmButton";
import { useAppStore, useStoreHydrated } from "@/store/useAppStore";
import { LibraryFilters } from "./LibraryFilters";
import { ScenarioCard } from "./ScenarioCard";
import { countText, matchesFilter, NO_FILTER, type LibraryFilter } from "./scenarioFacts";


/** Every bundled scenario, filtered by stage and level, with the learner's status on each. */
export function ScenarioLibrary({ scenarios }: { scenarios: readonly ScenarioSummary[] }) {
  const hydrated = useStoreHydrated();
  const attempts = useAppStore((s) => s.attempts);
  const history = useAppStore((s) => s.history.scenarios);
  const resetAttempt = useAppStore((s) => s.resetAttempt);
  const resetAllProgress = useAppStore((s) => s.resetAllProgress);
  const [filter, setFilter] = useState<LibraryFilter>(NO_FILTER);
  const [message, setMessage] = useState<string | null>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);

  const shown = useMemo(() => scenarios.filter((scenario) => matchesFilter(scenario, filter)), [scenarios, filter]);
  const started = hydrated ? scenarios.filter((scenario) => attempts[scenario.id] !== undefined).length : 0;

  const reset = (scenarioId: string) => {
    const title = scenarios.find((s) => s.id === scenarioId)?.title ?? scenarioId;
    resetAttempt(scenarioId);
    setMessage(`Votre progression sur «\u00a0${title}\u00a0» a été effacée.`);
  };

  return (
    <div className="library">
      <LibraryFilters filter={filter} onChange={setFilter} />
      <div className="library-count">
        <p aria-live="polite" aria-atomic="true">
          {countText(shown.length, scenarios.length)}
        </p>
        {shown.length < scenarios.length ? (
          <button type="button" className="button secondary small" onClick={() => setFilter(NO_FILTER)}>
            Afficher tous les scénarios
          </button>
        ) : null}
      </div>
      <p ref={messageRef} className="library-message" role="status" tabIndex={-1}>
        {message}
      </p>
      {shown.length > 0 ? (
        <ul className="library-list" aria-label="Scénarios">
          {shown.map((scenario) => (
            <ScenarioCard key={scenario.id} scenario={scenario} attempt={attempts[scenario.id]} runs={history[scenario.id]} hydrated={hydrated} onReset={reset} />
          ))}
        </ul>
      ) : null}

      <section className="card library-progress" aria-labelledby="progression-titre">
        <h2 id="progression-titre">Votre progression</h2>
        <p>
          Elle est enregistrée dans ce navigateur seulement, sans compte&nbsp;: un autre ordinateur ne la connaît pas.
          {hydrated ? ` Scénarios commencés ou terminés\u00a0: ${started} sur ${scenarios.length}.` : null}
        </p>
        {hydrated && started > 0 ? (
          <ConfirmButton
            question={"Effacer la progression de tous les scénarios\u00a0? C'est définitif."}
            confirmLabel="Oui, tout effacer"
            onConfirm={() => {
              resetAllProgress();
              setMessage("Toute votre progression a été effacée.");
              messageRef.current?.focus();
            }}
          >
            Effacer toute ma progression
          </ConfirmButton>
        ) : null}
      </section>
    </div>
  );
}
