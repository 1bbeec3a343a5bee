## Events editor of regional staff (src/bot/features/editor, src/bot/notifications/events.ts)
editor-list-title = 🗂 <b>Events editor</b> — { $region }
editor-all-regions = All my regions
editor-list-empty = No upcoming events yet. Create the first one!
editor-btn-new = ➕ New event
editor-status-draft = draft
editor-status-published = published
editor-status-cancelled = cancelled
editor-card-status = Status: { $status }
editor-card-languages = Languages: { $languages }
editor-btn-preview = 👁 Preview
editor-btn-edit = ✏️ Edit
editor-btn-cancel-event = ❌ Cancel the event
editor-btn-back-list = ‹ Events editor
editor-btn-back-card = ‹ Back to the event
editor-btn-open-card = 🗂 Open the event
editor-cancel-ask = Cancel «{ $title }»? Everyone who asked for reminders will be told at once. This cannot be undone.
editor-btn-cancel-yes = Yes, cancel the event
editor-btn-cancel-no = No, keep it
editor-cancelled-toast = The event is cancelled. { $count ->
    [0] Nobody was waiting for reminders.
    [one] 1 person will be told.
   *[other] { $count } people will be told.
}
editor-already-cancelled = This event is cancelled; it can no longer be changed.
editor-expired = The event editor was closed after a long pause. Nothing was saved — open it again from /events_admin.
editor-too-long = ✖️ The event editor has gone on for too long, so I closed it; nothing was saved. Open it again from /events_admin.
editor-new-start = ➕ <b>New event.</b> I will ask a few questions; /cancel stops at any time, nothing is saved until you confirm.
editor-ask-region = Which region is the event in?
editor-ask-kind = What kind of event is it?
editor-use-buttons = Please choose with the buttons below.
editor-need-text = Please answer with a text message.
editor-lang-kk = Kazakh
editor-lang-ru = Russian
editor-lang-en = English
editor-ask-title = The event's <b>title</b> in { $language } (up to { $max } characters):
editor-ask-description = A <b>description</b> in { $language }: what happens, who it is for (up to { $max } characters):
editor-ask-languages = Jobseekers read the bot in Kazakh, Russian and English. Add the title and description in another language? Where one is missing, the card shows another language.
editor-btn-continue = Continue ›
editor-ask-venue = The <b>venue</b>, e.g. “Youth Palace” (up to { $max } characters):
editor-ask-address = The <b>street address</b> (up to { $max } characters):
editor-ask-city = The <b>city or town</b>:
editor-ask-location = Send the venue as a <b>location pin</b> (📎 → Location), so jobseekers get a map. Or skip it.
editor-need-location = I need a location pin (📎 → Location), or press Skip.
editor-ask-start = When does it <b>start</b>? Local time, e.g. <code>25.12 10:00</code> or <code>25.12.2026 10:00</code>.
editor-ask-end = When does it <b>end</b>? A time on the same day (<code>18:00</code>) or a date and time (<code>26.12 17:00</code>).
editor-confirm-start = Starts: <b>{ $when }</b> — right?
editor-confirm-end = Ends: <b>{ $when }</b> — right?
editor-btn-yes = ✅ Yes
editor-btn-no = ✏️ No, type again
editor-ask-expected-vacancies = How many <b>vacancies</b> are expected? A number, or skip if unknown.
editor-ask-expected-employers = How many <b>employers</b> are expected? A number, or skip if unknown.
editor-btn-keep = Keep: { $value }
editor-btn-skip = Skip ›
editor-preview-head = 👁 <b>Preview</b> — this is how jobseekers will see the event:
editor-btn-publish = 🚀 Publish
editor-btn-save = 💾 Save changes
editor-btn-save-draft = 📝 Save as draft
editor-btn-fields = ✏️ Edit a field
editor-btn-discard = ✖️ Cancel without saving
editor-ask-field = Which field do you want to change?
editor-discarded = Nothing was saved.
editor-published = 🚀 The event is published. { $count ->
    [0] No subscribers to tell yet.
    [one] 1 subscriber will get the news.
   *[other] { $count } subscribers will get the news.
}
editor-saved = 💾 Changes saved. { $count ->
    [0] Nobody needed to be told.
    [one] 1 person will be told about the change.
   *[other] { $count } people will be told about the change.
}
editor-saved-draft = 📝 Saved as a draft. Jobseekers don't see it until you publish it.
editor-problems = Please fix this first:
editor-field-region = Region
editor-field-kind = Kind
editor-field-title = Title
editor-field-description = Description
editor-field-languages = Other languages
editor-field-venue = Venue
editor-field-address = Address
editor-field-city = City
editor-field-location = Location pin
editor-field-starts-at = Start
editor-field-ends-at = End
editor-field-expected-vacancies = Expected vacancies
editor-field-expected-employers = Expected employers
editor-problem-empty = { $field }: this is required.
editor-problem-too-long = { $field }: too long, at most { $max } characters.
editor-problem-format = { $field }: I could not read that. Examples: <code>25.12 10:00</code>, <code>2026-12-25 10:00</code>, <code>300</code>.
editor-problem-too-big = { $field }: that number is too large.
editor-problem-outside = The pin is outside Kazakhstan — please send the venue's location.
editor-problem-unknown = { $field }: please choose again.
editor-problem-invalid-date = { $field }: there is no such date.
editor-problem-past = { $field }: this time has already passed.
editor-problem-too-far = { $field }: at most a year ahead.
editor-problem-not-after-start = { $field }: the end must be after the start.
editor-problem-too-long-event = { $field }: an event lasts at most { $days } days.
editor-notify-changed = 🕘 <b>New time</b> for «{ $title }»:
    was: <s>{ $was }</s>
    now: <b>{ $now }</b>
    Where: { $place }
editor-notify-moved = 📍 <b>New place</b> for «{ $title }»:
    was: <s>{ $wasPlace }</s>
    now: <b>{ $place }</b>
    When: { $now }
editor-notify-changed-both = 🔁 <b>New time and place</b> for «{ $title }»:
    when: <s>{ $was }</s> → <b>{ $now }</b>
    where: <s>{ $wasPlace }</s> → <b>{ $place }</b>
editor-notify-cancelled = ❌ <b>Cancelled</b>: «{ $title }» ({ $when }) will not take place. Sorry for the change of plans!
