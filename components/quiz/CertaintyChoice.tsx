import { CERTAINTY_MARKS, formatPoints, type Certainty } from "@/domain";

export const CERTAINTY_LABELS: Readonly<Record<Certainty, string>> = { 1: "Pas sûr", 2: "Assez sûr", 3: "Très sûr" };
const LEVELS: readonly Certainty[] = [1, 2, 3];

const signed = (value: number) => (value > 0 ? `+${formatPoints(value)}` : value < 0 ? `−${formatPoints(-value)}` : "0");

/** Moodle's certainty-based marking, as the engine scores it: what a right and a wrong answer are worth at each certainty. */
export function CertaintyTable({ caption }: { caption?: string }) {
  const best = Math.max(...LEVELS.map((level) => CERTAINTY_MARKS[level].right));
  return (
    <div className="table-scroll">
      <table className="quiz-certainty-table">
        <caption>{caption ?? "Barème selon la certitude"}</caption>
        <thead>
          <tr>
            <th scope="col">Certitude</th>
            <th scope="col" className="amount">
              Réponse juste
            </th>
            <th scope="col" className="amount">
              Réponse fausse
            </th>
          </tr>
        </thead>
        <tbody>
          {LEVELS.map((level) => (
            <tr key={level}>
              <th scope="row">
                {level} — {CERTAINTY_LABELS[level]}
              </th>
              <td className="amount">{signed(CERTAINTY_MARKS[level].right)}</td>
              <td className="amount">{signed(CERTAINTY_MARKS[level].wrong)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        Les points sont divisés par {best}&nbsp;: une question rapporte au plus 1 point, et une erreur commise «&nbsp;très sûr&nbsp;» en coûte{" "}
        {formatPoints(-CERTAINTY_MARKS[3].wrong / best)}. Une réponse en partie juste rapporte la part de points qu&apos;elle mérite.
      </p>
    </div>
  );
}

/** « Êtes-vous sûr ? », asked before the answer is validated: a radio group, 1 to 3. */
export function CertaintyChoice({ value, onChange, name, disabled, error }: { value: Certainty | null; onChange: (value: Certainty) => void; name: string; disabled: boolean; error: string | undefined }) {
  const errorId = `${name}-error`;
  return (
    <fieldset className="quiz-certainty" aria-describedby={error ? errorId : undefined}>
      <legend>Êtes-vous sûr de votre réponse&nbsp;?</legend>
      <div className="quiz-certainty-levels">
        {LEVELS.map((level) => (
          <label key={level} className="quiz-choice">
            <input type="radio" name={name} value={level} checked={value === level} disabled={disabled} onChange={() => onChange(level)} />
            <span>
              {level} — {CERTAINTY_LABELS[level]}{" "}
              <span className="muted">
                ({signed(CERTAINTY_MARKS[level].right)} si juste, {signed(CERTAINTY_MARKS[level].wrong)} si faux)
              </span>
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
