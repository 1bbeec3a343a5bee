// What an invite for a coordinator can be scoped to: providers and courses, a page at a time.
import type { Db } from "../../db/client.ts";
import { paginate, type Page } from "../paging.ts";

export const PICKER_PAGE_SIZE = 8;

export type ProviderChoice = { id: number; nameKk: string; nameRu: string; nameEn: string };
export type CourseChoice = { id: number; titleKk: string; titleRu: string; titleEn: string; startsAt: Date };

export function listProviderChoices(db: Db, page: number): Promise<Page<ProviderChoice>> {
  return paginate(
    page,
    () => db.provider.count(),
    (skip, take) => db.provider.findMany({ orderBy: { id: "asc" }, skip, take, select: { id: true, nameKk: true, nameRu: true, nameEn: true } }),
    PICKER_PAGE_SIZE,
  );
}

/** Courses newest start first: invites are usually for a course about to run. */
export function listCourseChoices(db: Db, page: number): Promise<Page<CourseChoice>> {
  return paginate(
    page,
    () => db.course.count(),
    (skip, take) =>
      db.course.findMany({ orderBy: [{ startsAt: "desc" }, { id: "desc" }], skip, take, select: { id: true, titleKk: true, titleRu: true, titleEn: true, startsAt: true } }),
    PICKER_PAGE_SIZE,
  );
}
