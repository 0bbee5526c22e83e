import { describe, expect, it } from "vitest";
import { ofName } from "./text";

describe("the preposition before a name", () => {
  it("elides before a vowel, accented or not: « d'Imprimerie Touraine Graphic », « d'Écoles et Loisirs »", () => {
    expect(ofName("Imprimerie Touraine Graphic")).toBe("d'Imprimerie Touraine Graphic");
    expect(ofName("Écoles et Loisirs")).toBe("d'Écoles et Loisirs");
    expect(ofName("Atelier Durand")).toBe("d'Atelier Durand");
  });

  it("contracts the article that starts a name: « du Panier Provençal », « des Ateliers Martin », but « de La Poste »", () => {
    expect(ofName("Le Panier Provençal")).toBe("du Panier Provençal");
    expect(ofName("Les Ateliers Martin")).toBe("des Ateliers Martin");
    expect(ofName("La Poste")).toBe("de La Poste");
    expect(ofName("Lebrun SARL")).toBe("de Lebrun SARL");
  });

  it("keeps « de » before a consonant and before « h », whose muteness the spelling does not tell", () => {
    expect(ofName("Jus et Nectars du Comtat")).toBe("de Jus et Nectars du Comtat");
    expect(ofName("Hôtel du Lac")).toBe("de Hôtel du Lac");
  });
});
