## Жаппай жүктеу (CSV): өңір қызметкерлері мен әкімшілерге
import-help =
    <b>📥 Жаппай жүктеу</b>
    Маған CSV файлын жіберіңіз: UTF-8, бағандар үтірмен немесе нүктелі үтірмен бөлінген, бірінші жолда бағандардың атаулары. Файлда не барын қолтаңбада жазыңыз (events, vacancies, courses немесе colleges) — болмаса, мен оны бағандарынан танимын.
    Алдымен әр жолды тексеремін. Қате болса, қателер тізімін аласыз және ештеңе жүктелмейді. Бәрі дұрыс болса, не өзгеретінін көріп, растайсыз.
    Жолдар id бойынша салыстырылады: сол файлды қайта жүктесеңіз, жолдар жаңартылады, ешқашан қайталанбайды. Қызметкерлер тек өз өңірлерінің жолдарын жүктей алады.
    Бір файлда { $maxMb } МБ-қа дейін және { $maxRows } жолға дейін.
import-help-columns = <b>{ $kind }</b>: { $columns }
import-help-legend = * міндетті баған. Күндер: 2026-12-25 10:00 немесе 25.12.2026 10:00, Астана уақытымен. Иә/жоқ: иә/жоқ, да/нет, yes/no, 1/0. Бірнеше тілдегі мәтін: _kk, _ru, _en бағандары — кемінде біреуі.
import-help-samples = Үлгі файлдар (Excel-де ашып, жолдарды ауыстырыңыз да, «CSV UTF-8» ретінде сақтаңыз):
import-sample-button = 📄 { $kind }
import-sample-caption = Үлгі файл: { $kind }. Бірінші бағандағы id-ді өзгертпеңіз: сол id қайта жүктелсе, жол жаңартылады.
import-kind-events = Іс-шаралар
import-kind-vacancies = Бос жұмыс орындары
import-kind-courses = Курстар
import-kind-colleges = Колледждер
import-choose-kind = <b>{ $file }</b> файлында не бар?
import-not-csv = Мен тек CSV файлдарын жүктеймін. Кестені «CSV UTF-8 (үтірмен бөлінген)» ретінде сақтап, қайта жіберіңіз.
import-too-big = Файл { $maxMb } МБ-тан үлкен. Оны бірнеше файлға бөліп, бір-бірден жіберіңіз.
import-download-failed = Файлды Telegram-нан жүктеп ала алмадым. Қайта жіберіңізші.
import-invalid =
    { $count ->
       *[other] ❌ <b>{ $file }</b>: { $count } қате — ештеңе жүктелмеді.
    }
import-invalid-more = …тағы { $count } қате бар: толық тізім төмендегі файлда.
import-invalid-fix = Файлды түзетіп, қайта жіберіңіз.
import-errors-caption = { $file } файлындағы барлық қате
import-preview =
    ✅ <b>{ $file }</b> файлы дұрыс: { $rows } жол ({ $kind }).
    Жүктегеннен кейін:
import-preview-question = Жүктейік пе?
import-confirm = ✅ Жүктеу
import-cancel = ✖️ Болдырмау
import-cancelled = Жүктеу тоқтатылды — ештеңе өзгертілмеді.
import-done = ✅ Жүктелді: { $rows } жол.
import-dry-run-ok = ✅ Файл дұрыс ({ $rows } жол). Сынақ іске қосу: ештеңе жазылмады.
import-stale = Бұл алдын ала қарау ескірген — ештеңе жүктелмеді. Файлды қайта жіберіңіз.
import-count-line = { $entity }: жаңа — { $created }, жаңартылды — { $updated }, өзгеріссіз — { $unchanged }
import-entity-events = Іс-шаралар
import-entity-vacancies = Бос жұмыс орындары
import-entity-employers = Жұмыс берушілер
import-entity-courses = Курстар
import-entity-providers = Курс ұйымдастырушылары
import-entity-colleges = Колледждер
import-entity-specialties = Мамандықтар
import-entity-qualifications = Біліктіліктер
import-entity-offers = Колледж мамандықтары
import-issue-file = Файл: { $reason }
import-issue-row = { $row }-жол: { $reason }
import-issue-cell = { $row }-жол, { $column }: { $reason }
import-csv-row = Жол
import-csv-column = Баған
import-csv-reason = Қате

## Файлдағы қателер (import-error-<code>)
import-error-file-too-big = файл { $maxMb } МБ-тан үлкен
import-error-too-many-rows = { $max } жолдан көп; файлды бөліңіз
import-error-not-csv = бұл CSV файлы емес (кестені «CSV UTF-8» ретінде сақтау керек)
import-error-bad-encoding = файл UTF-8 кодтауында емес; оны «CSV UTF-8» ретінде сақтаңыз
import-error-empty-file = файл бос
import-error-bad-csv = CSV оқылмайды ({ $reason }); тырнақшаларды тексеріңіз
import-error-no-rows = тақырып жолынан кейін жол жоқ
import-error-unknown-column = белгісіз баған; рұқсат етілген бағандар: { $columns }
import-error-duplicate-column = баған қайталанады
import-error-missing-column = міндетті баған жоқ
import-error-extra-cells = ұяшықтар тақырыптағы { $count } бағаннан көп
import-error-required = міндетті өріс
import-error-too-long = { $max } таңбадан аспауы керек
import-error-too-big = ең көбі { $max }
import-error-too-small = ең азы { $min }
import-error-not-allowed = рұқсат етілген мәндер: { $allowed }
import-error-bad-value = жарамсыз мән
import-error-bad-integer = бүтін сан керек
import-error-bad-number = сан керек, мысалы 43.2973
import-error-bad-bool = «иә» немесе «жоқ» керек
import-error-bad-date = 2026-12-25 10:00 немесе 25.12.2026 10:00 түріндегі күн керек
import-error-bad-phone = телефон нөмірі қате
import-error-bad-email = электрондық пошта мекенжайы қате
import-error-bad-url = сайт мекенжайы қате
import-error-bad-telegram = Telegram пайдаланушы аты керек, мысалы @name
import-error-bad-id = id латын әріптерінен, цифрлардан және _ . : - таңбаларынан тұрады (80 таңбаға дейін)
import-error-bad-specialty-code = сыныптауыштың 8 таңбалы коды керек, мысалы 07150300
import-error-bad-qualifications = «КОД атауы kk / атауы ru / атауы en» пішімі керек, элементтер | арқылы бөлінеді
import-error-bad-languages = kk, ru, en тілдері үтір арқылы жазылуы керек
import-error-unknown-region = «{ $region }» деген өңір белгісіз
import-error-out-of-scope = { $region } өңірі сіздің өңірлеріңізге жатпайды
import-error-duplicate-id = id { $first }-жолдағымен бірдей
import-error-duplicate-offer = бұл колледж, мамандық және білім негізі { $first }-жолда бар
import-error-conflict = { $first }-жолдағы осы id-ден өзгеше
import-error-no-language = мыналардың кемінде біреуін толтырыңыз: { $columns }
import-error-ends-before-start = басталмай тұрып аяқталады
import-error-expires-before-posted = жарияланбай тұрып мерзімі бітеді
import-error-deadline-after-start = өтінім қабылдау курс басталғаннан кейін аяқталады
import-error-salary-range = ең жоғары жалақы ең төменгісінен аз
import-error-age-range = ең жоғары жас ең төменгісінен аз
import-error-coords-pair = ендік пен бойлықтың екеуін де көрсетіңіз немесе екеуін де бос қалдырыңыз
import-error-unknown-employer = «{ $id }» жұмыс берушісі файлда да, дерекқорда да жоқ; employer_name бағанын толтырыңыз
import-error-unknown-event = «{ $id }» іс-шарасы дерекқорда жоқ; алдымен іс-шараларды жүктеңіз
import-error-unknown-provider = «{ $id }» ұйымдастырушысы файлда да, дерекқорда да жоқ; provider_name_* бағандарын толтырыңыз
import-error-unknown-specialty = { $code } мамандығы дерекқорда жоқ; specialty_name_* және specialty_sector бағандарын толтырыңыз
import-error-qualification-taken = { $code } біліктілігі басқа мамандыққа тиесілі
