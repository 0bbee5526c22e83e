/**
 * SHA-256 and HMAC-SHA-256 over the UTF-8 bytes of a text, synchronous: the engine runs in Node and
 * in the browser alike and computes a results file's checksum while the file is built or read (Web
 * Crypto's digest is asynchronous). The hashing is @noble/hashes (audited, dependency-free, already
 * shipped with the PDF library); this module only names the two uses.
 */
import { hmac } from "@noble/hashes/hmac";
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

export function hmacSha256Hex(key: string, text: string): string {
  return bytesToHex(hmac(sha256, utf8ToBytes(key), utf8ToBytes(text)));
}
