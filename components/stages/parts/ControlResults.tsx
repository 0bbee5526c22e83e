import { useId } from "react";
import type { TraceEntry } from "@/domain";
import { InvoiceTraceResult } from "./InvoiceTraceResult";

export interface ControlResultLists {
  hits: TraceEntry[];
  misses: TraceEntry[];
  falseAlarms: TraceEntry[];
}

function Group({ title, entries, empty }: { title: string; entries: readonly TraceEntry[]; empty: string }) {
  const titleId = useId();
  return (
    <section className="control-result-group" aria-labelledby={titleId}>
      <h4 id={titleId}>
        {title} ({entries.length})
      </h4>
      {entries.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="plain-list">
          {entries.map((entry) => (
            <li key={entry.decisionPoint}>
              <InvoiceTraceResult entry={entry} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** After "Valider mon contrôle": the anomalies found, those missed and the false alarms, from the trace. */
export function ControlResults({ hits, misses, falseAlarms }: ControlResultLists) {
  // The panel and a corrected copy may share a page: each heading id is its own.
  const titleId = useId();
  return (
    <section className="control-results" aria-labelledby={titleId}>
      <h3 id={titleId}>Résultat du contrôle</h3>
      <Group title="✓ Anomalies relevées" entries={hits} empty="Aucune anomalie relevée." />
      <Group title="⚠ Anomalies manquées" entries={misses} empty="Aucune anomalie manquée." />
      <Group title="✗ Fausses alertes" entries={falseAlarms} empty="Aucune fausse alerte." />
    </section>
  );
}
