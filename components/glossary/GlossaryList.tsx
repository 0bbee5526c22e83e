import { COURSE_STAGES, GLOSSARY, NOTION_IDS, NOTIONS, stageOfNumber, type NotionId } from "@/domain";
import { NOTION_TITLES, notionCourseHref } from "@/components/ui/courseLinks";
import { SiteLink } from "@/components/ui/SiteLink";

const collator = new Intl.Collator("fr", { sensitivity: "base" });
const sortedEntries = [...GLOSSARY].sort((a, b) => collator.compare(a.term, b.term));
const termById = new Map(GLOSSARY.map((entry) => [entry.id, entry.term]));

/** The notions of the course whose section cites each entry (NOTIONS[n].glossary), in the course's order. */
function notionsCiting(id: string): NotionId[] {
  return NOTION_IDS.filter((notion) => (NOTIONS[notion].glossary as readonly string[]).includes(id));
}

export function GlossaryList() {
  return (
    <dl className="glossary-list">
      {sortedEntries.map((entry) => (
        <div key={entry.id}>
          <dt id={entry.id}>
            {entry.term}
            {entry.abbreviation ? (
              <>
                {" "}
                (<abbr title={entry.term}>{entry.abbreviation}</abbr>)
              </>
            ) : null}
          </dt>
          <dd>
            <p>{entry.definition}</p>
            <p className="muted">
              {entry.stages.map((stage) => (
                <span key={stage} className="tag" title={COURSE_STAGES[stageOfNumber(stage)].title}>
                  Étape {stage}
                </span>
              ))}
              {entry.related.length > 0 ? (
                <>
                  {" "}
                  Voir aussi :{" "}
                  {entry.related.map((id, index) => (
                    <span key={id}>
                      {index > 0 ? ", " : ""}
                      <a href={`#${id}`}>{termById.get(id) ?? id}</a>
                    </span>
                  ))}
                </>
              ) : null}
            </p>
            <CourseLinks notions={notionsCiting(entry.id)} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** « Voir le cours » : the course sections that teach the entry. */
function CourseLinks({ notions }: { notions: readonly NotionId[] }) {
  if (notions.length === 0) return null;
  return (
    <p className="glossary-course">
      Voir le cours :{" "}
      {notions.map((notion, index) => (
        <span key={notion}>
          {index > 0 ? ", " : null}
          <SiteLink href={notionCourseHref(notion)}>{NOTION_TITLES[notion]}</SiteLink>
        </span>
      ))}
    </p>
  );
}
