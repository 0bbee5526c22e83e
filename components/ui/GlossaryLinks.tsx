import { SiteLink } from "./SiteLink";
import type { ReactNode } from "react";
import { glossaryEntry } from "@/domain";

/**
 * A course term linked to its glossary entry: the one glossary link of the interface. The PGI
 * screens, dense with terms, also name the entry in the link's title (`titled`).
 */
export function Term({ id, children, titled = false }: { id: string; children?: ReactNode; titled?: boolean }) {
  const entry = glossaryEntry(id);
  return (
    <SiteLink href={`/glossaire/#${id}`} className={titled ? "term" : undefined} title={titled && entry ? `Glossaire : ${entry.term}` : undefined}>
      {children ?? entry?.term ?? id}
    </SiteLink>
  );
}

/** "Voir le glossaire : Encours, Plafond d'encours" after a feedback or a reviewed decision. */
export function GlossaryLinks({ ids }: { ids: readonly string[] | undefined }) {
  if (!ids || ids.length === 0) return null;
  return (
    <p className="muted">
      Voir le glossaire :{" "}
      {ids.map((id, index) => (
        <span key={id}>
          {index > 0 ? ", " : ""}
          <Term id={id} />
        </span>
      ))}
    </p>
  );
}
