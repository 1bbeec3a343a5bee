// Shapes of the demo seed data: plain, typed objects. Keys are stable: the externalId of every
// row is derived from its region and key (`demo-<region>-<kind>-<key>`), so never rename a key
// of data that may already be in a database. Dates are relative to the seed's `now`.
import type { Locale } from "../../domain/locale.ts";
import type { Sector } from "../../domain/sectors.ts";
import type { CityKey } from "../../domain/cities.ts";

/** A translated text; titles/names are always given in all three languages. */
export type T3 = Record<Locale, string>;

export type StudyForm = "full_time" | "part_time" | "evening";
export type BaseEducation = "grade9" | "grade11";
export type CourseFormat = "online" | "offline" | "hybrid";
export type EventKind = "job_fair" | "open_day" | "forum" | "competition" | "festival" | "excursion" | "masterclass";
export type Schedule = "full_time" | "part_time" | "shift" | "rotation" | "remote";
/** Local (UTC+5) wall-clock time, "HH:MM". */
export type LocalTime = `${number}:${number}`;

export interface QualificationSeed {
  code: string;
  name: T3;
  isWorking: boolean;
}

export interface SpecialtySeed {
  code: string;
  name: T3;
  sector: Sector;
  isWorking: boolean;
  qualifications: QualificationSeed[];
}

export interface OfferSeed {
  specialty: string; // Specialty.code
  stateFundedPlaces: number;
  paidPlaces: number;
  baseEducation: BaseEducation;
  durationMonths: number;
  isDual?: boolean;
  studyForm?: StudyForm; // default full_time
  languages?: string; // default "kk,ru"
}

export interface CollegeSeed {
  key: string;
  name: T3;
  city: CityKey;
  address: string;
  phone: string;
  website?: string;
  studentsCount: number;
  hasDual: boolean;
  offers: OfferSeed[];
}

export interface ProviderSeed {
  key: string;
  name: T3;
  phone?: string;
  website?: string;
}

export interface CourseSeed {
  key: string;
  provider: string; // ProviderSeed.key of the same region
  title: T3;
  description: T3;
  sector: Sector;
  format: CourseFormat;
  priceKzt?: number; // absent = free
  durationWeeks: number;
  hoursTotal: number;
  city: CityKey;
  address: string;
  /** Days from now to the start (09:00 local unless `startTime`). */
  startsInDays: number;
  startTime?: LocalTime;
  /** Days from now to the registration deadline (18:00 local); negative = already passed. */
  deadlineInDays: number;
  capacity: number;
  minAge?: number;
  maxAge?: number;
}

export interface EventSeed {
  key: string;
  kind: EventKind;
  title: T3;
  description: T3;
  venue: string;
  address: string;
  city: CityKey;
  latitude: number;
  longitude: number;
  /** Days from now to the (first) day; negative = in the past. */
  inDays: number;
  from: LocalTime;
  to: LocalTime;
  /** Number of days it lasts (default 1): ends at `to` on the last day. */
  days?: number;
  expectedVacancies?: number;
  expectedEmployers?: number;
}

export interface EmployerSeed {
  key: string;
  name: string;
  about: T3;
  sector: Sector;
  city: CityKey;
  phone?: string;
  email?: string;
  website?: string;
}

export interface VacancySeed {
  key: string;
  employer: string; // EmployerSeed.key of the same region
  event?: string; // EventSeed.key of the fair where it is presented
  title: T3;
  requirements: T3;
  sector: Sector;
  isWorkingProfession: boolean;
  positions: number;
  salaryMin?: number;
  salaryMax?: number;
  schedule: Schedule;
  city: CityKey;
  contact: { name?: string; phone?: string; email?: string; telegram?: string };
  postedDaysAgo: number;
  /** Days from now to expiry (end of that local day); negative = already expired. */
  expiresInDays: number;
}

export interface RegionDemo {
  region: string; // Region.code
  colleges: CollegeSeed[];
  providers: ProviderSeed[];
  courses: CourseSeed[];
  events: EventSeed[];
  employers: EmployerSeed[];
  vacancies: VacancySeed[];
}
