import type { KindSpec } from "../spec.ts";
import type { ImportKind } from "../types.ts";
import { eventsSpec } from "./events.ts";
import { vacanciesSpec } from "./vacancies.ts";
import { coursesSpec } from "./courses.ts";
import { collegesSpec } from "./colleges.ts";

export const IMPORT_SPECS: Record<ImportKind, KindSpec> = {
  events: eventsSpec,
  vacancies: vacanciesSpec,
  courses: coursesSpec,
  colleges: collegesSpec,
};
