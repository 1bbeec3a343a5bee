import { callbackCodec } from "../callback-data.ts";

// Buttons of the sign-up dialog. Inside the dialog a press only counts on the message that
// asked the question (its id is checked), so buttons of an earlier, abandoned sign-up or of
// a question already answered are "unrelated" and only re-ask the current question.
// waitlist: outside any dialog — "the course is full, join the waitlist?" → yes (course id).
// useName:  take the suggested full name.
// edu:      education level (EDUCATION_LEVELS).
// consent:  "yes" | "no".
// summary:  "ok" | "name" | "phone" | "birth" | "edu" | "cancel".
// offer:    "yes" | "no" — the seats ran out while confirming: join the waitlist instead?
export const signupCb = callbackCodec("su", {
  waitlist: ["int"],
  useName: [],
  edu: ["str"],
  consent: ["str"],
  summary: ["str"],
  offer: ["str"],
});

/** Whether callback data belongs to the sign-up dialog (stale or not). */
export const isSignupData = (data: string | undefined): boolean => data?.startsWith(`${signupCb.prefix}:`) ?? false;
