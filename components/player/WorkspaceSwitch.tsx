"use client";
import { useRef, useState, type KeyboardEvent } from "react";

/** The two areas a narrow screen shows one at a time (issue 15, item 7). */
export type WorkspaceArea = "pgi" | "task";

const AREAS: readonly { id: WorkspaceArea; label: string }[] = [
  { id: "pgi", label: "PGI" },
  { id: "task", label: "Tâche" },
];

/**
 * Which area a narrow screen shows: « Tâche » whenever `moment` changes (a stage starts, a decision
 * is judged, a stage ends), so that the form or the feedback is what the learner sees; the learner's
 * choice otherwise. Wide screens show both and ignore it (app/globals.css).
 */
export function useWorkspaceArea(moment: string): [WorkspaceArea, (area: WorkspaceArea) => void] {
  const [area, setArea] = useState<WorkspaceArea>("task");
  const [seen, setSeen] = useState(moment);
  if (seen !== moment) {
    // Adjusting state while rendering (React's pattern for "reset on a prop change"), not in an effect.
    setSeen(moment);
    setArea("task");
  }
  return [area, setArea];
}

/**
 * The « PGI » / « Tâche » switch of narrow screens, the WAI-ARIA tabs pattern with manual
 * activation: Tab reaches the selected tab, the arrows (Home, End) move between the two, Enter or
 * Space selects. `controls` names, per area, the ids of what it shows.
 */
export function WorkspaceSwitch({ area, onSelect, controls }: { area: WorkspaceArea; onSelect: (area: WorkspaceArea) => void; controls: Readonly<Record<WorkspaceArea, string>> }) {
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const focusTab = (index: number) => tabs.current[(index + AREAS.length) % AREAS.length]?.focus();
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const moves: Partial<Record<string, number>> = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: AREAS.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    focusTab(target);
  };
  return (
    <div className="workspace-switch" role="tablist" aria-label="Afficher le PGI ou la tâche">
      {AREAS.map((tab, index) => (
        <button
          key={tab.id}
          ref={(element) => {
            tabs.current[index] = element;
          }}
          type="button"
          role="tab"
          id={`workspace-tab-${tab.id}`}
          aria-selected={area === tab.id}
          aria-controls={controls[tab.id]}
          tabIndex={area === tab.id ? 0 : -1}
          onClick={() => onSelect(tab.id)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
