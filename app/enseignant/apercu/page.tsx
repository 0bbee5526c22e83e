import type { Metadata } from "next";
import { TeacherPreview } from "@/components/authoring/play/TeacherPreview";

export const metadata: Metadata = { title: "Aperçu" };

export default function PreviewPage() {
  return <TeacherPreview />;
}
