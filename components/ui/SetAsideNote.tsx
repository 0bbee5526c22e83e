import type { StageId } from "@/domain";
import type { SetAsideGame } from "@/store/progressSlice";
import { setAsideText } from "./attemptStatus";

/** The game set aside when its scenario changed, under the scenario's status: for the record, in a quiet voice. */
export function SetAsideNote({ game, stage }: { game: SetAsideGame | undefined; stage?: StageId }) {
  return game ? <span className="set-aside">{setAsideText(game, stage)}</span> : null;
}
