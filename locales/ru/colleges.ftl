## Колледжи: список
colleges-list-title = 🏫 <b>Колледжи — { $region }</b>
colleges-list-working = 🔧 Только колледжи и специальности рабочих профессий.
colleges-list-total = Всего колледжей: { $count }
colleges-list-empty = Колледжей этого региона в каталоге пока нет.
colleges-list-empty-working = В этом регионе пока не найдено колледжей, обучающих рабочим профессиям.
colleges-specialties-count = { $count ->
    [one] { $count } специальность
    [few] { $count } специальности
   *[many] { $count } специальностей
}
colleges-dual-badge = 🤝 дуальное обучение
colleges-filter-working = 🔧 Только рабочие профессии
colleges-find-specialty = 🔎 Найти специальность
colleges-back-to-list = ‹ Список колледжей
colleges-find-text =
    🔎 <b>Поиск специальности</b>
    Просто напишите её название в чат — например, «сварщик», «дәнекерлеу» или «welder». Покажу, в каких колледжах вашего региона ей учат, с бюджетными местами и дуальным обучением, а заодно вакансии и курсы по этому слову.

## Колледжи: карточка
colleges-card-students = 👥 Студентов: { $count }
colleges-card-dual = 🤝 Дуальное обучение с предприятиями-партнёрами
colleges-card-specialties = <b>Специальности</b>: { $count }
colleges-card-specialties-working = <b>Специальности рабочих профессий</b>: { $count }
colleges-card-no-specialties = Колледж пока не указал свои специальности.
colleges-card-no-working = В этом колледже нет специальностей рабочих профессий. Отключите фильтр, чтобы увидеть все.
colleges-working-badge = 🔧 рабочая профессия
colleges-qualifications = Квалификации: { $list }
colleges-base-grade9 = на базе 9 классов
colleges-base-grade11 = на базе 11 классов
colleges-form-full_time = очная форма
colleges-form-part_time = заочная форма
colleges-form-evening = вечерняя форма
colleges-duration-years = { $count ->
    [one] { $count } год
    [few] { $count } года
   *[many] { $count } лет
}
colleges-duration-months = { $count ->
    [one] { $count } месяц
    [few] { $count } месяца
   *[many] { $count } месяцев
}
colleges-places = Бюджетных мест: { $state } · платных: { $paid }
colleges-languages = язык обучения: { $list }
colleges-lang-kk = казахский
colleges-lang-ru = русский
colleges-lang-en = английский

## Колледжи: одна специальность
colleges-spec-title = 🎓 <b>{ $specialty }</b> · { $code }
colleges-spec-scope = Колледжи, где ей учат ({ $scope }): { $count }
colleges-scope-all = все регионы
colleges-spec-empty = Колледжей с этой специальностью здесь не найдено.
