## Short courses — list
courses-list-title = 🛠 <b>Краткосрочные курсы</b> · { $region }
courses-list-intro = Ближайшие курсы, сначала те, что начинаются раньше. Онлайн-курсы других регионов тоже здесь.
courses-list-found = Найдено курсов: { $count }
courses-list-hint = Нажмите номер, чтобы открыть курс.
courses-list-empty = По этим фильтрам ближайших курсов нет. Выберите другую отрасль или сбросьте фильтры.
courses-list-empty-region = В вашем регионе пока нет ближайших курсов. Загляните позже.
courses-list-seats = 🪑 мест: { $count }
courses-list-waitlist = ⏳ только лист ожидания
courses-list-closed = ⛔ запись закрыта
courses-all = 🛠 Все курсы
courses-back-to-list = ‹ К списку курсов

## Formats and prices
courses-format-online = Онлайн
courses-format-offline = Очно
courses-format-hybrid = Смешанный
courses-free = Бесплатно
courses-paid = Платно

## Filters (the button shows the current state; tapping switches to the next one)
courses-filter-price-any = 💰 Любая цена
courses-filter-price-free = ✅ Бесплатные
courses-filter-price-paid = ✅ Платные
courses-filter-format-any = 🖥 Любой формат
courses-filter-format-online = ✅ Онлайн
courses-filter-format-offline = ✅ Очно
courses-filter-sector-any = 🗂 Все отрасли
courses-filter-sector = ✅ { $sector }
courses-filter-clear = ✖️ Сбросить фильтры
courses-sectors-title = <b>Выберите отрасль</b>
    В скобках — число ближайших курсов.
courses-sectors-empty = С такими фильтрами ближайших курсов нет ни в одной отрасли.
courses-sectors-all = Все отрасли

## Course card
courses-card-provider = 🏢 { $provider }
courses-card-sector = 🗂 { $sector }
courses-card-format = Формат: { $format }
courses-card-price-free = 💰 Бесплатно
courses-card-price = 💰 Стоимость: { $price }
courses-card-price-unknown = 💰 Платно — стоимость уточняйте в учебном центре
courses-card-duration = ⏱ Длительность: { $weeks ->
    [one] { $weeks } неделя
    [few] { $weeks } недели
    [many] { $weeks } недель
   *[other] { $weeks } недели
}
courses-card-duration-hours = ⏱ Длительность: { $weeks ->
    [one] { $weeks } неделя
    [few] { $weeks } недели
    [many] { $weeks } недель
   *[other] { $weeks } недели
}, всего { $hours ->
    [one] { $hours } час
    [few] { $hours } часа
    [many] { $hours } часов
   *[other] { $hours } часа
}
courses-card-starts = 📅 Начало: { $date }
courses-card-deadline = 📝 Запись до { $date }
courses-card-deadline-passed = ⛔ Запись закрыта (срок истёк { $date })
courses-card-region = 🗺 { $region }
courses-card-place = 📍 { $place }
courses-card-age = 👤 Возраст: от { $min } до { $max }
courses-card-seats = 🪑 Свободных мест: { $left } из { $capacity }
courses-card-no-seats = 🪑 Мест нет — только лист ожидания
courses-unavailable = Этот курс больше недоступен: он уже начался или снят с публикации. Посмотрите другие курсы!
