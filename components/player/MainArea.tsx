"use client";
import type { ReactNode } from "react";
import { MainAreaProvider } from "@/components/documents/MainAreaDocument";

/**
 * The centre of the workspace: the module the learner chose, or the document opened from the task
 * panel in its place (docs/decisions/0132). The module stays mounted, hidden, while a document is
 * open: closing the document shows it again as it was (the customer chosen, the list scrolled).
 */
export function MainArea({ id, documentOpen, slot, moduleLabel, children }: { id?: string; documentOpen: boolean; slot: (element: HTMLElement | null) => void; moduleLabel: string; children: ReactNode }) {
  return (
    <section id={id} className={documentOpen ? "pgi-screen has-document" : "pgi-screen"} aria-label={documentOpen ? "Document ouvert" : moduleLabel}>
      <div ref={slot} className="main-document-slot" />
      {/* The module's own documents are already in the main area: they show in place. */}
      <div hidden={documentOpen}>
        <MainAreaProvider value={null}>{children}</MainAreaProvider>
      </div>
    </section>
  );
}
