/**
 * The checksum of a results file (docs/decisions/0109): HMAC-SHA-256 over the file's canonical JSON
 * (keys sorted at every depth, so that the same content gives the same sum whatever the key order),
 * under a key written in the application's code. There is no server and no secret a learner's
 * browser could not read: the key stops an edit made in a text editor, not a student who reads the
 * code and signs the file again.
 */
import { canonicalJson } from "../fingerprint";
import { hmacSha256Hex } from "./sha256";
import type { ResultsFile, UnsignedResults } from "./vocabulary";

/** Public by nature (it ships in the application); changing it invalidates every file exported before. */
const RESULTS_KEY = "atelier-grc/resultats/1";

/** The sum of a file's content, whatever field `checksum` it carries. */
export function resultsChecksum(results: UnsignedResults | ResultsFile): string {
  const { checksum: _ignored, ...content } = results as ResultsFile;
  return hmacSha256Hex(RESULTS_KEY, canonicalJson(content));
}

export function signResults(results: UnsignedResults): ResultsFile {
  return { ...results, checksum: resultsChecksum(results) };
}

/** True when the file's content is what was signed: any edit of any field, or of the sum, makes it false. */
export function verifyResults(file: ResultsFile): boolean {
  return file.checksum === resultsChecksum(file);
}
