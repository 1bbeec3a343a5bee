## Еске салғыштар мен жазылым жаңалықтары (src/bot/notifications/reminders.ts)
reminders-event = ⏰ <b>Еске салу</b>: «{ $title }» { $when } басталады.
    Қайда: { $place }
reminders-event-new = 🆕 <b>Жаңа іс-шара</b>: «{ $title }»
    Қашан: { $when }
    Қайда: { $place }
reminders-course-new = 🆕 <b>Жаңа курс</b>: «{ $title }»
    Басталуы: { $starts }; жазылу { $deadline } дейін.
reminders-vacancy-new = 🆕 <b>Жаңа бос орын</b>: { $title } — { $employer }
    { $until } дейін өзекті.
reminders-course-start = 🎓 <b>Ертең курсыңыз басталады</b>: «{ $title }», { $when }.
    Қайда: { $place }
    Сәттілік тілейміз!
reminders-course-changed = 🗓 Сіз жазылған «{ $title }» курсының <b>басталу уақыты өзгерді</b>:
    бұрын: <s>{ $was }</s>
    енді: <b>{ $now }</b>
    Қайда: { $place }
reminders-course-moved = 📍 Сіз жазылған «{ $title }» курсының <b>өтетін орны өзгерді</b>:
    бұрын: <s>{ $wasPlace }</s>
    енді: <b>{ $place }</b>
    Басталуы: { $now }
reminders-course-changed-both = 🔁 Сіз жазылған «{ $title }» курсының <b>басталу уақыты мен орны өзгерді</b>:
    қашан: <s>{ $was }</s> → <b>{ $now }</b>
    қайда: <s>{ $wasPlace }</s> → <b>{ $place }</b>
reminders-deadline = ⏳ «{ $title }» курсына жазылу <b>{ $deadline }</b> жабылады. Өтінім беруге әлі уақыт бар!
reminders-digest-events = 🗞 <b>Бүгінгі жаңа іс-шаралар</b>
reminders-digest-courses = 🗞 <b>Бүгінгі жаңа курстар</b>
reminders-digest-vacancies = 🗞 <b>Бүгінгі жаңа бос орындар</b>
reminders-digest-until = { $date } дейін
reminders-open-event = 📅 Іс-шараны ашу
reminders-open-course = 🛠 Курсты ашу
reminders-open-vacancy = 💼 Бос орынды ашу
reminders-sign-up = 📝 Жазылу
reminders-manage = 🔔 Менің жазылымдарым
