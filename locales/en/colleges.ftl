## Colleges: list
colleges-list-title = 🏫 <b>Colleges — { $region }</b>
colleges-list-working = 🔧 Only colleges and specialties of working professions.
colleges-list-total = Colleges: { $count }
colleges-list-empty = The colleges of this region are not in the catalog yet.
colleges-list-empty-working = No college of this region teaching working professions has been found yet.
colleges-specialties-count = { $count ->
    [one] { $count } specialty
   *[other] { $count } specialties
}
colleges-dual-badge = 🤝 dual education
colleges-filter-working = 🔧 Working professions only
colleges-find-specialty = 🔎 Find a specialty
colleges-back-to-list = ‹ List of colleges
colleges-find-text =
    🔎 <b>Find a specialty</b>
    Just type its name in the chat — for example «сварщик», «дәнекерлеу» or «welder». I will show which colleges of your region teach it, with state-funded places and dual education, and also vacancies and courses for the same word.

## Colleges: card
colleges-card-students = 👥 Students: { $count }
colleges-card-dual = 🤝 Dual education with partner enterprises
colleges-card-specialties = <b>Specialties</b>: { $count }
colleges-card-specialties-working = <b>Working-profession specialties</b>: { $count }
colleges-card-no-specialties = The college has not listed its specialties yet.
colleges-card-no-working = This college has no working-profession specialties. Turn the filter off to see all of them.
colleges-working-badge = 🔧 working profession
colleges-qualifications = Qualifications: { $list }
colleges-base-grade9 = after grade 9
colleges-base-grade11 = after grade 11
colleges-form-full_time = full-time
colleges-form-part_time = part-time
colleges-form-evening = evening classes
colleges-duration-years = { $count ->
    [one] { $count } year
   *[other] { $count } years
}
colleges-duration-months = { $count ->
    [one] { $count } month
   *[other] { $count } months
}
colleges-places = State-funded places: { $state } · paid: { $paid }
colleges-languages = language of instruction: { $list }
colleges-lang-kk = Kazakh
colleges-lang-ru = Russian
colleges-lang-en = English

## Colleges: one specialty
colleges-spec-title = 🎓 <b>{ $specialty }</b> · { $code }
colleges-spec-scope = Colleges teaching it ({ $scope }): { $count }
colleges-scope-all = all regions
colleges-spec-empty = No college teaches this specialty here.
