## Vacancies: list and filters
vacancies-list-title = 💼 <b>Vacancies</b> · { $region }
vacancies-list-count = { $count ->
    [one] { $count } open vacancy
   *[other] { $count } open vacancies
}
vacancies-filter-sector = 🏷 Sector: { $sector }
vacancies-sector-all = all
vacancies-filter-working = 🔧 Working professions only
vacancies-empty-filtered = No open vacancies match these filters. Try clearing them — there may be vacancies in other sectors.
vacancies-empty = There are no open vacancies in { $region } right now. Check back soon, or look at the job fairs — employers bring their vacancies there.
vacancies-clear-filters = ✖️ Clear filters
vacancies-sectors-title =
    <b>Choose a sector</b>
    The number in brackets is how many vacancies are open in { $region }.
vacancies-sector-any = Any sector
vacancies-back-to-list = ‹ Back to the list

## Salary and schedule
vacancies-salary-range = { $min } – { $max }
vacancies-salary-from = from { $min }
vacancies-salary-upto = up to { $max }
vacancies-salary-negotiable = by agreement
vacancies-schedule-full_time = full-time
vacancies-schedule-part_time = part-time
vacancies-schedule-shift = shift work
vacancies-schedule-rotation = rotation (fly-in/fly-out)
vacancies-schedule-remote = remote

## Vacancy card
vacancies-card-working = 🔧 Working profession
vacancies-card-positions = 👥 { $count ->
    [one] { $count } position
   *[other] { $count } positions
}
vacancies-card-salary = 💰 Salary: { $salary }
vacancies-card-schedule = 🕒 Schedule: { $schedule }
vacancies-card-requirements = <b>Requirements</b>
vacancies-card-posted = 🗓 Posted: { $date }
vacancies-card-until = ⏳ Open until: { $date }
vacancies-card-fair = 📅 Offered at the job fair “{ $title }”: { $date }
vacancies-card-fair-button = 📅 Fair: { $title }
vacancies-card-apply = <b>How to apply</b>
vacancies-card-apply-none = The employer has not left contacts. Ask at the employment centre of your district.
vacancies-closed = This vacancy is closed — the last day to apply was { $date }. Have a look at the other open vacancies.
