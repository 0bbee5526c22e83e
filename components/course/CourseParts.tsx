import type { ReactNode } from "react";
import { formatAmount, glossaryEntry, NOTIONS, type InvoiceComputation, type NotionId, type QuizStage } from "@/domain";
import { NOTION_TITLES } from "@/components/ui/courseLinks";
import { notionsQuizHref } from "@/components/ui/quizLinks";
import { SiteLink } from "@/components/ui/SiteLink";

/** A bundled scenario as a course page links to it: the page computes these at build time (components/catalog/coursePractice.ts). */
export interface PracticeScenario {
  id: string;
  /** The title a learner reads (the teacher's neutral one when set). */
  title: string;
}

/** The bundled scenarios that practise each notion. */
export type NotionPractice = Readonly<Record<NotionId, readonly PracticeScenario[]>>;

/** The notions of one part of the course. */
export type NotionOfStage<S extends QuizStage> = { [N in NotionId]: (typeof NOTIONS)[N]["stage"] extends S ? N : never }[NotionId];

/** The teaching text of each notion of a part of the course: a part that forgets one fails the type check. */
export type StageTexts<S extends QuizStage> = Readonly<Record<NotionOfStage<S>, ReactNode>>;

/** The notions of a part of the course, in the course's order. */
export function notionsOf(stage: QuizStage): NotionId[] {
  return (Object.keys(NOTIONS) as NotionId[]).filter((notion) => NOTIONS[notion].stage === stage);
}

/** « S’entraîner »: the scenarios that practise the notion, its quiz, and its glossary entries. */
function Practice({ notion, scenarios }: { notion: NotionId; scenarios: readonly PracticeScenario[] }) {
  const terms = NOTIONS[notion].glossary.flatMap((id) => {
    const entry = glossaryEntry(id);
    return entry === undefined ? [] : [entry];
  });
  return (
    <div className="course-practice">
      <h3>S’entraîner</h3>
      <ul>
        <li>
          <span className="course-practice-kind">Scénarios :</span>{" "}
          {scenarios.length === 0 ? (
            <span className="muted">aucun scénario livré ne l’exerce encore ; le quiz la travaille.</span>
          ) : (
            <ul className="course-practice-scenarios">
              {scenarios.map((scenario) => (
                <li key={scenario.id}>
                  <SiteLink href={`/scenarios/${scenario.id}/`}>{scenario.title}</SiteLink>
                </li>
              ))}
            </ul>
          )}
        </li>
        <li>
          <span className="course-practice-kind">Quiz :</span> <SiteLink href={notionsQuizHref([notion])}>quiz sur « {NOTION_TITLES[notion]} »</SiteLink>
        </li>
        {terms.length > 0 ? (
          <li>
            <span className="course-practice-kind">Glossaire :</span>{" "}
            {terms.map((entry, index) => (
              <span key={entry.id}>
                {index > 0 ? ", " : null}
                <SiteLink href={`/glossaire/#${entry.id}`}>{entry.term}</SiteLink>
              </span>
            ))}
          </li>
        ) : null}
      </ul>
    </div>
  );
}

/** One notion of the course: its heading (anchored by its id, which the glossary and the quizzes link to), its text, its practice. */
export function NotionSection({ notion, scenarios, children }: { notion: NotionId; scenarios: readonly PracticeScenario[]; children: ReactNode }) {
  return (
    <section id={notion} className="course-notion" aria-labelledby={`${notion}-titre`}>
      <h2 id={`${notion}-titre`}>{NOTION_TITLES[notion]}</h2>
      {children}
      <Practice notion={notion} scenarios={scenarios} />
    </section>
  );
}

/** The table of contents of a course page: each notion's heading, linked to its section. */
export function CourseContents({ notions, then }: { notions: readonly NotionId[]; then?: { anchor: string; label: string } }) {
  return (
    <nav className="course-contents" aria-label="Sommaire">
      <h2>Sommaire</h2>
      <ul>
        {notions.map((notion) => (
          <li key={notion}>
            <a href={`#${notion}`}>{NOTION_TITLES[notion]}</a>
          </li>
        ))}
        {then !== undefined ? (
          <li>
            <a href={`#${then.anchor}`}>{then.label}</a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/** The printed steps of an invoice computed by the engine, as the learner lays them out. */
export function CascadeSteps({ invoice, caption }: { invoice: InvoiceComputation; caption: string }) {
  return (
    <table className="course-cascade">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Étape du calcul</th>
          <th scope="col" className="amount">
            Montant (€)
          </th>
        </tr>
      </thead>
      <tbody>
        {invoice.steps.map((step, index) => (
          <tr key={`${index}-${step.label}`} className={step.kind === "netCommercial" || step.kind === "netFinancial" || step.kind === "totalExclTax" || step.kind === "totalInclTax" || step.kind === "amountDue" ? "total-row" : undefined}>
            <th scope="row">{step.label}</th>
            <td className="amount">{formatAmount(step.amountCents)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
