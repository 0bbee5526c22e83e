import { COURSE_STAGES, GLOSSARY, stageOfNumber } from "@/domain";

const collator = new Intl.Collator("fr", { sensitivity: "base" });
const sortedEntries = [...GLOSSARY].sort((a, b) => collator.compare(a.term, b.term));
const termById = new Map(GLOSSARY.map((entry) => [entry.id, entry.term]));

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
