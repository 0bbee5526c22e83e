import type { LibraryKind } from "@/store/teacherLibrary";

/**
 * The teacher's pages a library record opens, each built by its own component: plain addresses,
 * so that the library page prefetches none of them.
 */
const EDITORS: Readonly<Record<LibraryKind, string>> = { scenario: "/enseignant/scenario/", quiz: "/enseignant/quiz/" };

const withId = (page: string, id: string) => `${page}?id=${encodeURIComponent(id)}`;

export const editorHref = (kind: LibraryKind, id: string) => withId(EDITORS[kind], id);
export const previewHref = (id: string) => withId("/enseignant/apercu/", id);
export const answerKeyHref = (id: string) => withId("/enseignant/corrige/", id);
export const bundledAnswerKeyHref = (scenarioId: string) => `/enseignant/corrige/?scenario=${encodeURIComponent(scenarioId)}`;

export const KIND_LABELS: Readonly<Record<LibraryKind, string>> = { scenario: "Scénario", quiz: "Questionnaire" };
