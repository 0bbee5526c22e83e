import { describe, expect, it } from "vitest";
import { isKioskPath } from "./OutsideKiosk";

describe("a kiosk page", () => {
  it("is the activity page of the site or of a package's folder", () => {
    expect(["/activite", "/activite/", "/lms/paquet/activite/index.html", "/activite-depassement-d-encours/"].map(isKioskPath)).toEqual([true, true, true, true]);
    expect(["/", "/scenarios/", "/activites/", "/partage/"].map(isKioskPath)).toEqual([false, false, false, false]);
  });
});
