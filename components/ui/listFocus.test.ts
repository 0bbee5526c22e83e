import { describe, expect, it } from "vitest";
import { focusAfter } from "./listFocus";

describe("focusAfter", () => {
  it("follows the item moved, its other button at an end, and after a removal takes the next item, the one before, or « Ajouter »", () => {
    expect(focusAfter("up", 2, 3)).toEqual({ index: 1, action: "up" });
    expect(focusAfter("up", 1, 3)).toEqual({ index: 0, action: "down" });
    expect(focusAfter("down", 0, 3)).toEqual({ index: 1, action: "down" });
    expect(focusAfter("down", 1, 3)).toEqual({ index: 2, action: "up" });
    expect(focusAfter("remove", 1, 2)).toEqual({ index: 1, action: "remove" });
    expect(focusAfter("remove", 2, 2)).toEqual({ index: 1, action: "remove" });
    expect(focusAfter("remove", 0, 0)).toBe("add");
  });
});
