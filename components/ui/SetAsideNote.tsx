import type { SetAsideGame } from "@/store/progressSlice";
import { setAsideText } from "./attemptStatus";

/** The game set aside when its scenario changed, under the scenario's status: for the record, in a quiet voice. */
export function SetAsideNote({ game }: { game: SetAsideGame | undefined }) {
  return game ? <span className="set-aside">{setAsideText(game)}</span> : null;
}
