import { useId } from "react";
import type { TraceEntry } from "@/domain";
import { below, Heading, type HeadingLevel } from "@/components/ui/Heading";
import { InvoiceTraceResult } from "@/components/ui/InvoiceTraceResult";

export interface ControlResultLists {
  hits: TraceEntry[];
  misses: TraceEntry[];
  falseAlarms: TraceEntry[];
}

function Group({ title, entries, empty, level }: { title: string; entries: readonly TraceEntry[]; empty: string; level: HeadingLevel }) {
  const titleId = useId();
  return (
    <section className="control-result-group" aria-labelledby={titleId}>
      <Heading level={level} id={titleId}>
        {title} ({entries.length})
      </Heading>
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
export function ControlResults({ hits, misses, falseAlarms, level = 3 }: ControlResultLists & { level?: HeadingLevel }) {
  // The panel and a corrected copy may share a page: each heading id is its own.
  const titleId = useId();
  return (
    <section className="control-results" aria-labelledby={titleId}>
      <Heading level={level} id={titleId}>
        Résultat du contrôle
      </Heading>
      <Group level={below(level)} title="✓ Anomalies relevées" entries={hits} empty="Aucune anomalie relevée." />
      <Group level={below(level)} title="⚠ Anomalies manquées" entries={misses} empty="Aucune anomalie manquée." />
      <Group level={below(level)} title="✗ Fausses alertes" entries={falseAlarms} empty="Aucune fausse alerte." />
    </section>
  );
}
