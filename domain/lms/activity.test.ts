import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { activityScript, readActivity, type LmsActivity } from "./activity";

const ACTIVITY: LmsActivity = { format: 1, kind: "scenario", id: "s1", title: "Titre «\u00a0test\u00a0»", text: '{"a":"</script><b>\u2028"}', masteryScore: 80 };

describe("activite.js", () => {
  it("is a classic script setting the global to the activity, with nothing that closes a script element", () => {
    const script = activityScript(ACTIVITY);
    expect(script).not.toContain("</script");
    expect(script).not.toContain("\u2028");
    const window: Record<string, unknown> = {};
    runInNewContext(script, { window });
    expect(window.ATELIER_ACTIVITE).toEqual(ACTIVITY);
    expect(readActivity(window.ATELIER_ACTIVITE)).toEqual({ ok: true, activity: ACTIVITY });
  });

  it("says in French what is missing or wrong", () => {
    expect(readActivity(undefined)).toEqual({ ok: false, message: "Ce paquet ne contient aucune activité\u00a0: le fichier activite.js manque à côté de la page, ou ne décrit rien." });
    expect(readActivity({ ...ACTIVITY, format: 2 })).toEqual({ ok: false, message: "Le fichier de l'activité (activite.js) est abîmé\u00a0: son format (2) n'est pas celui que cette version de l'atelier lit (1)." });
    expect(readActivity({ ...ACTIVITY, kind: "video" })).toEqual({ ok: false, message: "Le fichier de l'activité (activite.js) est abîmé\u00a0: «\u00a0kind\u00a0» vaut \"video\", au lieu de «\u00a0scenario\u00a0» ou «\u00a0quiz\u00a0»." });
    expect(readActivity({ ...ACTIVITY, text: "" })).toEqual({ ok: false, message: "Le fichier de l'activité (activite.js) est abîmé\u00a0: le champ «\u00a0text\u00a0» manque ou est vide." });
    expect(readActivity({ ...ACTIVITY, masteryScore: 101 })).toEqual({ ok: false, message: "Le fichier de l'activité (activite.js) est abîmé\u00a0: le seuil de réussite (masteryScore) doit être un nombre de 0 à 100." });
  });

  it("keeps an activity without a mastery score as it is", () => {
    const { masteryScore: _none, ...rest } = ACTIVITY;
    expect(readActivity(rest)).toEqual({ ok: true, activity: rest });
  });
});
