import type { Metadata } from "next";
import { practiceByNotion } from "@/components/catalog/coursePractice";
import { CourseHome } from "@/components/course/CourseHome";

export const metadata: Metadata = { title: "Le cours" };

export default function CoursePage() {
  return <CourseHome practice={practiceByNotion()} />;
}
