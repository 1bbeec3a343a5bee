## Vacancies: list and filters
vacancies-list-title = 💼 <b>Бос жұмыс орындары</b> · { $region }
vacancies-list-count = Ашық бос орындар саны: { $count }
vacancies-filter-sector = 🏷 Сала: { $sector }
vacancies-sector-all = барлығы
vacancies-filter-working = 🔧 Тек жұмысшы мамандықтар
vacancies-empty-filtered = Таңдалған сүзгілер бойынша ашық бос орын табылмады. Сүзгілерді алып тастап көріңіз — басқа салаларда бос орындар болуы мүмкін.
vacancies-empty = Қазір { $region } бойынша ашық бос орын жоқ. Кейінірек қайта кіріп көріңіз немесе бос жұмыс орындары жәрмеңкелерін қараңыз — жұмыс берушілер бос орындарын сонда ұсынады.
vacancies-clear-filters = ✖️ Сүзгілерді алып тастау
vacancies-sectors-title =
    <b>Саланы таңдаңыз</b>
    Жақшадағы сан — { $region } бойынша ашық бос орындар саны.
vacancies-sector-any = Кез келген сала
vacancies-back-to-list = ‹ Тізімге оралу

## Salary and schedule
vacancies-salary-range = { $min } – { $max }
vacancies-salary-from = { $min } бастап
vacancies-salary-upto = { $max } дейін
vacancies-salary-negotiable = келісім бойынша
vacancies-schedule-full_time = толық жұмыс күні
vacancies-schedule-part_time = толық емес жұмыс күні
vacancies-schedule-shift = ауысымдық кесте
vacancies-schedule-rotation = вахталық әдіс
vacancies-schedule-remote = қашықтан жұмыс

## Vacancy card
vacancies-card-working = 🔧 Жұмысшы мамандық
vacancies-card-positions = 👥 Орын саны: { $count }
vacancies-card-salary = 💰 Жалақы: { $salary }
vacancies-card-schedule = 🕒 Жұмыс кестесі: { $schedule }
vacancies-card-requirements = <b>Талаптар</b>
vacancies-card-posted = 🗓 Жарияланған күні: { $date }
vacancies-card-until = ⏳ Өтінім қабылдаудың соңғы күні: { $date }
vacancies-card-fair = 📅 Бұл бос орын «{ $title }» жәрмеңкесінде ұсынылады: { $date }
vacancies-card-fair-button = 📅 Жәрмеңке: { $title }
vacancies-card-apply = <b>Қалай өтінім беруге болады</b>
vacancies-card-apply-none = Жұмыс беруші байланыс деректерін қалдырмаған. Ауданыңыздағы жұмыспен қамту орталығына хабарласыңыз.
vacancies-closed = Бұл бос орын жабылды — өтінім қабылдаудың соңғы күні { $date } болатын. Басқа ашық бос орындарды қараңыз.
