## Personal data: /mydata and /deleteme
mydata-title = 🔐 <b>Сіз туралы не сақтаймын</b>
mydata-none = —
mydata-section-telegram = <b>Telegram және баптаулар</b>
mydata-telegram-id = Telegram id: { $id }
mydata-telegram-name = Telegram-дағы атыңыз: { $name }
mydata-telegram-username = Пайдаланушы аты: { $username }
mydata-language = Тіл: { $language }
mydata-region = Өңір: { $region }
mydata-since = Ботты пайдалана бастаған күн: { $date }
mydata-section-signup = <b>Курсқа жазылғанда көрсетілген</b>
mydata-full-name = Аты-жөні: { $name }
mydata-phone = Телефон: { $phone }
mydata-birth-date = Туған күні: { $date }
mydata-education = Білімі: { $education }
mydata-section-consents = <b>Дербес деректерді өңдеуге келісімдер</b>
mydata-purpose-course-registration = курсқа жазылу
mydata-consent-given = ✅ { $purpose } — мәтін нұсқасы { $version }, берілген уақыты: { $given }
mydata-consent-withdrawn = ↩️ { $purpose } — мәтін нұсқасы { $version }, берілген уақыты: { $given }, кері қайтарылған уақыты: { $withdrawn }
mydata-consent-by-representative = 👪 ата-анасы немесе заңды өкілі берген
mydata-section-registrations = <b>Курстарға өтінімдер: { $count }</b>
mydata-registration = • { $course } — { $status } ({ $date })
mydata-registrations-more = …тағы { $count } (толығырақ: /my)
mydata-section-other = <b>Басқа</b>
mydata-subscriptions = Жазылымдар: { $count }
mydata-watches = Іс-шаралар мен курстар туралы еске салғыштар: { $count }
mydata-footer = Не үшін: сізді курстарға жазу және өзіңіз сұраған хабарламаларды жіберу үшін. Өтінім деректерін тек сіз жазылған курстардың үйлестірушілері көреді. Деректер Қазақстандағы оператор серверінде сақталады.
    Оларды жою: /deleteme
mydata-erase-button = 🗑 Дербес деректерімді жою
mydata-erase-confirm = 🗑 <b>Дербес деректеріңізді жоясыз ба?</b>
    • Аты-жөніңіз, телефоныңыз, туған күніңіз, біліміңіз және Telegram-дағы атыңыз өшіріледі.
    • Келісіміңіз кері қайтарылады.
    • Курстарға белсенді өтінімдеріңіз кері қайтарылады (сіз алған орын келесі адамға беріледі); үйлестірушілер оларды деректеріңізсіз, кері қайтарылған күйде көреді.
    • Жазылымдар мен еске салғыштар жойылады.
    Бот жұмысын жалғастыруы үшін тек тіл мен өңір сақталады. Бұл әрекетті қайтару мүмкін емес.
mydata-erase-yes = 🗑 Иә, бәрін жою
mydata-erase-no = Жоқ, қалсын
mydata-erased = ✅ Дайын: дербес деректеріңіз жойылды, келісіміңіз кері қайтарылды.
