import type { Metadata } from "next";
import { LmsActivity } from "@/components/lms/LmsActivity";

export const metadata: Metadata = { title: "Activité" };

/** The launch page of an LMS package: a kiosk, no site navigation (docs/decisions/0126). */
export default function ActivityPage() {
  return <LmsActivity />;
}
