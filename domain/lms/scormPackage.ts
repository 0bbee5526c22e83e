/**
 * A SCORM 1.2 package of the atelier (issue 14, docs/decisions/0127): the exported site's launch
 * page and static files copied as they are, one `activite.js` per activity, and the manifest an LMS
 * (Moodle, Éléa) reads. Pure: the same bytes from the command line (files read on disk) and from the
 * teacher's space (files fetched from the served site).
 */
import { strToU8, zipSync, type Zippable } from "fflate";
import { learnerTitle, type ClassroomSettings } from "../classroom";
import type { ActivityKind } from "../results/vocabulary";
import { ACTIVITY_SCRIPT, activityScript, type LmsActivity } from "./activity";

/** The launch page as the build exports it; a package copies it into each activity's folder. */
export const LAUNCH_PAGE = "activite/index.html";

/** The list of the site files a package needs, written by the build (scripts/build/lmsFiles.ts). */
export const PACKAGE_FILE_LIST = "activite/fichiers.json";

const MANIFEST = "imsmanifest.xml";
const SHARED_RESOURCE = "fichiers-communs";

/** `activite/fichiers.json`: the page to copy and the files every package carries, paths from the site's root. */
export interface PackageFileList {
  format: 1;
  page: string;
  files: string[];
}

/**
 * The site files a package carries besides its page: the framework's scripts and styles, the
 * fonts folder as the build leaves it (the PDF fonts or their license), the site's icon. No other
 * page: a learner in an LMS plays one activity.
 */
export function isPackagedSiteFile(path: string): boolean {
  return path.startsWith("_next/static/") || path.startsWith("fonts/") || /^(?:icon|favicon|apple-icon)[^/]*$/u.test(path);
}

/** What the list file holds, or why it cannot be used (said in French by the caller). */
export function parsePackageFileList(data: unknown): PackageFileList | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const { format, page, files } = data as Record<string, unknown>;
  if (format !== 1 || typeof page !== "string" || !Array.isArray(files) || !files.every((file): file is string => typeof file === "string")) return undefined;
  return { format, page, files };
}

/** What a package needs of a scenario or a quiz: its id, its titles and its class settings. */
export interface PackagedContent {
  id: string;
  title: string;
  classroom?: ClassroomSettings | undefined;
}

/**
 * The activity a package plays: titled as the learner reads it (the teacher's neutral title when
 * set), passed at the mastery score asked, else at the class settings' pass mark, else never
 * failed (completed).
 */
export function lmsActivityOf(kind: ActivityKind, content: PackagedContent, text: string, masteryScore?: number): LmsActivity {
  const score = masteryScore ?? content.classroom?.passMark;
  return { format: 1, kind, id: content.id, title: learnerTitle(content), text, ...(score === undefined ? {} : { masteryScore: score }) };
}

/** A name safe in a path and as an XML identifier (NCName: it starts with a letter, the prefix does that). */
function safeName(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]/gu, "-");
}

/** One activity alone plays from `activite/`; several share the package, each in `activite-<id>/`, at the same depth. */
export function activityFolder(activity: LmsActivity, activityCount: number): string {
  return activityCount === 1 ? "activite" : `activite-${safeName(activity.id)}`;
}

/** Text in XML: the five special characters escaped, the characters XML 1.0 refuses dropped. */
export function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu, "")
    .replace(/&/gu, "&amp;")
    .replace(/</gu, "&lt;")
    .replace(/>/gu, "&gt;")
    .replace(/"/gu, "&quot;")
    .replace(/'/gu, "&apos;");
}

/** A file's path as a manifest's `href`: a URI, each segment encoded (Turbopack names chunks with brackets). */
export function manifestHref(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

export interface ScormManifestInput {
  /** The organization's title, what the LMS shows above the activities. */
  title: string;
  activities: readonly LmsActivity[];
  /** The site files every activity's page loads, paths from the package's root. */
  sharedFiles: readonly string[];
}

const fileElement = (path: string) => `      <file href="${xmlText(manifestHref(path))}"/>`;

function itemElement(activity: LmsActivity): string {
  const mastery = activity.masteryScore === undefined ? [] : [`        <adlcp:masteryscore>${activity.masteryScore}</adlcp:masteryscore>`];
  return [
    `      <item identifier="item-${safeName(activity.id)}" identifierref="ressource-${safeName(activity.id)}" isvisible="true">`,
    `        <title>${xmlText(activity.title)}</title>`,
    ...mastery,
    "      </item>",
  ].join("\n");
}

function scoResource(activity: LmsActivity, activityCount: number): string {
  const folder = activityFolder(activity, activityCount);
  const page = `${folder}/index.html`;
  return [
    `    <resource identifier="ressource-${safeName(activity.id)}" type="webcontent" adlcp:scormtype="sco" href="${xmlText(manifestHref(page))}">`,
    fileElement(page),
    fileElement(`${folder}/${ACTIVITY_SCRIPT}`),
    `      <dependency identifierref="${SHARED_RESOURCE}"/>`,
    "    </resource>",
  ].join("\n");
}

function organizationIdentifier(activities: readonly LmsActivity[]): string {
  return activities.length === 1 ? `atelier-grc-${safeName(activities[0]?.id ?? "")}` : `atelier-grc-${activities.length}-activites`;
}

/**
 * `imsmanifest.xml` for SCORM 1.2 (IMS Content Packaging 1.1.2 with ADL's extensions): one
 * organization, an item per activity with its mastery score when set, a SCO resource per activity
 * and one asset resource holding the files they share, every file of the package listed once.
 */
export function scormManifest({ title, activities, sharedFiles }: ScormManifestInput): string {
  const identifier = organizationIdentifier(activities);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${identifier}" version="1.0" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">`,
    "  <metadata>",
    "    <schema>ADL SCORM</schema>",
    "    <schemaversion>1.2</schemaversion>",
    "  </metadata>",
    `  <organizations default="organisation">`,
    `    <organization identifier="organisation">`,
    `      <title>${xmlText(title)}</title>`,
    ...activities.map(itemElement),
    "    </organization>",
    "  </organizations>",
    "  <resources>",
    ...activities.map((activity) => scoResource(activity, activities.length)),
    `    <resource identifier="${SHARED_RESOURCE}" type="webcontent" adlcp:scormtype="asset">`,
    ...sharedFiles.map(fileElement),
    "    </resource>",
    "  </resources>",
    "</manifest>",
    "",
  ].join("\n");
}

export interface ScormPackageInput extends ScormManifestInput {
  /** The launch page's bytes (`activite/index.html` of the export), copied into each activity's folder. */
  page: Uint8Array;
  /** The bytes of each shared file, by its path. */
  files: ReadonlyMap<string, Uint8Array>;
  /** The date the zip gives its entries: an input, so that the same input makes the same bytes. */
  modified: Date;
}

/** Formats that are compressed already: deflating them again costs time and gains nothing. */
const STORED = /\.(?:woff2?|png|jpe?g|gif|webp|avif|ico|zip|gz|br)$/iu;

/** Every file of the package by its path, the manifest first (some LMS read only the zip's start). */
export function scormPackageFiles(input: ScormPackageInput): Map<string, Uint8Array> {
  const ids = new Set(input.activities.map((activity) => activity.id));
  if (ids.size !== input.activities.length) throw new Error("Deux activités du paquet ont le même identifiant\u00a0: chacune doit avoir le sien.");
  const missing = input.sharedFiles.filter((path) => !input.files.has(path));
  if (missing.length > 0) throw new Error(`Fichiers du site absents du paquet\u00a0: ${missing.join(", ")}.`);
  const entries = new Map<string, Uint8Array>([[MANIFEST, strToU8(scormManifest(input))]]);
  for (const activity of input.activities) {
    const folder = activityFolder(activity, input.activities.length);
    entries.set(`${folder}/index.html`, input.page);
    entries.set(`${folder}/${ACTIVITY_SCRIPT}`, strToU8(activityScript(activity)));
  }
  for (const path of input.sharedFiles) entries.set(path, input.files.get(path) as Uint8Array);
  return entries;
}

/** The package's zip: text deflated, compressed formats stored. */
export function buildScormPackage(input: ScormPackageInput): Uint8Array<ArrayBuffer> {
  const zippable: Zippable = {};
  for (const [path, bytes] of scormPackageFiles(input)) zippable[path] = [bytes, { level: STORED.test(path) ? 0 : 6 }];
  return zipSync(zippable, { mtime: input.modified });
}

const sizeNumber = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

/** A file's size as a French reader expects it: « 850 ko », « 2,3 Mo » (1 ko = 1 000 octets), a no-break space before the unit. */
export function formatFileSize(bytes: number): string {
  return bytes < 999_500 ? `${Math.max(1, Math.round(bytes / 1000))}\u00a0ko` : `${sizeNumber.format(bytes / 1_000_000)}\u00a0Mo`;
}
