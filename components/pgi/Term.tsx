import Link from "next/link";
import type { ReactNode } from "react";
import { glossaryEntry } from "@/domain";

/** A course term linked to its glossary entry (the link says where it leads in its title). */
export function Term({ id, children }: { id: string; children: ReactNode }) {
  const entry = glossaryEntry(id);
  return (
    <Link href={`/glossaire/#${id}`} className="term" title={entry ? `Glossaire : ${entry.term}` : undefined}>
      {children}
    </Link>
  );
}
