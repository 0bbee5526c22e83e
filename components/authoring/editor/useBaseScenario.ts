"use client";
import { useEffect, useState } from "react";
import type { LibraryKind } from "@/store/teacherLibrary";
import { fetchBundledScenarios, type BundledScenarioText } from "../library/bundled";
import { baseScenarioId } from "../library/templates";

/** The bundled texts, fetched once per page: every draft of a session asks the same file. */
let bundled: Promise<BundledScenarioText[]> | undefined;

function bundledTexts(): Promise<BundledScenarioText[]> {
  bundled ??= fetchBundledScenarios().catch((error: unknown) => {
    // Forgotten on failure: a later draft asks again (the site reached again, a server after a file).
    bundled = undefined;
    throw error;
  });
  return bundled;
}

function idOf(value: unknown): string | undefined {
  const id = typeof value === "object" && value !== null ? (value as { id?: unknown }).id : undefined;
  return typeof id === "string" ? id : undefined;
}

/**
 * The text of the bundled scenario a template or a copy was made from (`baseScenarioId`), for the
 * check to say which texts still quote figures the teacher's changes took away. Undefined for a
 * quiz, another scenario, or while the bundled file cannot be read (a site opened from a file):
 * the warning is a help, its absence says nothing.
 */
export function useBaseScenarioText(kind: LibraryKind, value: unknown): string | undefined {
  const baseId = kind === "scenario" ? baseScenarioId(idOf(value) ?? "") : undefined;
  const [found, setFound] = useState<{ id: string; text: string | undefined } | undefined>(undefined);
  useEffect(() => {
    if (baseId === undefined || found?.id === baseId) return;
    let live = true;
    bundledTexts().then(
      (texts) => live && setFound({ id: baseId, text: texts.find((text) => text.id === baseId)?.text }),
      () => live && setFound({ id: baseId, text: undefined }),
    );
    return () => {
      live = false;
    };
  }, [baseId, found?.id]);
  return found !== undefined && found.id === baseId ? found.text : undefined;
}
