import { QUIZ_STAGE_LABELS, type NotionMisses } from "@/domain";
import { ratePercent } from "./classData";
import { ScrollRegion } from "./ScrollRegion";

/** The notions of the course the class missed most, from its decisions and answers together. */
export function MissedNotions({ notions }: { notions: readonly NotionMisses[] }) {
  return (
    <section aria-labelledby="missed-notions-title">
      <h2 id="missed-notions-title">Notions les plus manquées</h2>
      {notions.length === 0 ? (
        <p>Aucune notion manquée dans les dernières tentatives de la classe.</p>
      ) : (
        <ScrollRegion label="Notions les plus manquées">
          <table>
            <caption>Décisions et réponses fausses par notion du cours, dans la dernière tentative de chaque élève</caption>
            <thead>
              <tr>
                <th scope="col">Notion</th>
                <th scope="col">Étape</th>
                <th scope="col" className="amount">
                  Manquée
                </th>
              </tr>
            </thead>
            <tbody>
              {notions.map((notion) => (
                <tr key={notion.notion}>
                  <th scope="row">{notion.label}</th>
                  <td>{QUIZ_STAGE_LABELS[notion.stage]}</td>
                  <td className="amount">
                    {ratePercent(notion.missRate)} <span className="muted">({notion.missed} sur {notion.evidence})</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
