## Қызметкер панелі, рөлі бар адамдар, шақырулар, /stats
staff-role-admin = 🛡 Әкімші
staff-role-staff = 🏛 Өңір қызметкері — { $region }
staff-role-coordinator-course = 🎓 Курс үйлестірушісі — { $course }
staff-role-coordinator-provider = 🎓 Барлық курстардың үйлестірушісі: { $provider }

staff-command-panel = Қызметкер панелі
staff-command-stats = Статистика
staff-command-staff = Рөлі бар адамдар
staff-command-invite = Қызметкерді не үйлестірушіні шақыру
staff-command-courses = Курстарым мен өтінімдер

staff-panel-title = 🛠 <b>Қызметкер панелі</b>
staff-panel-title-admin = 🛠 <b>Қызметкер панелі</b> · әкімші
staff-panel-regions = Өңірлер: { $regions }
staff-panel-all-regions = барлық өңір
staff-panel-events = 📅 Іс-шаралар
staff-panel-new-broadcast = ✉️ Жаңа тарату
staff-panel-broadcasts = 📨 Таратулар
staff-panel-import = 📥 CSV импорттау
staff-panel-stats = 📊 Статистика
staff-panel-invite = 🔗 Шақыру
staff-panel-people = 👥 Адамдар
staff-back-panel = ‹ Қызметкер панелі

staff-people-title = 👥 <b>Рөлі бар адамдар</b>: { $total }
staff-people-config-admin = 🛡 Әкімші (ADMIN_IDS баптауы)
staff-people-empty = Әзірге ешкімде рөл жоқ. Шақыру сілтемесін жіберіңіз.
staff-people-hint = Рөлді қайтарып алу үшін коды бар ✖ түймесін басыңыз.
staff-revoke-confirm = { $person } адамынан <b>{ $role }</b> рөлін қайтарып аласыз ба?
staff-revoke-yes = ✖ Иә, қайтарып алу
staff-revoke-no = Бас тарту
staff-revoked = ✅ Рөл қайтарып алынды.
staff-revoke-gone = Бұл рөл бұрын қайтарып алынған.
staff-revoke-own-admin = Өз әкімші рөліңізді қайтарып ала алмайсыз.

staff-invite-choose-role = 🔗 <b>Жаңа шақыру</b>
    Кімді шақырасыз?
staff-invite-as-staff = 🏛 Өңір қызметкерін
staff-invite-as-coordinator = 🎓 Курс үйлестірушісін
staff-invite-choose-region = Ол қай өңірде жұмыс істейді?
staff-invite-choose-scope = Ұйымның барлық курсының үйлестірушісі ме, әлде бір курстың ба?
staff-invite-by-provider = 🏫 Ұйымның барлық курсы
staff-invite-by-course = 📘 Бір курс
staff-invite-choose-provider = Ұйымды таңдаңыз:
staff-invite-choose-course = Курсты таңдаңыз:
staff-invite-nothing-to-choose = Әзірге таңдайтын ештеңе жоқ.
staff-invite-scope-unknown = Бұл нұсқа енді қолжетімсіз.
staff-invite-created = 🔗 <b>Шақыру: { $role }</b>
    Осы сілтемені адамға жіберіңіз:
    { $link }
    Ол бір рет қана, { $expires } дейін жарамды.
staff-invite-revoke = ✖ Шақыруды қайтарып алу
staff-invite-revoked = ✖ Шақыру қайтарып алынды, сілтеме енді жұмыс істемейді.
staff-invite-revoke-unknown = Бұл шақыру енді жоқ.
staff-invite-revoke-used = Шақыру пайдаланылып қойған — рөлді /staff арқылы қайтарып алыңыз.
staff-invite-revoke-revoked = Бұл шақыру бұрын қайтарып алынған.

staff-invite-accepted = ✅ Командаға қош келдіңіз! Сіздің рөліңіз: <b>{ $role }</b>.
staff-invite-accepted-already = ✅ Бұл рөл сізде бұрыннан бар: <b>{ $role }</b>.
staff-invite-hint-staff = Барлық құрал қызметкер панелінде (/panel).
staff-invite-hint-coordinator = Курстарыңыз бен өтінімдер /courses бөлімінде.
staff-invite-open-panel = 🛠 Қызметкер панелін ашу
staff-invite-refused-unknown = Шақыру сілтемесі жарамсыз. Жаңасын сұраңыз.
staff-invite-refused-used = Бұл сілтеме пайдаланылып қойған. Жаңасын сұраңыз.
staff-invite-refused-expired = Сілтеменің мерзімі өтіп кеткен. Жаңасын сұраңыз.
staff-invite-refused-revoked = Шақыру қайтарып алынған. Жаңасын сұраңыз.
staff-invite-accepted-notice = ✅ { $person } шақыруыңызды қабылдады: <b>{ $role }</b>.

staff-stats-title = 📊 <b>Статистика</b> · { $scope }
staff-stats-users = 👥 Пайдаланушылар: { $total } · белсенді { $active } · 7 күнде жаңа { $recent }
staff-stats-subscribers = 🔔 Белсенді жазылушылар: { $count }
staff-stats-signups = 📝 Курсқа өтінімдер: { $counts }
staff-stats-deliveries = ✉️ Соңғы { $days } күндегі хабарламалар: { $counts }
staff-stats-regions = <b>Өңірлер бойынша</b> (👥 пайдаланушылар · 🔔 жазылушылар · 📝 өтінімдер · 📅 алдағы іс-шаралар)
staff-stats-region-line = { $region }: 👥 { $users } · 🔔 { $subscribers } · 📝 { $signups } · 📅 { $events }
staff-stats-trend = <b>Соңғы 7 күн</b> (👥 жаңа пайдаланушылар · 📝 өтінімдер · ✉️ жіберілген хабарламалар)
staff-stats-trend-line = { $day }: 👥 { $users } · 📝 { $signups } · ✉️ { $sent }
staff-stats-legend = <i>Пайдаланушылар өздері таңдаған өңірде, өтінімдер мен іс-шаралар курстың не іс-шараның өңірінде саналады.</i>
staff-stats-refresh = 🔄 Жаңарту
staff-delivery-pending = кезекте
staff-delivery-sending = жіберілуде
staff-delivery-sent = жіберілді
staff-delivery-failed = қате
staff-delivery-blocked = ботты бұғаттаған
staff-delivery-cancelled = тоқтатылды
