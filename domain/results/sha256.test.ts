import { createHash, createHmac } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hmacSha256Hex, sha256Hex } from "./sha256";

describe("SHA-256 and HMAC-SHA-256, pure", () => {
  it("gives the standard's digests (FIPS 180-4 examples, one and two blocks, the empty text)", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("gives RFC 4231's HMAC (test case 2) and hashes a key longer than a block first", () => {
    expect(hmacSha256Hex("Jefe", "what do ya want for nothing?")).toBe("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    const longKey = "k".repeat(131);
    expect(hmacSha256Hex(longKey, "texte")).toBe(createHmac("sha256", longKey).update("texte").digest("hex"));
  });

  it("agrees with Node's implementation on any text, accents and emoji included, at every length around a block", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), fc.string({ maxLength: 80 }), (text, key) => {
        expect(sha256Hex(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
        expect(hmacSha256Hex(key, text)).toBe(createHmac("sha256", key).update(text, "utf8").digest("hex"));
      }),
      { numRuns: 300 },
    );
  });
});
