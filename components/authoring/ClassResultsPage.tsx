"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ResultsFile } from "@/domain";
import { ClassResults } from "@/components/results/ClassResults";
import { EMPTY_CLASS, type ClassView, type FileReport, type QuestionPrompts } from "@/components/results/classData";

/** Where this tab keeps the class: sessionStorage, forgotten with the tab (nothing leaves the computer). */
export const CLASS_STORAGE_KEY = "atelier-grc:classe";

const KEEPING_PROBLEM =
  "Ce navigateur refuse de garder la classe dans cet onglet (stockage refusé ou plein)\u00a0: le tableau reste affiché, mais un rechargement de la page le perdrait\u00a0; gardez les fichiers pour les importer à nouveau.";

const LOADING_PROBLEM = "La lecture des fichiers n'a pas pu se faire (le site a peut-être été mis à jour)\u00a0: rechargez la page, puis importez les fichiers à nouveau.";

/** The loader of results files and the review's labels (zod's full build, the stage registry): loaded when needed, never in the first load. */
const loadGlue = () => import("./classResults");

function storedClass(): string | null {
  try {
    return window.sessionStorage.getItem(CLASS_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** True when this tab kept the class. */
function keepClass(text: string | null): boolean {
  try {
    if (text === null) window.sessionStorage.removeItem(CLASS_STORAGE_KEY);
    else window.sessionStorage.setItem(CLASS_STORAGE_KEY, text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The teacher's page of the class's results: the files go through the loading glue (by import()),
 * the class is kept in this tab, the views of components/results/ show it (docs/decisions/0121).
 */
export function ClassResultsPage({ prompts }: { prompts: QuestionPrompts }) {
  const [view, setView] = useState<ClassView>(EMPTY_CLASS);
  const [reports, setReports] = useState<FileReport[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const files = useRef<ResultsFile[]>([]);
  // Drops are read one after the other, each on the class the previous one left.
  const queue = useRef<Promise<void>>(Promise.resolve());

  const show = useCallback(async (next: ResultsFile[]) => {
    const glue = await loadGlue();
    files.current = next;
    setView(glue.classView(next));
    setProblem(keepClass(next.length === 0 ? null : glue.serializeClass(next)) ? null : KEEPING_PROBLEM);
  }, []);

  const run = useCallback((task: () => Promise<void>) => {
    queue.current = queue.current
      .then(() => {
        setBusy(true);
        return task();
      })
      // A module that fails to load (the site updated meanwhile, the network gone) is said, and the next drop still runs.
      .catch(() => setProblem(LOADING_PROBLEM))
      .finally(() => setBusy(false));
  }, []);

  useEffect(() => {
    const stored = storedClass();
    if (stored !== null) run(async () => show((await loadGlue()).restoreClass(stored)));
  }, [run, show]);

  const onFiles = (incoming: File[]) =>
    run(async () => {
      const imported = await (await loadGlue()).importResultsFiles(incoming, files.current);
      setReports(imported.reports);
      await show(imported.files);
    });

  const onClear = () =>
    run(async () => {
      setReports([]);
      await show([]);
    });

  return <ClassResults view={view} prompts={prompts} reports={reports} busy={busy} problem={problem} onFiles={onFiles} onClear={onClear} />;
}
