"use client";

import { SiteLink } from "@/components/ui/SiteLink";
import { useCallback, useMemo, useState, type FocusEvent, type ReactNode } from "react";
import type { LibraryKind } from "@/store/teacherLibrary";
import type { DraftCheck, FieldIssue } from "./draftCheck";
import { EditorAlert } from "./EditorAlert";
import { fieldTrail, trailText, type FieldTrail } from "./fieldTrail";
import { HIDDEN_FIELDS, OTHER_SECTION } from "./labels";
import { fieldDomId, FieldLabelsProvider, FormIssuesProvider, PropertyField, type FieldLabels, type FormIssues } from "./SchemaForm";
import type { JsonSchema } from "./schemaNode";
import { useBaseScenarioText } from "./useBaseScenario";
import { useDraftCheck } from "./useDraftCheck";
import { savedTime, useLibraryDraft, type DraftSource, type DraftStatus } from "./useLibraryDraft";
import "./editor.css";

/**
 * An editor of a library document, for any format (scenario, quiz): the format as a form, checked
 * as the teacher types by the command line's own check, each message at its field and in a summary
 * that leads to it, and beside the form what the format shows of itself (the engine's answer key,
 * the question being edited). Saved by itself in the library (docs/decisions/0115, 0116).
 */

/** What differs between the formats: their words, their sections, what the panel beside the form shows. */
export interface EditorWords {
  labels: FieldLabels;
  sections: readonly { title: string; fields: readonly string[] }[];
  /** « Le scénario »: names the document in the summary and the actions. */
  document: string;
  checking: string;
  valid: string;
  validDetail: string;
}

export interface PanelState {
  value: unknown;
  check: DraftCheck | undefined;
  /** The path of the field last focused in the form (« questions[2].prompt »), "" before any. */
  focusedPath: string;
}

export interface EditorPanel {
  title: string;
  intro: string;
  render: (state: PanelState) => ReactNode;
}

const titleOf = (value: unknown): string => {
  const title = typeof value === "object" && value !== null ? (value as { title?: unknown }).title : undefined;
  return typeof title === "string" ? title.trim() : "";
};

export interface LocatedIssue extends FieldIssue {
  trail: FieldTrail;
}

/** Opens the details around a field, then moves the focus to it: the closest field drawn for that path. */
export function focusField(trail: FieldTrail): void {
  for (const path of trail.paths) {
    const element = document.getElementById(fieldDomId(path));
    if (element === null) continue;
    for (let details = element.closest("details"); details !== null; details = details.parentElement?.closest("details") ?? null) details.open = true;
    element.focus();
    element.scrollIntoView?.({ block: "center" });
    return;
  }
}

function StatusLine({ status, memoryOnly }: { status: DraftStatus; memoryOnly: boolean }) {
  const text =
    status.kind === "saved" ? `Enregistré à ${savedTime(status.at)}` : status.kind === "unsaved" ? "Modifications non enregistrées" : status.kind === "loading" ? "Ouverture…" : "";
  return (
    <p className="editor-status" role="status">
      {text}
      {memoryOnly ? " — ce navigateur refuse l'enregistrement\u00a0: le travail dure le temps de l'onglet." : null}
    </p>
  );
}

function summaryTitle(words: EditorWords, checked: boolean, count: number): string {
  if (!checked) return words.checking;
  return count === 0 ? words.valid : count === 1 ? "1 point à corriger" : `${count} points à corriger`;
}

/** Where the check of the variants its learners can draw stands, once the draft itself holds. */
function variantsLine(variants: DraftCheck["variants"], issueCount: number): string | null {
  if (variants === undefined) return null;
  if (variants.state === "pending") return "Vérification des variantes que les élèves pourront tirer…";
  return issueCount === 0 ? `Les ${variants.count} variantes que les élèves peuvent tirer sont vérifiées\u00a0: chacune se joue avec tous les points et garde le point à enseigner.` : null;
}

function IssueSummary({ words, check, issues, warnings }: { words: EditorWords; check: DraftCheck | undefined; issues: LocatedIssue[]; warnings: LocatedIssue[] }) {
  const checked = check !== undefined;
  const variants = variantsLine(check?.variants, issues.length);
  return (
    <section className="editor-summary" aria-labelledby="editor-summary-title">
      <h2 id="editor-summary-title">{summaryTitle(words, checked, issues.length)}</h2>
      {checked && issues.length === 0 ? <p className="muted">{words.validDetail}</p> : null}
      {variants !== null ? (
        <p className="muted" role="status">
          {variants}
        </p>
      ) : null}
      <IssueList document={words.document} issues={issues} />
      {warnings.length > 0 ? (
        <>
          <h3>Avertissements</h3>
          <IssueList document={words.document} issues={warnings} />
        </>
      ) : null}
    </section>
  );
}

function IssueList({ document, issues }: { document: string; issues: LocatedIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul>
      {issues.map((issue, i) => (
        <li key={i}>
          {issue.trail.words.length > 0 ? (
            // A link to the field (it flows with the message, a button would not): it opens the field's sections first.
            <a
              href={`#${fieldDomId(issue.trail.paths[0] ?? "")}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(issue.trail);
              }}
            >
              {trailText(issue.trail)}
            </a>
          ) : (
            <strong>{document}</strong>
          )}
          &nbsp;: {issue.message}
        </li>
      ))}
    </ul>
  );
}

function sectionsOf(schema: JsonSchema, sections: EditorWords["sections"]): { title: string; fields: string[] }[] {
  const fields = Object.keys(schema.properties ?? {}).filter((key) => !HIDDEN_FIELDS.has(key));
  const placed = new Set(sections.flatMap((section) => section.fields));
  const others = fields.filter((key) => !placed.has(key));
  return [...sections.map((section) => ({ title: section.title, fields: section.fields.filter((key) => fields.includes(key)) })), ...(others.length > 0 ? [{ title: OTHER_SECTION, fields: others }] : [])];
}

function countText(count: number): string {
  return count === 0 ? "" : count === 1 ? " — 1 erreur" : ` — ${count} erreurs`;
}

/** Nothing to edit: why, and the way back. */
/** The field's path from its element's id (« champ-questions[2].prompt »), or from the closest group's. */
function focusedPathOf(event: FocusEvent<HTMLElement>): string | undefined {
  const id = (event.target as Element).closest('[id^="champ-"]')?.id;
  return id === undefined ? undefined : id.slice("champ-".length);
}

interface DraftEditorProps {
  kind: LibraryKind;
  source: DraftSource;
  onCreated: (id: string) => void;
  words: EditorWords;
  panel: EditorPanel;
  /** The document's own pages (« Corrigé seul »), after « Aperçu ». */
  links?: ((recordId: string) => ReactNode) | undefined;
}

export function DraftEditor({ kind, source, onCreated, words, panel, links }: DraftEditorProps) {
  const draft = useLibraryDraft(kind, source, titleOf, onCreated);
  const baseText = useBaseScenarioText(kind, draft.value);
  const checking = useDraftCheck(kind, draft.value, baseText);
  const { schema, check } = checking;
  const [focusedPath, setFocusedPath] = useState("");

  const located = useCallback(
    (list: FieldIssue[]): LocatedIssue[] => (schema === undefined ? [] : list.map((issue) => ({ ...issue, trail: fieldTrail(schema, issue.path, words.labels) }))),
    [schema, words.labels],
  );
  const issues = useMemo(() => located(check?.issues ?? []), [located, check]);
  const warnings = useMemo(() => located(check?.warnings ?? []), [located, check]);
  const formIssues = useMemo<FormIssues>(() => {
    const byPath = new Map<string, string[]>();
    for (const issue of [...issues, ...warnings]) byPath.set(issue.path, [...(byPath.get(issue.path) ?? []), issue.message]);
    const key = check?.answerKey;
    const entries = key?.ok ? key.key.stages.flatMap((stage) => stage.entries) : [];
    const decisionPoints = [...new Map(entries.map((entry) => [entry.decisionPoint, { id: entry.decisionPoint, label: entry.label }])).values()];
    return { byPath, decisionPoints };
  }, [issues, warnings, check]);

  if (draft.status.kind === "unavailable") return <EditorAlert message={draft.status.message} />;
  const root = typeof draft.value === "object" && draft.value !== null ? (draft.value as Record<string, unknown>) : {};
  const recordId = draft.record?.id;
  return (
    <div className="editor">
      <div className="editor-bar">
        <StatusLine status={draft.status} memoryOnly={draft.memoryOnly} />
        <nav className="editor-actions" aria-label={words.document}>
          {recordId ? (
            <>
              <SiteLink className="button secondary small" href={`/enseignant/apercu/?id=${encodeURIComponent(recordId)}`}>
                Aperçu
              </SiteLink>
              {links?.(recordId)}
            </>
          ) : null}
          <SiteLink className="button secondary small" href="/enseignant/">
            Retour à la bibliothèque
          </SiteLink>
        </nav>
      </div>
      {draft.status.kind === "refused" ? (
        <div className="alert error" role="alert">
          {draft.status.message}
        </div>
      ) : null}
      {schema === undefined || draft.value === undefined ? (
        <p className="muted">Ouverture de l&apos;éditeur…</p>
      ) : (
        <div className="editor-body">
          <div className="editor-form" onFocus={(event) => setFocusedPath((previous) => focusedPathOf(event) ?? previous)}>
            <IssueSummary words={words} check={check} issues={issues} warnings={warnings} />
            <FieldLabelsProvider value={words.labels}>
              <FormIssuesProvider value={formIssues}>
                {sectionsOf(schema, words.sections).map((section, index) => (
                  <details key={section.title} className="editor-section" open={index === 0}>
                    <summary>
                      {section.title}
                      <span className="editor-section-count">{countText(issues.filter((issue) => section.fields.includes(issue.trail.root)).length)}</span>
                    </summary>
                    <div className="form-fields">
                      {section.fields.map((name) => (
                        <PropertyField
                          key={name}
                          name={name}
                          node={schema.properties?.[name] ?? {}}
                          parent={root}
                          required={(schema.required ?? []).includes(name)}
                          onParentChange={draft.edit}
                          path={[]}
                          parentLabelKey=""
                          hideLegend={section.fields.length === 1}
                        />
                      ))}
                    </div>
                  </details>
                ))}
              </FormIssuesProvider>
            </FieldLabelsProvider>
          </div>
          {/* Scrolls on its own beside the form: reachable by the keyboard (tabIndex) to scroll it. */}
          <aside className="editor-key" aria-labelledby="editor-key-title" aria-busy={checking.stale} tabIndex={0}>
            <h2 id="editor-key-title">{panel.title}</h2>
            <p className="muted">{panel.intro}</p>
            {panel.render({ value: draft.value, check, focusedPath })}
          </aside>
        </div>
      )}
    </div>
  );
}
