## Өңір қызметкерлеріне арналған іс-шаралар редакторы (src/bot/features/editor, src/bot/notifications/events.ts)
editor-list-title = 🗂 <b>Іс-шаралар редакторы</b> — { $region }
editor-all-regions = Барлық өңірлерім
editor-list-empty = Алдағы іс-шаралар әзірге жоқ. Алғашқысын жасаңыз!
editor-btn-new = ➕ Жаңа іс-шара
editor-status-draft = жоба
editor-status-published = жарияланды
editor-status-cancelled = тоқтатылды
editor-card-status = Күйі: { $status }
editor-card-languages = Тілдері: { $languages }
editor-btn-preview = 👁 Алдын ала көру
editor-btn-edit = ✏️ Өзгерту
editor-btn-cancel-event = ❌ Іс-шараны тоқтату
editor-btn-back-list = ‹ Іс-шаралар редакторы
editor-btn-back-card = ‹ Іс-шараға оралу
editor-btn-open-card = 🗂 Іс-шараны ашу
editor-cancel-ask = «{ $title }» тоқтатылсын ба? Еске салуды сұрағандардың бәріне бірден хабар барады. Мұны қайтару мүмкін емес.
editor-btn-cancel-yes = Иә, іс-шараны тоқтату
editor-btn-cancel-no = Жоқ, қалдыру
editor-cancelled-toast = Іс-шара тоқтатылды. { $count ->
    [0] Еске салуды ешкім күтпеген.
   *[other] Хабарды { $count } адам алады.
}
editor-already-cancelled = Бұл іс-шара тоқтатылған, оны енді өзгерту мүмкін емес.
editor-expired = Ұзақ үзілістен кейін редактор жабылды. Ештеңе сақталған жоқ — оны /events_admin арқылы қайта ашыңыз.
editor-too-long = ✖️ Өңдеу тым ұзаққа созылды, сондықтан редакторды жаптым; ештеңе сақталған жоқ. Оны /events_admin арқылы қайта ашыңыз.
editor-new-start = ➕ <b>Жаңа іс-шара.</b> Бірнеше сұрақ қоямын; /cancel кез келген сәтте тоқтатады, растамайынша ештеңе сақталмайды.
editor-ask-region = Іс-шара қай өңірде өтеді?
editor-ask-kind = Бұл қандай іс-шара?
editor-use-buttons = Төмендегі батырмамен таңдаңыз.
editor-need-text = Мәтінмен жауап беріңіз.
editor-lang-kk = қазақ тілінде
editor-lang-ru = орыс тілінде
editor-lang-en = ағылшын тілінде
editor-ask-title = Іс-шараның <b>атауы</b> { $language } ({ $max } таңбаға дейін):
editor-ask-description = <b>Сипаттамасы</b> { $language }: не болады, кімге арналған ({ $max } таңбаға дейін):
editor-ask-languages = Жұмыс іздеушілер ботты қазақ, орыс және ағылшын тілінде оқиды. Атауы мен сипаттамасын басқа тілде қосасыз ба? Аудармасы жоқ жерде карточка басқа тілде көрсетіледі.
editor-btn-continue = Әрі қарай ›
editor-ask-venue = <b>Өтетін орны</b>, мысалы «Жастар сарайы» ({ $max } таңбаға дейін):
editor-ask-address = <b>Мекенжайы</b> ({ $max } таңбаға дейін):
editor-ask-city = <b>Қала немесе кент</b>:
editor-ask-location = Жұмыс іздеушілер картадан көруі үшін орынды <b>геонүктемен</b> жіберіңіз (📎 → Геопозиция). Немесе өткізіп жіберіңіз.
editor-need-location = Геонүкте (📎 → Геопозиция) керек немесе «Өткізіп жіберу» батырмасын басыңыз.
editor-ask-start = Қашан <b>басталады</b>? Жергілікті уақыт, мысалы <code>25.12 10:00</code> немесе <code>25.12.2026 10:00</code>.
editor-ask-end = Қашан <b>аяқталады</b>? Сол күнгі уақыт (<code>18:00</code>) немесе күні мен уақыты (<code>26.12 17:00</code>).
editor-confirm-start = Басталуы: <b>{ $when }</b> — дұрыс па?
editor-confirm-end = Аяқталуы: <b>{ $when }</b> — дұрыс па?
editor-btn-yes = ✅ Иә
editor-btn-no = ✏️ Жоқ, қайта жазамын
editor-ask-expected-vacancies = Қанша <b>бос орын</b> күтіледі? Санын жазыңыз немесе белгісіз болса, өткізіп жіберіңіз.
editor-ask-expected-employers = Қанша <b>жұмыс беруші</b> күтіледі? Санын жазыңыз немесе белгісіз болса, өткізіп жіберіңіз.
editor-btn-keep = Қалдыру: { $value }
editor-btn-skip = Өткізіп жіберу ›
editor-preview-head = 👁 <b>Алдын ала көру</b> — жұмыс іздеушілер іс-шараны осылай көреді:
editor-btn-publish = 🚀 Жариялау
editor-btn-save = 💾 Өзгерістерді сақтау
editor-btn-save-draft = 📝 Жоба ретінде сақтау
editor-btn-fields = ✏️ Өрісті өзгерту
editor-btn-discard = ✖️ Сақтамай шығу
editor-ask-field = Қай өрісті өзгертесіз?
editor-discarded = Ештеңе сақталған жоқ.
editor-published = 🚀 Іс-шара жарияланды. { $count ->
    [0] Хабарлайтын жазылушылар әзірге жоқ.
   *[other] Жаңалықты { $count } жазылушы алады.
}
editor-saved = 💾 Өзгерістер сақталды. { $count ->
    [0] Ешкімге хабарлаудың қажеті жоқ.
   *[other] Өзгеріс туралы { $count } адам хабар алады.
}
editor-saved-draft = 📝 Жоба сақталды. Жарияламайынша жұмыс іздеушілер оны көрмейді.
editor-problems = Алдымен мынаны түзетіңіз:
editor-field-region = Өңір
editor-field-kind = Түрі
editor-field-title = Атауы
editor-field-description = Сипаттамасы
editor-field-languages = Басқа тілдер
editor-field-venue = Өтетін орны
editor-field-address = Мекенжайы
editor-field-city = Қала
editor-field-location = Геонүкте
editor-field-starts-at = Басталуы
editor-field-ends-at = Аяқталуы
editor-field-expected-vacancies = Күтілетін бос орындар
editor-field-expected-employers = Күтілетін жұмыс берушілер
editor-problem-empty = { $field }: міндетті түрде толтырылады.
editor-problem-too-long = { $field }: тым ұзын, ең көбі { $max } таңба.
editor-problem-format = { $field }: оқи алмадым. Мысалдар: <code>25.12 10:00</code>, <code>2026-12-25 10:00</code>, <code>300</code>.
editor-problem-too-big = { $field }: сан тым үлкен.
editor-problem-outside = Нүкте Қазақстаннан тыс жерде — өтетін орынның геонүктесін жіберіңіз.
editor-problem-unknown = { $field }: қайта таңдаңыз.
editor-problem-invalid-date = { $field }: мұндай күн жоқ.
editor-problem-past = { $field }: бұл уақыт өтіп кетті.
editor-problem-too-far = { $field }: бір жылдан артық алға жоспарлауға болмайды.
editor-problem-not-after-start = { $field }: аяқталуы басталуынан кейін болуы керек.
editor-problem-too-long-event = { $field }: іс-шара ең көбі { $days } күнге созылады.
editor-notify-changed = 🕘 «{ $title }» іс-шарасының <b>уақыты өзгерді</b>:
    бұрын: <s>{ $was }</s>
    енді: <b>{ $now }</b>
    Қайда: { $place }
editor-notify-moved = 📍 «{ $title }» іс-шарасының <b>өтетін орны өзгерді</b>:
    бұрын: <s>{ $wasPlace }</s>
    енді: <b>{ $place }</b>
    Қашан: { $now }
editor-notify-changed-both = 🔁 «{ $title }» іс-шарасының <b>уақыты мен орны өзгерді</b>:
    қашан: <s>{ $was }</s> → <b>{ $now }</b>
    қайда: <s>{ $wasPlace }</s> → <b>{ $place }</b>
editor-notify-cancelled = ❌ <b>Тоқтатылды</b>: «{ $title }» ({ $when }) өтпейді. Жоспар өзгергені үшін кешірім сұраймыз!
