import Link from "next/link";
import { glossaryEntry } from "@/domain";

/** "Voir le glossaire : Encours, Plafond d'encours" after a feedback or a reviewed decision. */
export function GlossaryLinks({ ids }: { ids: readonly string[] | undefined }) {
  if (!ids || ids.length === 0) return null;
  return (
    <p className="muted">
      Voir le glossaire :{" "}
      {ids.map((id, index) => (
        <span key={id}>
          {index > 0 ? ", " : ""}
          <Link href={`/glossaire/#${id}`}>{glossaryEntry(id)?.term ?? id}</Link>
        </span>
      ))}
    </p>
  );
}
