/** The fuzz's own rule for a hang: what the worker re-times and what `judge` calls « bloqué ». */
import { describe, expect, it } from "vitest";
import { hangLimit, judge, type Answer } from "./harness";

const FILE = "fuzz/20261202-7.json";
const answer = (milliseconds: number, out: string[], err: string[] = [], status = 0): Answer => ({ status, out, err, milliseconds });

describe("a fuzz file's time limit", () => {
  it("is a second for a file without variants", () => {
    expect(hangLimit(answer(10, [`✓ ${FILE}`]), FILE)).toBe(1_000);
    expect(judge(answer(1_001, [`✓ ${FILE}`]), FILE, []).verdict).toBe("hung");
    expect(judge(answer(999, [`✓ ${FILE}`]), FILE, []).verdict).toBe("accepted");
  });

  it("is a second more per variant played, whether the variants pass or fail", () => {
    expect(hangLimit(answer(10, [`✓ ${FILE} (200 variantes vérifiées)`]), FILE)).toBe(201_000);
    const failed = answer(10, [], [`${FILE} : variants : 31 variantes sur 200 en échec (les 3 premières sont détaillées ; graines 1, 2, 3, …) : resserrez les plages ou retirez le point à garder`], 1);
    expect(hangLimit(failed, FILE)).toBe(201_000);
    // 1,5 s for 200 plays and the file itself: not a hang, and not timed again by the worker.
    expect(judge(answer(1_500, [`✓ ${FILE} (200 variantes vérifiées)`]), FILE, []).verdict).toBe("accepted");
    expect(judge(answer(201_001, [`✓ ${FILE} (200 variantes vérifiées)`]), FILE, []).verdict).toBe("hung");
  });
});
