## Vacancies: list and filters
vacancies-list-title = 💼 <b>Вакансии</b> · { $region }
vacancies-list-count = { $count ->
    [one] Открыта { $count } вакансия
    [few] Открыто { $count } вакансии
   *[many] Открыто { $count } вакансий
}
vacancies-filter-sector = 🏷 Отрасль: { $sector }
vacancies-sector-all = все
vacancies-filter-working = 🔧 Только рабочие профессии
vacancies-empty-filtered = По этим фильтрам открытых вакансий нет. Попробуйте сбросить фильтры — в других отраслях вакансии могут быть.
vacancies-empty = В вашем регионе ({ $region }) сейчас нет открытых вакансий. Загляните позже или посмотрите ярмарки вакансий — там работодатели предлагают свои вакансии.
vacancies-clear-filters = ✖️ Сбросить фильтры
vacancies-sectors-title =
    <b>Выберите отрасль</b>
    В скобках — сколько вакансий открыто в вашем регионе ({ $region }).
vacancies-sector-any = Любая отрасль
vacancies-back-to-list = ‹ К списку

## Salary and schedule
vacancies-salary-range = { $min } – { $max }
vacancies-salary-from = от { $min }
vacancies-salary-upto = до { $max }
vacancies-salary-negotiable = по договорённости
vacancies-schedule-full_time = полная занятость
vacancies-schedule-part_time = частичная занятость
vacancies-schedule-shift = сменный график
vacancies-schedule-rotation = вахтовый метод
vacancies-schedule-remote = удалённая работа

## Vacancy card
vacancies-card-working = 🔧 Рабочая профессия
vacancies-card-positions = 👥 Количество мест: { $count }
vacancies-card-salary = 💰 Зарплата: { $salary }
vacancies-card-schedule = 🕒 График: { $schedule }
vacancies-card-requirements = <b>Требования</b>
vacancies-card-posted = 🗓 Опубликовано: { $date }
vacancies-card-until = ⏳ Последний день приёма откликов: { $date }
vacancies-card-fair = 📅 Вакансия представлена на ярмарке «{ $title }»: { $date }
vacancies-card-fair-button = 📅 Ярмарка: { $title }
vacancies-card-apply = <b>Как откликнуться</b>
vacancies-card-apply-none = Работодатель не оставил контактов. Обратитесь в центр занятости вашего района.
vacancies-closed = Эта вакансия закрыта (последний день приёма откликов — { $date }). Посмотрите другие открытые вакансии.
