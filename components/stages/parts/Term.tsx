import Link from "next/link";
import type { ReactNode } from "react";
import { glossaryEntry } from "@/domain";

/** A glossary term as it appears in a sentence, linked to its definition. */
export function Term({ id, children }: { id: string; children?: ReactNode }) {
  return <Link href={`/glossaire/#${id}`}>{children ?? glossaryEntry(id)?.term ?? id}</Link>;
}
