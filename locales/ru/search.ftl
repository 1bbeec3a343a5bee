## Поиск
search-prompt =
    🔎 <b>Поиск</b>
    Напишите, что ищете, — профессию, курс, ярмарку или специальность колледжа. Например: «сварщик», «дәнекерлеуші», «welder», «повар».
search-too-short = ✏️ Напишите хотя бы одно слово из двух и более букв — например, «сварщик», «дәнекерлеуші» или «welder».
search-results-title = 🔎 Результаты по запросу «{ $query }»
search-scope-region = 📍 Регион: { $region }
search-scope-all = 🌍 Все регионы
search-section-vacancies = 💼 <b>Вакансии</b> — { $count }
search-section-events = 📅 <b>Ярмарки и события</b> — { $count }
search-section-courses = 🛠 <b>Курсы</b> — { $count }
search-section-specialties = 🎓 <b>Специальности колледжей</b> — { $count }
search-count-partial = { $shown } из { $total }
search-course-starts = старт { $date }
search-course-free = бесплатно
search-course-paid = платно
search-more-colleges = { $count ->
    [one] … и ещё { $count } колледж
    [few] … и ещё { $count } колледжа
   *[many] … и ещё { $count } колледжей
}
search-all-colleges = 🎓 { $specialty } — все колледжи ({ $count })
search-nothing-found = 🤷 По запросу «{ $query }» ничего не нашлось. Попробуйте другое или более короткое слово (например, «свар» вместо «сварщики») или откройте раздел ниже.
search-all-regions = 🌍 Искать во всех регионах
search-my-region = 📍 Только мой регион
search-query-lost = Я уже не помню ваш последний запрос — напишите его, пожалуйста, ещё раз.
