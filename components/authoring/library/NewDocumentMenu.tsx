"use client";
import { UnavailableButton } from "@/components/ui/UnavailableButton";
import { SiteLink } from "@/components/ui/SiteLink";
import { useId } from "react";
import { STAGE_LABELS } from "@/domain";
import type { BundledScenarioChoice, BundledScenarioText } from "./bundled";
import { BLANK_DOCUMENTS, copyOfBundled, fromTemplate, SCENARIO_TEMPLATES, type NewDocument } from "./templates";
import { bundledAnswerKeyHref } from "./teacherRoutes";

export interface NewDocumentMenuProps {
  bundled: readonly BundledScenarioChoice[];
  /** Creates the record: a document, or one made from the bundled texts (fetched on the first use). */
  onCreate: (document: NewDocument | ((texts: readonly BundledScenarioText[]) => NewDocument)) => void;
  busy: boolean;
}

function bundledText(texts: readonly BundledScenarioText[], id: string): BundledScenarioText {
  const found = texts.find((text) => text.id === id);
  if (!found) throw new Error(`Le scénario livré «\u00a0${id}\u00a0» est introuvable dans le site.`);
  return found;
}

/** « Nouveau » : a blank document, a template per exercise, or a copy of a bundled scenario. */
export function NewDocumentMenu({ bundled, onCreate, busy }: NewDocumentMenuProps) {
  const headingId = useId();
  return (
    <section className="teacher-new" aria-labelledby={headingId}>
      <h2 id={headingId}>Nouveau</h2>
      <div className="button-row">
        <UnavailableButton className="button" unavailable={busy} onClick={() => onCreate(BLANK_DOCUMENTS.scenario)}>
          Scénario vide
        </UnavailableButton>
        <UnavailableButton className="button" unavailable={busy} onClick={() => onCreate(BLANK_DOCUMENTS.quiz)}>
          Questionnaire vide
        </UnavailableButton>
      </div>
      <details className="teacher-templates">
        <summary>Partir d&apos;un modèle d&apos;exercice (un par étape du cours)</summary>
        <ul className="plain-list">
          {SCENARIO_TEMPLATES.map((template) => (
            <li key={template.source}>
              <UnavailableButton
                className="button secondary small"
                unavailable={busy}
                onClick={() => onCreate((texts) => fromTemplate(template, bundledText(texts, template.source).text))}
              >
                {template.label}
              </UnavailableButton>{" "}
              <span className="tag">{STAGE_LABELS[template.stage]}</span>
              <p className="muted">{template.description}</p>
            </li>
          ))}
        </ul>
      </details>
      <details className="teacher-bundled">
        <summary>Copier un scénario livré, ou lire son corrigé</summary>
        <ul className="plain-list">
          {bundled.map((scenario) => (
            <li key={scenario.id}>
              <strong>{scenario.title}</strong> <span className="muted">({scenario.stages.map((stage) => STAGE_LABELS[stage]).join(", ")})</span>
              <div className="button-row">
                <UnavailableButton className="button secondary small" unavailable={busy} onClick={() => onCreate((texts) => copyOfBundled(bundledText(texts, scenario.id)))}>
                  Copier dans ma bibliothèque<span className="visually-hidden">&nbsp;: {scenario.title}</span>
                </UnavailableButton>
                <SiteLink className="button secondary small" href={bundledAnswerKeyHref(scenario.id)}>
                  Corrigé<span className="visually-hidden">&nbsp;: {scenario.title}</span>
                </SiteLink>
              </div>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
