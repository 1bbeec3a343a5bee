## Жазылымдар: бот өзі хабарлайтын нәрселер
subscriptions-menu = 🔔 Жазылымдар
subscriptions-title = <b>🔔 Жазылымдар</b>
subscriptions-intro = Сіз таңдаған өңірлердегі жаңа бос жұмыс орындары, жәрмеңкелер, курстар және колледжге қабылдау туралы хабарлаймын.
subscriptions-empty = Әзірге жазылым жоқ. Төменнен өңірді таңдаңыз.
subscriptions-list-hint = Жазылымды өзгерту үшін нөмірін басыңыз.
subscriptions-freq-instant-short = ⚡ бірден
subscriptions-freq-daily-short = 📰 күн сайын, сағат { $hour }
subscriptions-filter-sector = сала: { $sector }
subscriptions-filter-working = тек жұмысшы мамандықтар
subscriptions-quiet-now = 🌙 Тыныш сағаттар: { $hours }
subscriptions-quiet-none = 🌙 Тыныш сағаттар: өшірулі
subscriptions-btn-own = ➕ Жазылу: { $region }
subscriptions-btn-other = 🌍 Басқа өңір
subscriptions-btn-quiet = 🌙 Тыныш сағаттар
subscriptions-btn-stop = 🔕 Барлығынан бас тарту
subscriptions-btn-back = ⬅️ Менің жазылымдарым
subscriptions-btn-back-sub = ⬅️ Жазылымға оралу
subscriptions-btn-settings = ⚙️ Баптау
subscriptions-regions-title = Қай өңірдің жаңалықтарын алғыңыз келеді?
subscriptions-region-title =
    <b>📍 { $region }</b>
    Тақырыпты қосу не өшіру үшін оны басыңыз.
subscriptions-topic-vacancies = 💼 Бос жұмыс орындары
subscriptions-topic-events = 📅 Жәрмеңкелер мен іс-шаралар
subscriptions-topic-courses = 🛠 Курстар
subscriptions-topic-admission = 🏫 Колледжге қабылдау
subscriptions-sub-instant = Қаншалықты жиі: жаңасы пайда болған бойда бірден.
subscriptions-sub-daily = Қаншалықты жиі: күніне бір шолу, сағат { $hour }.
subscriptions-sub-sector = Сала: { $sector }
subscriptions-sub-working-yes = Тек жұмысшы мамандықтар: иә
subscriptions-sub-working-no = Тек жұмысшы мамандықтар: жоқ
subscriptions-btn-instant = ⚡ Бірден
subscriptions-btn-daily = 📰 Күнделікті шолу
subscriptions-btn-sector = 🏭 Сала: { $sector }
subscriptions-btn-working = Тек жұмысшы мамандықтар
subscriptions-btn-delete = 🗑 Жазылымнан бас тарту
subscriptions-sector-any = кез келген
subscriptions-sectors-title = Қай саланың бос жұмыс орындарын жіберейін?
subscriptions-quiet-title =
    <b>🌙 Тыныш сағаттар</b>
    Тыныш сағаттарда күте тұратын ештеңе жібермеймін — хабарлар олар біткен соң келеді.
subscriptions-quiet-off = 🔔 Өшіру — кез келген уақытта жіберу
subscriptions-subscribed = 🔔 Жазылдыңыз
subscriptions-unsubscribed = 🔕 Жазылымнан бас тарттыңыз
subscriptions-saved = ✅ Сақталды
subscriptions-gone = Бұл жазылым енді жоқ.
subscriptions-stop-done = 🔕 Дайын: барлық жазылымнан бас тарттыңыз.
subscriptions-stop-removed = Өшірілді:
subscriptions-stop-watches = { $count ->
   *[other] { $count } іс-шара не курс туралы еске салу
}
subscriptions-stop-nothing = Сізде жазылым да, еске салу да болған жоқ — өшіретін ештеңе жоқ.
subscriptions-stop-again = Қайта жазылу: /subscriptions
subscriptions-remind-on = 🔔 Еске салу
subscriptions-remind-off = 🔕 Еске салмау
subscriptions-remind-event-set = 🔔 Бір күн бұрын және басталар алдында еске саламын.
subscriptions-remind-course-set = 🔔 Жазылу аяқталарынан бір күн бұрын еске саламын.
subscriptions-remind-unset = 🔕 Жарайды, еске салмаймын.
