import { COURSE_STAGES, GLOSSARY } from "@/domain/glossary";

const collator = new Intl.Collator("fr", { sensitivity: "base" });
const sortedEntries = [...GLOSSARY].sort((a, b) => collator.compare(a.term, b.term));
const termById = new Map(GLOSSARY.map((entry) => [entry.id, entry.term]));
const stageTitle = new Map(COURSE_STAGES.map((s) => [s.stage, s.title]));

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
                <span key={stage} className="tag" title={stageTitle.get(stage)}>
                  Étape {stage}
                </span>
              ))}
              {entry.related.length > 0 ? (
                <>
                  {" "}
                  Voir aussi :{" "}
                  {entry.related.map((id, index) => (
                    <span key={id}>
                      {index > 0 ? ", " : ""}
                      <a href={`#${id}`}>{termById.get(id) ?? id}</a>
                    </span>
                  ))}
                </>
              ) : null}
            </p>
          </dd>
        </div>
      ))}
    </dl>
  );
}
