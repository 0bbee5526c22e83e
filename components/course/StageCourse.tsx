import { COURSE_STAGES, STAGE_IDS, stageNumber, type StageId } from "@/domain";
import { courseHref } from "@/components/ui/courseLinks";
import { SiteLink } from "@/components/ui/SiteLink";
import { CourseContents, NotionSection, notionsOf, type NotionPractice } from "./CourseParts";
import { NOTION_TEXTS } from "./notionTexts";

/** The page's title in the browser's tab and in print: « Cours, étape 3 : La facture dans le processus de vente ». */
export function stageCourseTitle(stage: StageId): string {
  return `Cours, étape ${stageNumber(stage)}\u00a0: ${COURSE_STAGES[stage].title}`;
}

/** The course page of a stage: each of its notions in the course's order, taught, then linked to what practises it. */
export function StageCourse({ stage, practice }: { stage: StageId; practice: NotionPractice }) {
  const notions = notionsOf(stage);
  const facts = COURSE_STAGES[stage];
  const index = STAGE_IDS.indexOf(stage);
  const previous = STAGE_IDS[index - 1];
  const next = STAGE_IDS[index + 1];
  return (
    <article className="course">
      <p className="course-breadcrumb">
        <SiteLink href="/cours/">Le cours</SiteLink> › Étape {stageNumber(stage)}
      </p>
      <h1>
        <span className="course-stage-number">Étape {stageNumber(stage)}</span> {facts.title}
      </h1>
      <p className="lead">{facts.summary}</p>
      <CourseContents notions={notions} />
      {notions.map((notion) => (
        <NotionSection key={notion} notion={notion} scenarios={practice[notion]}>
          {NOTION_TEXTS[notion]}
        </NotionSection>
      ))}
      <nav className="course-pager" aria-label="Étapes du cours">
        {previous !== undefined ? (
          <SiteLink href={courseHref(previous)} rel="prev">
            ← Étape {stageNumber(previous)} : {COURSE_STAGES[previous].title}
          </SiteLink>
        ) : (
          <SiteLink href="/cours/">← Introduction du cours</SiteLink>
        )}
        {next !== undefined ? (
          <SiteLink href={courseHref(next)} rel="next">
            Étape {stageNumber(next)} : {COURSE_STAGES[next].title} →
          </SiteLink>
        ) : null}
      </nav>
    </article>
  );
}
