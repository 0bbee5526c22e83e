import type { Metadata } from "next";
import { SharedActivity } from "@/components/authoring/play/SharedActivity";

export const metadata: Metadata = { title: "Activité partagée" };

export default function SharedActivityPage() {
  return <SharedActivity />;
}
