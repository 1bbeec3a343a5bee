## Subscriptions: what the bot tells a person about on its own
subscriptions-menu = 🔔 Subscriptions
subscriptions-title = <b>🔔 Subscriptions</b>
subscriptions-intro = I will tell you about new vacancies, job fairs, courses and college admission in the regions you choose.
subscriptions-empty = You have no subscriptions yet. Choose a region below.
subscriptions-list-hint = Tap a number to change a subscription.
subscriptions-freq-instant-short = ⚡ right away
subscriptions-freq-daily-short = 📰 daily at { $hour }
subscriptions-filter-sector = sector: { $sector }
subscriptions-filter-working = working professions only
subscriptions-quiet-now = 🌙 Quiet hours: { $hours }
subscriptions-quiet-none = 🌙 Quiet hours: off
subscriptions-btn-own = ➕ Subscribe: { $region }
subscriptions-btn-other = 🌍 Another region
subscriptions-btn-quiet = 🌙 Quiet hours
subscriptions-btn-stop = 🔕 Unsubscribe from everything
subscriptions-btn-back = ⬅️ My subscriptions
subscriptions-btn-back-sub = ⬅️ Back to the subscription
subscriptions-btn-settings = ⚙️ Settings
subscriptions-regions-title = Which region's news would you like to get?
subscriptions-region-title =
    <b>📍 { $region }</b>
    Tap a topic to switch it on or off.
subscriptions-topic-vacancies = 💼 Vacancies
subscriptions-topic-events = 📅 Fairs & events
subscriptions-topic-courses = 🛠 Courses
subscriptions-topic-admission = 🏫 College admission
subscriptions-sub-instant = How often: right away, as soon as something new appears.
subscriptions-sub-daily = How often: one daily digest at { $hour }.
subscriptions-sub-sector = Sector: { $sector }
subscriptions-sub-working-yes = Working professions only: yes
subscriptions-sub-working-no = Working professions only: no
subscriptions-btn-instant = ⚡ Right away
subscriptions-btn-daily = 📰 Daily digest
subscriptions-btn-sector = 🏭 Sector: { $sector }
subscriptions-btn-working = Working professions only
subscriptions-btn-delete = 🗑 Unsubscribe
subscriptions-sector-any = any
subscriptions-sectors-title = Which sector's vacancies should I send you?
subscriptions-quiet-title =
    <b>🌙 Quiet hours</b>
    During quiet hours I send nothing that can wait — it arrives when they end.
subscriptions-quiet-off = 🔔 Off — send at any time
subscriptions-subscribed = 🔔 Subscribed
subscriptions-unsubscribed = 🔕 Unsubscribed
subscriptions-saved = ✅ Saved
subscriptions-gone = This subscription no longer exists.
subscriptions-stop-done = 🔕 Done: you are unsubscribed from everything.
subscriptions-stop-removed = Removed:
subscriptions-stop-watches = { $count ->
    [one] a reminder about { $count } event or course
   *[other] reminders about { $count } events and courses
}
subscriptions-stop-nothing = You had no subscriptions or reminders — there was nothing to remove.
subscriptions-stop-again = To subscribe again: /subscriptions
subscriptions-remind-on = 🔔 Remind me
subscriptions-remind-off = 🔕 Don't remind
subscriptions-remind-event-set = 🔔 I will remind you the day before and shortly before it starts.
subscriptions-remind-course-set = 🔔 I will remind you the day before registration closes.
subscriptions-remind-unset = 🔕 OK, no reminder.
