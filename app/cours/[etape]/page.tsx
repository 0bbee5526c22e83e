import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { practiceByNotion } from "@/components/catalog/coursePractice";
import { StageCourse, stageCourseTitle } from "@/components/course/StageCourse";
import { COURSE_STAGE_SLUGS, stageOfCourseSlug } from "@/components/ui/courseLinks";

export function generateStaticParams() {
  return Object.values(COURSE_STAGE_SLUGS).map((etape) => ({ etape }));
}

export const dynamicParams = false;

export async function generateMetadata({ params }: { params: Promise<{ etape: string }> }): Promise<Metadata> {
  const stage = stageOfCourseSlug((await params).etape);
  return { title: stage ? stageCourseTitle(stage) : "Cours" };
}

export default async function CourseStagePage({ params }: { params: Promise<{ etape: string }> }) {
  const stage = stageOfCourseSlug((await params).etape);
  if (!stage) notFound();
  return <StageCourse stage={stage} practice={practiceByNotion()} />;
}
