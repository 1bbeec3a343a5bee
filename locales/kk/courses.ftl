## Short courses — list
courses-list-title = 🛠 <b>Қысқа мерзімді курстар</b> · { $region }
courses-list-intro = Жақын арада басталатын курстар — ең алдымен ерте басталатындары. Басқа өңірлердің онлайн курстары да осында.
courses-list-found = Табылған курстар: { $count }
courses-list-hint = Курсты ашу үшін нөмірін басыңыз.
courses-list-empty = Бұл сүзгілер бойынша жақын курстар жоқ. Басқа саланы таңдаңыз немесе сүзгілерді тазалаңыз.
courses-list-empty-region = Өңіріңізде әзірге жақын арада басталатын курстар жоқ. Кейінірек қайта қараңыз.
courses-list-seats = 🪑 { $count } бос орын
courses-list-waitlist = ⏳ тек күту тізімі
courses-list-closed = ⛔ тіркеу жабық
courses-all = 🛠 Барлық курстар
courses-back-to-list = ‹ Курстар тізіміне

## Formats and prices
courses-format-online = Онлайн
courses-format-offline = Бетпе-бет
courses-format-hybrid = Аралас
courses-free = Тегін
courses-paid = Ақылы

## Filters (the button shows the current state; tapping switches to the next one)
courses-filter-price-any = 💰 Кез келген баға
courses-filter-price-free = ✅ Тегін
courses-filter-price-paid = ✅ Ақылы
courses-filter-format-any = 🖥 Кез келген формат
courses-filter-format-online = ✅ Онлайн
courses-filter-format-offline = ✅ Бетпе-бет
courses-filter-sector-any = 🗂 Барлық салалар
courses-filter-sector = ✅ { $sector }
courses-filter-clear = ✖️ Сүзгілерді тазалау
courses-sectors-title = <b>Саланы таңдаңыз</b>
    Жақшада — жақын арада басталатын курстар саны.
courses-sectors-empty = Бұл сүзгілермен ешбір салада жақын курстар жоқ.
courses-sectors-all = Барлық салалар

## Course card
courses-card-provider = 🏢 { $provider }
courses-card-sector = 🗂 { $sector }
courses-card-format = Оқу форматы: { $format }
courses-card-price-free = 💰 Тегін
courses-card-price = 💰 Құны: { $price }
courses-card-price-unknown = 💰 Ақылы — құнын оқу орталығынан нақтылаңыз
courses-card-duration = ⏱ Ұзақтығы: { $weeks } апта
courses-card-duration-hours = ⏱ Ұзақтығы: { $weeks } апта, барлығы { $hours } сағат
courses-card-starts = 📅 Басталуы: { $date }
courses-card-deadline = 📝 Тіркеудің соңғы күні: { $date }
courses-card-deadline-passed = ⛔ Тіркеу жабылды (соңғы күні: { $date })
courses-card-region = 🗺 { $region }
courses-card-place = 📍 { $place }
courses-card-age = 👤 Жасы: { $min }–{ $max }
courses-card-seats = 🪑 Бос орын: { $left } (барлығы { $capacity })
courses-card-no-seats = 🪑 Бос орын қалмады — тек күту тізімі
courses-unavailable = Бұл курс енді қолжетімсіз: ол басталып кетті немесе тізімнен алынды. Басқа курстарды қараңыз!
