/**
 * An LMS package's folder assembled from the built site, for the browser tests: the launch page
 * (`activite/index.html`, copied as is), the framework's files, and the `activite.js` the packager
 * writes. The one place the tests build a package: the coordinator switches it to the packager's
 * real zip (scripts/, helper H4) when both are merged.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { activityScript, ACTIVITY_SCRIPT, type LmsActivity } from "@/domain";

/** The package's folder (a new one under `outDir`, or the system's temporary folder), with `activity` in it. */
export function preparePackage(outDir: string, activity: LmsActivity, into: string = mkdtempSync(join(tmpdir(), "paquet-"))): string {
  mkdirSync(into, { recursive: true });
  cpSync(join(outDir, "activite"), join(into, "activite"), { recursive: true });
  cpSync(join(outDir, "_next"), join(into, "_next"), { recursive: true });
  cpSync(join(outDir, "icon.svg"), join(into, "icon.svg"));
  writeFileSync(join(into, "activite", ACTIVITY_SCRIPT), activityScript(activity));
  return into;
}
