import { COURSE_STAGES } from "@/domain";
import type { StageOutput } from "@/machines/contract";

/** The sentence that closes a finished stage, as the stage registry words it (domain/stages.ts). */
export function StageEnd({ output }: { output: StageOutput }) {
  return (
    <p role="status" className="alert ok">
      {COURSE_STAGES[output.stage].ended(output)}
    </p>
  );
}
