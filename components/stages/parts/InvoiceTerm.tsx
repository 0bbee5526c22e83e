import Link from "next/link";
import type { ReactNode } from "react";
import { glossaryEntry } from "@/domain";

/** A course term in a stage panel (stages 3 to 5), linked to its glossary entry. */
export function InvoiceTerm({ id, children }: { id: string; children?: ReactNode }) {
  return <Link href={`/glossaire/#${id}`}>{children ?? glossaryEntry(id)?.term ?? id}</Link>;
}
