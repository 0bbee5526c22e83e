import type { StageMastery } from "@/domain";

const percent = (level: number) => Math.round(level * 100);

/** A stage's mastery in words (never by colour or bar alone): its level, its notions mastered, what it rests on. */
export function masteryText(mastery: StageMastery): string {
  if (mastery.status === "notStarted") return "Maîtrise pas encore évaluée\u00a0: répondez à un quiz ou jouez un scénario de cette étape.";
  const notions = `${mastery.masteredNotions} notion${mastery.masteredNotions > 1 ? "s" : ""} maîtrisée${mastery.masteredNotions > 1 ? "s" : ""} sur ${mastery.notions}`;
  const basis = mastery.evidence === 1 ? "1 réponse ou décision prise en compte" : `${mastery.evidence} réponses et décisions prises en compte`;
  return mastery.status === "mastered" ? `Étape maîtrisée\u00a0: ${percent(mastery.level)}\u00a0% (${basis}).` : `Maîtrise\u00a0: ${percent(mastery.level)}\u00a0% — ${notions} (${basis}).`;
}

/** The mastery of a stage, from quizzes and scenario decisions together (store/mastery.ts), on the learning path and the quiz hub. */
export function MasteryMeter({ mastery }: { mastery: StageMastery }) {
  return (
    <div className="mastery" data-status={mastery.status}>
      <p>{masteryText(mastery)}</p>
      {mastery.status === "notStarted" ? null : <progress value={percent(mastery.level)} max={100} aria-hidden="true" />}
    </div>
  );
}
