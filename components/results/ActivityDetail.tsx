"use client";
import { useId, useState } from "react";
import { ACTIVITY_KIND_LABELS, QUIZ_STAGE_LABELS, type ActivityOfClass, type ItemSuccess } from "@/domain";
import { formatSeconds, itemName, ratePercent, type DecisionPointLabels, type QuestionPrompts } from "./classData";
import { ScrollRegion } from "./ScrollRegion";

const activityKey = (activity: ActivityOfClass) => `${activity.kind}-${activity.id}`;

/**
 * One activity of the class at a time: each decision point or question with the share of the
 * learners who got it right (their last attempt), the least succeeded first, and the median time
 * when the files say it.
 */
export function ActivityDetail({
  activities,
  items,
  labels,
  prompts,
}: {
  activities: readonly ActivityOfClass[];
  /** In the order shown: the least succeeded first (`lowestRateFirst`). */
  items: readonly ItemSuccess[];
  labels: DecisionPointLabels;
  prompts: QuestionPrompts;
}) {
  const selectId = useId();
  const [chosen, setChosen] = useState(activities[0] === undefined ? "" : activityKey(activities[0]));
  const activity = activities.find((candidate) => activityKey(candidate) === chosen) ?? activities[0];
  if (activity === undefined) return null;
  const rows = items.filter((item) => item.activity.kind === activity.kind && item.activity.id === activity.id);
  const timed = rows.some((item) => item.medianSeconds !== undefined);
  const isQuiz = activity.kind === "quiz";
  const nameOf = (item: ItemSuccess) => itemName(item, labels, prompts);
  return (
    <section aria-labelledby={`${selectId}-title`}>
      <h2 id={`${selectId}-title`}>Détail par activité</h2>
      <label htmlFor={selectId}>Activité</label>
      <select id={selectId} value={activityKey(activity)} onChange={(event) => setChosen(event.target.value)} className="activity-select">
        {activities.map((candidate) => (
          <option key={activityKey(candidate)} value={activityKey(candidate)}>
            {candidate.title} ({ACTIVITY_KIND_LABELS[candidate.kind]})
          </option>
        ))}
      </select>
      {activity.hashes.length > 1 ? (
        <p className="muted">Cette activité a été modifiée pendant le travail de la classe&nbsp;: {activity.hashes.length} versions ont été jouées.</p>
      ) : null}
      <ScrollRegion label={`Détail de «\u00a0${activity.title}\u00a0»`}>
        <table className="activity-detail">
          <caption>
            {isQuiz ? "Questions" : "Points de décision"} de «&nbsp;{activity.title}&nbsp;», les moins réussis d&apos;abord (dernière tentative de
            chaque élève{isQuiz ? "\u00a0; une question est réussie si elle est juste du premier coup" : ""})
          </caption>
          <thead>
            <tr>
              <th scope="col">{isQuiz ? "Question" : "Point de décision"}</th>
              <th scope="col">Étape</th>
              <th scope="col" className="amount">
                Réussite
              </th>
              {timed ? (
                <th scope="col" className="amount">
                  Temps médian
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((item) => (
              <tr key={item.id}>
                <th scope="row">
                  {nameOf(item)}
                  {nameOf(item) === item.id ? null : (
                    <>
                      {" "}
                      <span className="item-id muted">{item.id}</span>
                    </>
                  )}
                </th>
                <td>{QUIZ_STAGE_LABELS[item.stage]}</td>
                <td className="amount">
                  {ratePercent(item.rate)} <span className="muted">({item.right} sur {item.learners})</span>
                </td>
                {timed ? <td className="amount">{item.medianSeconds === undefined ? "—" : formatSeconds(item.medianSeconds)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
