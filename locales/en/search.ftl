## Search
search-prompt =
    🔎 <b>Search</b>
    Type what you're looking for — a profession, a course, a fair or a college specialty. For example: «сварщик», «дәнекерлеуші», «welder», «cook».
search-too-short = ✏️ Type at least one word of two or more letters — for example «сварщик», «дәнекерлеуші» or «welder».
search-results-title = 🔎 Results for «{ $query }»
search-scope-region = 📍 Region: { $region }
search-scope-all = 🌍 All regions
search-section-vacancies = 💼 <b>Vacancies</b> — { $count }
search-section-events = 📅 <b>Fairs and events</b> — { $count }
search-section-courses = 🛠 <b>Courses</b> — { $count }
search-section-specialties = 🎓 <b>College specialties</b> — { $count }
search-count-partial = { $shown } of { $total }
search-course-starts = starts { $date }
search-course-free = free
search-course-paid = paid
search-more-colleges = { $count ->
    [one] … and { $count } more college
   *[other] … and { $count } more colleges
}
search-all-colleges = 🎓 { $specialty } — all colleges ({ $count })
search-nothing-found = 🤷 Nothing found for «{ $query }». Try another word or a shorter one (e.g. «weld» instead of «welders»), or open a section below.
search-all-regions = 🌍 Search all regions
search-my-region = 📍 Only my region
search-query-lost = I no longer remember your last query — please type it again.
