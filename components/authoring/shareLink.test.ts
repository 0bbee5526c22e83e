import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { deflateSync } from "fflate";
import { describe, expect, it } from "vitest";
import { fnv1a64 } from "@/domain";
import { decodeShareLink, encodeShareLink, SHARE_LINK_LIMIT, SHARED_TEXT_LIMIT, shareLinkFits } from "./shareLink";

const BASE = "https://atelier-grc.example/partage/";

/** The fragment of a link, as `location.hash` gives it. */
const hashOf = (link: string) => link.slice(link.indexOf("#"));

/** base64url as the link writes it (Node's Buffer, independent of the module's own encoder). */
const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64url");

const scenarios = readdirSync("scenarios").filter((name) => /^\d\d-[a-z0-9-]+\.json$/.test(name));
const quizzes = readdirSync("quizzes").filter((name) => name.endsWith(".json"));

describe("encodeShareLink and decodeShareLink", () => {
  it("puts the content in the fragment of the page's address, after the format and the kind", () => {
    const link = encodeShareLink("quiz", "{}", `${BASE}#ancien`);
    expect(link).toBe(`${BASE}#v1.quiz.${fnv1a64("{}")}.${base64url(deflateSync(new TextEncoder().encode("{}"), { level: 9 }))}`);
    expect(decodeShareLink(hashOf(link))).toEqual({ ok: true, kind: "quiz", text: "{}" });
  });

  it("gives back any text exactly", () => {
    fc.assert(
      fc.property(fc.constantFrom("scenario" as const, "quiz" as const), fc.string({ unit: "grapheme", maxLength: 2000 }), (kind, text) => {
        expect(decodeShareLink(hashOf(encodeShareLink(kind, text, BASE)))).toEqual({ ok: true, kind, text });
      }),
    );
  });

  it.each(scenarios)("gives back scenarios/%s exactly, in a link that fits the limit", (name) => {
    const text = readFileSync(`scenarios/${name}`, "utf8");
    const link = encodeShareLink("scenario", text, BASE);
    expect(decodeShareLink(hashOf(link))).toEqual({ ok: true, kind: "scenario", text });
    expect(shareLinkFits(link)).toBe(true);
  });

  it.each(quizzes)("gives back quizzes/%s exactly", (name) => {
    const text = readFileSync(`quizzes/${name}`, "utf8");
    expect(decodeShareLink(hashOf(encodeShareLink("quiz", text, BASE)))).toEqual({ ok: true, kind: "quiz", text });
  });
});

describe("shareLinkFits", () => {
  it("accepts a link up to the limit, not one character more", () => {
    expect(shareLinkFits("a".repeat(SHARE_LINK_LIMIT))).toBe(true);
    expect(shareLinkFits("a".repeat(SHARE_LINK_LIMIT + 1))).toBe(false);
  });
});

describe("a link that cannot be opened", () => {
  const link = encodeShareLink("scenario", readFileSync(`scenarios/${scenarios[0]}`, "utf8"), BASE);
  const hash = hashOf(link);
  const CUT = "lien abîmé\u00a0: il est incomplet\u00a0: il a sans doute été coupé en le copiant. Copiez-le à nouveau en entier, ou demandez le fichier.";
  const cases: [string, string, string][] = [
    ["cut in half", hash.slice(0, hash.length / 2), "lien abîmé\u00a0: il est incomplet\u00a0: il a sans doute été coupé en le copiant. Copiez-le à nouveau en entier, ou demandez le fichier."],
    ["cut after its fingerprint", `#v1.scenario.${fnv1a64("{}")}.`, "lien abîmé\u00a0: il est incomplet\u00a0: il a sans doute été coupé en le copiant. Copiez-le à nouveau en entier, ou demandez le fichier."],
    ["cut one character past a group of four", hash.slice(0, hash.length - ((hash.split(".")[3]!.length + 3) % 4)), CUT],
    ["cut before its content", hash.split(".").slice(0, 3).join("."), CUT],
    ["with a space pasted inside", `${hash.slice(0, 40)} ${hash.slice(40)}`, "lien abîmé\u00a0: il contient des caractères qu'un lien de l'atelier n'a pas (a-t-il été modifié en le copiant\u00a0?)."],
    ["percent-encoded by a mail client", hash.replace("_", "%5F").replace("-", "%2D"), "lien abîmé\u00a0: il contient des caractères qu'un lien de l'atelier n'a pas (a-t-il été modifié en le copiant\u00a0?)."],
    ["of another kind", hash.replace("scenario", "video"), "lien abîmé\u00a0: il ne désigne ni un scénario ni un questionnaire de l'atelier (a-t-il été coupé en le copiant\u00a0?)."],
    ["empty", "#", "lien abîmé\u00a0: il ne désigne ni un scénario ni un questionnaire de l'atelier (a-t-il été coupé en le copiant\u00a0?)."],
    ["of a newer format", hash.replace("v1.", "v2."), "ce lien vient d'une version plus récente de l'atelier (format 2)\u00a0: ouvrez-le avec la version du site qui l'a créé, ou demandez le fichier."],
    ["not UTF-8 inside", `#v1.quiz.${fnv1a64("{}")}.${base64url(deflateSync(new Uint8Array([0x7b, 0xe9, 0x7d])))}`, "lien abîmé\u00a0: son contenu n'est pas du texte (UTF-8)."],
    ["whose text changed in a copy", hash.replace(/\.([0-9a-f]{16})\./, (_, fp: string) => `.${fp.slice(0, 15)}${fp.endsWith("0") ? "1" : "0"}.`), "lien abîmé\u00a0: son contenu ne correspond plus à son empreinte\u00a0: un caractère a changé en le copiant. Demandez le lien à nouveau, ou le fichier."],
  ];

  it.each(cases)("refuses a link %s, in French", (_, broken, message) => {
    expect(decodeShareLink(broken)).toEqual({ ok: false, message });
  });

  it("refuses a zip bomb: 50 Mo of zeros in a link of 65 ko", () => {
    const bomb = deflateSync(new Uint8Array(50_000_000), { level: 9 });
    const tooLarge = "lien abîmé\u00a0: son contenu décompressé dépasserait 1 Mo, alors qu'un scénario ou un questionnaire en fait quelques dizaines de ko\u00a0: il n'est pas ouvert.";
    const link = `#v1.scenario.${fnv1a64("")}.${base64url(bomb)}`;
    expect(link.length).toBeLessThan(70_000);
    expect(decodeShareLink(link)).toEqual({ ok: false, message: tooLarge });
    // Cut short, the bomb would end in an error if it were inflated to its end: decoding stops at 1 Mo, long before.
    expect(decodeShareLink(`#v1.scenario.${fnv1a64("")}.${base64url(bomb.subarray(0, bomb.length / 2))}`)).toEqual({ ok: false, message: tooLarge });
  });

  it("opens a content of exactly the limit, and refuses one byte more", () => {
    const atLimit = "a".repeat(SHARED_TEXT_LIMIT);
    expect(decodeShareLink(hashOf(encodeShareLink("quiz", atLimit, BASE)))).toEqual({ ok: true, kind: "quiz", text: atLimit });
    expect(decodeShareLink(hashOf(encodeShareLink("quiz", `${atLimit}a`, BASE)))).toMatchObject({ ok: false, message: expect.stringContaining("dépasserait 1 Mo") });
  });
});
