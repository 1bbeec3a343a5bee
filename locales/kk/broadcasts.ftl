## Хабарламалар таратуы (өңір қызметкерлері мен әкімшілер)
broadcasts-expired = Тарату жобасының мерзімі өтті. /broadcast арқылы қайта бастаңыз.
broadcasts-too-long = ✖️ Тарату жобасы тым ұзаққа созылды, сондықтан оны жаптым; ештеңе жіберілген жоқ. /broadcast арқылы қайта бастаңыз.
broadcasts-ask-message =
    📣 <b>Жаңа тарату</b>
    Хабарламаны адамдар қалай алуы керек болса, дәл солай жіберіңіз: безендірілген мәтін (қалың, курсив, сілтемелер…) немесе жазуы бар сурет.
    /cancel — тоқтату.
broadcasts-unsupported = Тек мәтіндік хабарламаны немесе суретті (жазуымен не жазусыз) таратуға болады. Солардың бірін жіберіңіз.
broadcasts-content-empty = Хабарлама бос. Мәтін жіберіңіз.
broadcasts-content-text-too-long = Мәтін тым ұзын: ең көбі 4096 таңба.
broadcasts-content-caption-too-long = Жазу тым ұзын: суреттің жазуы ең көбі 1024 таңба.
broadcasts-ask-regions = Қай өңірлерге? Белгілеп, «Әрі қарай» батырмасын басыңыз.
broadcasts-regions-all-button = 🌐 Барлық өңірлер
broadcasts-regions-all = барлық өңірлер
broadcasts-next = Әрі қарай ➡️
broadcasts-pick-region = Кемінде бір өңірді таңдаңыз.
broadcasts-use-buttons = Төмендегі батырмаларды пайдаланыңыз.
broadcasts-ask-who = Кімге жіберейік?
broadcasts-who-subscribers = Барлық жазылушыларға
broadcasts-who-vacancies = Бос жұмыс орындарына жазылғандарға
broadcasts-who-events = Іс-шараларға жазылғандарға
broadcasts-who-courses = Курстарға жазылғандарға
broadcasts-who-admission = Колледжге қабылдауға жазылғандарға
broadcasts-who-everyone = Өңірдің барлық тұрғынына
broadcasts-ask-language = Қай интерфейс тілінде?
broadcasts-lang-all = Барлық тілдер
broadcasts-lang-kk = Қазақша
broadcasts-lang-ru = Орысша
broadcasts-lang-en = Ағылшынша
broadcasts-preview-title = 👀 Алдын ала қарау — алушылар дәл осыны көреді:
broadcasts-audience = Аудитория: { $regions } · { $who } · { $language }
broadcasts-recipients = Алушылар: <b>{ $count }</b>
broadcasts-send-now = 🚀 Қазір жіберу
broadcasts-schedule = 🕒 Уақытын белгілеу
broadcasts-edit-text = ✏️ Мәтінді өзгерту
broadcasts-edit-audience = 👥 Аудиторияны өзгерту
broadcasts-cancel = ✖️ Жобаны өшіру
broadcasts-confirm-send = Таратуды қазір <b>{ $count }</b> алушыға жіберейік пе?
broadcasts-confirm-schedule = Таратуды <b>{ $at }</b> жіберейік пе? Қазір алушылар саны — <b>{ $count }</b>; аудитория жіберу сәтінде қайта есептеледі.
broadcasts-confirm-yes = ✅ Иә
broadcasts-confirm-back = ⬅️ Артқа
broadcasts-ask-when = Қашан жіберу керек? Қазақстан уақытымен, мысалы: <code>25.12 10:00</code> немесе <code>25.12.2026 18:30</code>.
broadcasts-when-invalid = Күнді түсіне алмадым. Мысалы: <code>25.12 10:00</code>.
broadcasts-when-past = Бұл уақыт өтіп кетті. Алдағы уақытты көрсетіңіз.
broadcasts-when-too-far = Тым алыс: ең көбі 90 күн алға.
broadcasts-no-recipients = Қазір бұл аудиторияға ешкім сәйкес келмейді — жіберетін адам жоқ. Аудиторияны өзгертіңіз немесе жобаны өшіріңіз.
broadcasts-discarded = Жоба өшірілді, ештеңе жіберілген жоқ.
broadcasts-scheduled = 🕒 №{ $id } тарату { $at } уақытына жоспарланды.
broadcasts-started = 🚀 №{ $id } тарату жіберіліп жатыр: { $count } алушы.
broadcasts-status-draft = 📝 <b>№{ $id } тарату</b> — жоба
broadcasts-status-scheduled = 🕒 <b>№{ $id } тарату</b> — { $at } уақытына жоспарланған
broadcasts-status-sending = 📤 <b>№{ $id } тарату</b> — жіберіліп жатыр…
broadcasts-status-done = ✅ <b>№{ $id } тарату</b> — аяқталды, { $at }
broadcasts-status-cancelled = ✖️ <b>№{ $id } тарату</b> — тоқтатылды, { $at }
broadcasts-report =
    ✅ Жеткізілді: { $sent }
    🚫 Ботты бұғаттағандар: { $blocked }
    ⚠️ Қате: { $failed }
    ⏳ Кезекте: { $pending }
    ✖️ Жіберілмеді (тоқтатылды): { $cancelled }
broadcasts-quiet-note = Қазір тыныш сағаттары жүріп жатқандарға (әдетте 22:00–08:00) хабарлама сол уақыт біткенде жетеді.
broadcasts-refresh = 🔄 Жаңарту
broadcasts-stop = ⛔ Тоқтату
broadcasts-cancel-scheduled = ✖️ Таратудан бас тарту
broadcasts-back-list = ⬅️ Менің таратуларым
broadcasts-stop-ask = №{ $id } таратуды тоқтатайық па? Жіберіліп қойған хабарламалар қалады, қалғандары жіберілмейді.
broadcasts-stop-yes = ⛔ Иә, тоқтату
broadcasts-stop-no = ⬅️ Жоқ
broadcasts-stopped = Тоқтатылды. Жіберілмейтін хабарламалар: { $count }.
broadcasts-already-finished = Бұл тарату аяқталып қойған.
broadcasts-list-title = 📣 <b>Таратулар</b> ({ $count })
broadcasts-list-empty = Әзірге таратулар жоқ.
broadcasts-list-item = { $n }. №{ $id } · { $status } · { $date } · { $sent }/{ $total } — { $text }
broadcasts-new = ➕ Жаңа тарату
broadcasts-state-draft = жоба
broadcasts-state-scheduled = жоспарланған
broadcasts-state-sending = жіберіліп жатыр
broadcasts-state-done = аяқталды
broadcasts-state-cancelled = тоқтатылды
