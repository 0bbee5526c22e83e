/**
 * A scenario's content hash, saved with a game so that a restored game is known to run on the
 * scenario it was played on. FNV-1a 64-bit over a canonical JSON (keys sorted): it only has to
 * notice an edited scenario (a teacher's change, a new version of a bundled one), not resist
 * someone forging a collision; 64 bits make an accidental collision between two versions of one
 * scenario negligible, and it is synchronous (Web Crypto's SHA-256 is not) and tiny.
 */
import type { Question } from "./quiz";
import type { Scenario } from "./scenarioTypes";

/** JSON with every object's keys in order: the same content gives the same text whatever the key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === "object" && item !== null && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/** FNV-1a 64-bit over the UTF-8 bytes of a text, as 16 hexadecimal digits. */
export function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, "0");
}

/** The content hash of a scenario (also of an unchecked copy read from an old save: any JSON value). */
export function scenarioFingerprint(scenario: Scenario | unknown): string {
  return fnv1a64(canonicalJson(scenario));
}

/** The content hash of a quiz: its questions in the order asked (a composed quiz has no file of its own to hash). */
export function quizFingerprint(questions: readonly Question[]): string {
  return fnv1a64(canonicalJson(questions));
}
