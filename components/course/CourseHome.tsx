import { COURSE_STAGES, STAGE_IDS, stageNumber } from "@/domain";
import { courseHref } from "@/components/ui/courseLinks";
import { SiteLink } from "@/components/ui/SiteLink";
import { CourseContents, NotionSection, notionsOf, type NotionPractice } from "./CourseParts";
import { NOTION_TEXTS } from "./notionTexts";

/** The course's home: its introduction (why manage the customer relationship, what a PGI is), then the five stages. */
export function CourseHome({ practice }: { practice: NotionPractice }) {
  const notions = notionsOf("introduction");
  return (
    <article className="course">
      <h1>Le cours : la relation avec les clients</h1>
      <p className="lead">
        Ce que l’atelier fait pratiquer, en clair : pourquoi gérer la relation client, ce qu’est un PGI, puis les cinq étapes du cours, de la
        commande au règlement. Chaque notion renvoie aux scénarios et aux quiz qui l’exercent ; chaque page s’imprime.
      </p>
      <CourseContents notions={notions} then={{ anchor: "etapes", label: "Les cinq étapes du cours" }} />
      {notions.map((notion) => (
        <NotionSection key={notion} notion={notion} scenarios={practice[notion]}>
          {NOTION_TEXTS[notion]}
        </NotionSection>
      ))}
      <section id="etapes" className="course-stages" aria-labelledby="etapes-titre">
        <h2 id="etapes-titre">Les cinq étapes du cours</h2>
        <ol>
          {STAGE_IDS.map((stage) => (
            <li key={stage}>
              <span className="course-stage-number">Étape {stageNumber(stage)}</span>
              <SiteLink href={courseHref(stage)}>{COURSE_STAGES[stage].title}</SiteLink>
              <p>{COURSE_STAGES[stage].summary}</p>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
