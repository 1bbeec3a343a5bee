## Reminders and subscription news (src/bot/notifications/reminders.ts)
reminders-event = ⏰ <b>Reminder</b>: «{ $title }» starts { $when }.
    Where: { $place }
reminders-event-new = 🆕 <b>New event</b>: «{ $title }»
    When: { $when }
    Where: { $place }
reminders-course-new = 🆕 <b>New course</b>: «{ $title }»
    Starts { $starts }; sign-up until { $deadline }.
reminders-vacancy-new = 🆕 <b>New vacancy</b>: { $title } — { $employer }
    Open until { $until }.
reminders-course-start = 🎓 <b>Your course starts tomorrow</b>: «{ $title }», { $when }.
    Where: { $place }
    Good luck!
reminders-course-changed = 🗓 <b>New start</b> of the course «{ $title }» you applied for:
    was: <s>{ $was }</s>
    now: <b>{ $now }</b>
    Where: { $place }
reminders-course-moved = 📍 <b>New place</b> of the course «{ $title }» you applied for:
    was: <s>{ $wasPlace }</s>
    now: <b>{ $place }</b>
    Starts: { $now }
reminders-course-changed-both = 🔁 <b>New start and place</b> of the course «{ $title }» you applied for:
    when: <s>{ $was }</s> → <b>{ $now }</b>
    where: <s>{ $wasPlace }</s> → <b>{ $place }</b>
reminders-deadline = ⏳ Sign-up for «{ $title }» closes <b>{ $deadline }</b>. There is still time to apply!
reminders-digest-events = 🗞 <b>New events of the day</b>
reminders-digest-courses = 🗞 <b>New courses of the day</b>
reminders-digest-vacancies = 🗞 <b>New vacancies of the day</b>
reminders-digest-until = until { $date }
reminders-open-event = 📅 Open the event
reminders-open-course = 🛠 Open the course
reminders-open-vacancy = 💼 Open the vacancy
reminders-sign-up = 📝 Sign up
reminders-manage = 🔔 My subscriptions
