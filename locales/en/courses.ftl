## Short courses — list
courses-list-title = 🛠 <b>Short courses</b> · { $region }
courses-list-intro = Upcoming courses, soonest first. Online courses from other regions are included too.
courses-list-found = Courses found: { $count }
courses-list-hint = Tap a number to open a course.
courses-list-empty = No upcoming courses match these filters. Try another sector or clear the filters.
courses-list-empty-region = There are no upcoming courses in your region yet. Please check back later.
courses-list-seats = 🪑 { $count } left
courses-list-waitlist = ⏳ waitlist only
courses-list-closed = ⛔ registration closed
courses-all = 🛠 All courses
courses-back-to-list = ‹ Back to courses

## Formats and prices
courses-format-online = Online
courses-format-offline = In person
courses-format-hybrid = Hybrid
courses-free = Free
courses-paid = Paid

## Filters (the button shows the current state; tapping switches to the next one)
courses-filter-price-any = 💰 Any price
courses-filter-price-free = ✅ Free
courses-filter-price-paid = ✅ Paid
courses-filter-format-any = 🖥 Any format
courses-filter-format-online = ✅ Online
courses-filter-format-offline = ✅ In person
courses-filter-sector-any = 🗂 All sectors
courses-filter-sector = ✅ { $sector }
courses-filter-clear = ✖️ Clear filters
courses-sectors-title = <b>Choose a sector</b>
    The number of upcoming courses is in brackets.
courses-sectors-empty = There are no upcoming courses with these filters in any sector.
courses-sectors-all = All sectors

## Course card
courses-card-provider = 🏢 { $provider }
courses-card-sector = 🗂 { $sector }
courses-card-format = Format: { $format }
courses-card-price-free = 💰 Free of charge
courses-card-price = 💰 Price: { $price }
courses-card-price-unknown = 💰 Paid — ask the training centre about the price
courses-card-duration = ⏱ Duration: { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
}
courses-card-duration-hours = ⏱ Duration: { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
}, { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
} in total
courses-card-starts = 📅 Starts: { $date }
courses-card-deadline = 📝 Registration until { $date }
courses-card-deadline-passed = ⛔ Registration is closed (the deadline was { $date })
courses-card-region = 🗺 { $region }
courses-card-place = 📍 { $place }
courses-card-age = 👤 Age: { $min }–{ $max }
courses-card-seats = 🪑 { $left } of { $capacity } seats left
courses-card-no-seats = 🪑 No seats left — waitlist only
courses-unavailable = This course is no longer available: it has already started or has been withdrawn. Have a look at other courses!
