/**
 * Where the learner's store keeps what a share link plays: a key of the link's own, never the id
 * written in the content, which may be a bundled scenario's or quiz's (a teacher's copy keeps it).
 * The link's fingerprint names the very text shared: the same link resumes the same game, another
 * version of the content is another activity (docs/decisions/0117).
 */
export const SHARED_KEY_PREFIX = "partage:";

/** `hash`: a link's fragment already decoded and checked (its third part is the verified fingerprint of its text). */
export function sharedKey(hash: string, contentId: string): string {
  const fingerprint = hash.replace(/^#/, "").split(".")[2] ?? "";
  return `${SHARED_KEY_PREFIX}${contentId}:${fingerprint}`;
}

/** What the page is checking, said before the check is loaded: the kind is the link's second part. */
export function checkingLabel(hash: string): string {
  return hash.replace(/^#/, "").split(".")[1] === "quiz" ? "Vérification du questionnaire…" : "Vérification du scénario…";
}
