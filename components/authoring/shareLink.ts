/**
 * The share link: a scenario or a quiz carried whole in the address's fragment (after « # »), which
 * the browser never sends to a server, so the static site needs none. Its text is compressed
 * (deflate, level 9), written in base64url (letters, digits, « - » and « _ », kept as they are by
 * messaging and ENT editors) after a format version, the kind and the text's fingerprint (raw deflate
 * carries no checksum: a character changed in a copy could inflate to another valid text, a figure
 * silently altered; the fingerprint detects it). Decoding is bounded: a link is
 * untrusted input. What it decodes is checked like an imported file before it is played
 * (`openShareLink` in library.ts). Choices and measures: docs/decisions/0110.
 */
import { deflateSync, Inflate } from "fflate";
import { fnv1a64 } from "@/domain";
import type { LibraryKind } from "@/store/teacherLibrary";

/**
 * The longest link offered as a link (characters): RFC 9110 recommends that software supports URIs
 * of at least 8 000 octets; past it, the file is offered instead (0110).
 */
export const SHARE_LINK_LIMIT = 8_000;

/** The most a link's content may inflate to (bytes): a bundled quiz file weighs under 75 ko. */
export const SHARED_TEXT_LIMIT = 1_000_000;

const FORMAT = "v1";
const KINDS: readonly LibraryKind[] = ["scenario", "quiz"];

/** Input pushed to the inflater at a time: deflate expands a byte at most 1 032 times, so one push adds at most ~0,5 Mo. */
const INFLATE_CHUNK = 512;

export type DecodedShareLink = { ok: true; kind: LibraryKind; text: string } | { ok: false; message: string };

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  // By slices: String.fromCharCode with too many arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The bytes of base64url text; "foreign" when a character is not of the alphabet, "cut" when its length cannot end a text. */
function fromBase64Url(text: string): Uint8Array | "foreign" | "cut" {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return "foreign";
  // Four characters carry three bytes: one left over ends no text, the link lost its end.
  if (text.length % 4 === 1) return "cut";
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The fragment of a link: the format, the kind, the text's fingerprint and the compressed text. */
export function shareFragment(kind: LibraryKind, text: string): string {
  return `${FORMAT}.${kind}.${fnv1a64(text)}.${toBase64Url(deflateSync(new TextEncoder().encode(text), { level: 9 }))}`;
}

/** The link that opens `text` on the page at `baseUrl` (its own fragment, if any, is replaced). */
export function encodeShareLink(kind: LibraryKind, text: string, baseUrl: string): string {
  return `${baseUrl.split("#")[0]}#${shareFragment(kind, text)}`;
}

/** Whether the link may be offered as a link; past the limit, the UI offers the file. */
export function shareLinkFits(link: string): boolean {
  return link.length <= SHARE_LINK_LIMIT;
}

const damaged = (why: string): DecodedShareLink => ({ ok: false, message: `lien abîmé\u00a0: ${why}` });

/** The commonest accident: a link cut short when copied (a line break in a mail, a selection that stopped early). */
const CUT = "il est incomplet\u00a0: il a sans doute été coupé en le copiant. Copiez-le à nouveau en entier, ou demandez le fichier.";

/** Inflates at most SHARED_TEXT_LIMIT bytes: a few kilobytes of a link can otherwise expand to gigabytes. */
function boundedInflate(compressed: Uint8Array): { ok: true; bytes: Uint8Array } | { ok: false; tooLarge: boolean } {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    chunks.push(chunk);
    size += chunk.length;
  });
  try {
    if (compressed.length === 0) return { ok: false, tooLarge: false };
    for (let at = 0; at < compressed.length; at += INFLATE_CHUNK) {
      inflater.push(compressed.subarray(at, at + INFLATE_CHUNK), at + INFLATE_CHUNK >= compressed.length);
      if (size > SHARED_TEXT_LIMIT) return { ok: false, tooLarge: true };
    }
  } catch {
    return { ok: false, tooLarge: false };
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, bytes };
}

/**
 * The content of a link's fragment (`location.hash`, with or without its « # »), or what is wrong
 * with it, in French. Never throws. The text still has to be checked before it is played.
 */
export function decodeShareLink(hash: string): DecodedShareLink {
  const [format, kind, fingerprint, payload, ...rest] = hash.replace(/^#/, "").split(".");
  if (format !== FORMAT && /^v\d+$/.test(format ?? "")) {
    return { ok: false, message: `ce lien vient d'une version plus récente de l'atelier (format ${format?.slice(1)})\u00a0: ouvrez-le avec la version du site qui l'a créé, ou demandez le fichier.` };
  }
  if (format !== FORMAT || rest.length > 0 || !KINDS.includes(kind as LibraryKind)) {
    return damaged("il ne désigne ni un scénario ni un questionnaire de l'atelier (a-t-il été coupé en le copiant\u00a0?).");
  }
  if (fingerprint === undefined || payload === undefined) return damaged(CUT);
  const compressed = fromBase64Url(payload);
  if (compressed === "foreign") return damaged("il contient des caractères qu'un lien de l'atelier n'a pas (a-t-il été modifié en le copiant\u00a0?).");
  if (compressed === "cut") return damaged(CUT);
  const inflated = boundedInflate(compressed);
  if (!inflated.ok) {
    return inflated.tooLarge
      ? damaged("son contenu décompressé dépasserait 1 Mo, alors qu'un scénario ou un questionnaire en fait quelques dizaines de ko\u00a0: il n'est pas ouvert.")
      : damaged(CUT);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(inflated.bytes);
  } catch {
    return damaged("son contenu n'est pas du texte (UTF-8).");
  }
  if (fnv1a64(text) !== fingerprint) return damaged("son contenu ne correspond plus à son empreinte\u00a0: un caractère a changé en le copiant. Demandez le lien à nouveau, ou le fichier.");
  return { ok: true, kind: kind as LibraryKind, text };
}
