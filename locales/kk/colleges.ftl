## Колледждер: тізім
colleges-list-title = 🏫 <b>Колледждер — { $region }</b>
colleges-list-working = 🔧 Тек жұмысшы мамандықтарына оқытатын колледждер мен сол мамандықтар көрсетілген.
colleges-list-total = Барлығы: { $count } колледж
colleges-list-empty = Бұл өңірдің колледждері каталогқа әлі енгізілмеген.
colleges-list-empty-working = Бұл өңірде жұмысшы мамандықтарына оқытатын колледж әзірге табылмады.
colleges-specialties-count = { $count } мамандық
colleges-dual-badge = 🤝 дуалды оқыту
colleges-filter-working = 🔧 Тек жұмысшы мамандықтары
colleges-find-specialty = 🔎 Мамандықты табу
colleges-back-to-list = ‹ Колледждер тізімі
colleges-find-text =
    🔎 <b>Мамандықты іздеу</b>
    Мамандықтың атауын чатқа жазыңыз — мысалы, «дәнекерлеу», «сварщик» немесе «welder». Өңіріңіздегі қай колледждер оған оқытатынын, мемлекеттік тапсырыс орындары мен дуалды оқытуды, сондай-ақ осы сөз бойынша бос жұмыс орындары мен курстарды көрсетемін.

## Колледждер: карточка
colleges-card-students = 👥 Студенттер саны: { $count }
colleges-card-dual = 🤝 Серіктес кәсіпорындармен дуалды оқыту
colleges-card-specialties = <b>Мамандықтар</b>: { $count }
colleges-card-specialties-working = <b>Жұмысшы мамандықтары</b>: { $count }
colleges-card-no-specialties = Колледж мамандықтарын әлі көрсетпеген.
colleges-card-no-working = Бұл колледжде жұмысшы мамандықтары жоқ. Барлық мамандықтарды көру үшін сүзгіні өшіріңіз.
colleges-working-badge = 🔧 жұмысшы мамандығы
colleges-qualifications = Біліктіліктер: { $list }
colleges-base-grade9 = 9-сынып негізінде
colleges-base-grade11 = 11-сынып негізінде
colleges-form-full_time = күндізгі оқу
colleges-form-part_time = сырттай оқу
colleges-form-evening = кешкі оқу
colleges-duration-years = { $count } жыл
colleges-duration-months = { $count } ай
colleges-places = Мемлекеттік тапсырыс орындары: { $state } · ақылы: { $paid }
colleges-languages = оқыту тілі: { $list }
colleges-lang-kk = қазақ
colleges-lang-ru = орыс
colleges-lang-en = ағылшын

## Колледждер: бір мамандық
colleges-spec-title = 🎓 <b>{ $specialty }</b> · { $code }
colleges-spec-scope = Оқытатын колледждер ({ $scope }): { $count }
colleges-scope-all = барлық өңірлер
colleges-spec-empty = Бұл мамандыққа оқытатын колледж табылмады.
