## Fairs and events
events-title-my = 📅 <b>Fairs and events</b> · { $region }
events-title-all = 📅 <b>Fairs and events</b> · all regions
events-scope-my = 📍 My region
events-scope-all = 🌍 All regions
events-list-hint = Tap a number to see the details.
events-list-empty-my = No upcoming fairs or events in your region yet. Have a look at “🌍 All regions” — there may be something nearby.
events-list-empty-all = No upcoming fairs or events yet. Check back later!

events-kind-job_fair = Job fair
events-kind-open_day = Open day
events-kind-forum = Forum
events-kind-competition = Competition
events-kind-festival = Festival
events-kind-excursion = Excursion
events-kind-masterclass = Master class
events-kind-other = Event

events-card-when = 🕘 { $when }
events-card-where = 📍 { $place }
events-card-region = 🗺 { $region }
events-card-expected-vacancies = 💼 Vacancies expected: { $count }
events-card-expected-employers = 🏢 Employers expected: { $count }
events-btn-map = 📍 Show on map
events-btn-calendar = 🗓 Add to calendar
events-btn-vacancies = 💼 Vacancies at this fair ({ $count })
events-btn-back-list = ‹ Back to events
events-btn-back-card = ‹ Back to the event

events-cancelled = ❌ “{ $title }” has been cancelled. See the list for other fairs and events.
events-no-location = The venue has not been put on the map yet.
events-ics-caption = 🗓 Open the file to add “{ $title }” to your calendar.
events-ics-failed = Could not prepare the calendar file. Please try again later.

events-fair-vacancies-title =
    💼 <b>Vacancies at the fair</b>
    { $title }
events-fair-vacancies-hint = Tap a number to open the vacancy.
events-fair-vacancies-empty = There are no open vacancies for this fair in the bot yet.
events-positions =
    { $count ->
        [one] { $count } opening
       *[other] { $count } openings
    }
