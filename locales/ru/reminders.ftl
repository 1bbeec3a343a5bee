## Напоминания и новости по подпискам (src/bot/notifications/reminders.ts)
reminders-event = ⏰ <b>Напоминание</b>: «{ $title }» начинается { $when }.
    Где: { $place }
reminders-event-new = 🆕 <b>Новое мероприятие</b>: «{ $title }»
    Когда: { $when }
    Где: { $place }
reminders-course-new = 🆕 <b>Новый курс</b>: «{ $title }»
    Начало { $starts }; запись до { $deadline }.
reminders-vacancy-new = 🆕 <b>Новая вакансия</b>: { $title } — { $employer }
    Актуальна до { $until }.
reminders-course-start = 🎓 <b>Завтра начинается ваш курс</b>: «{ $title }», { $when }.
    Где: { $place }
    Удачи!
reminders-course-changed = 🗓 <b>Новая дата начала</b> курса «{ $title }», на который вы записались:
    было: <s>{ $was }</s>
    теперь: <b>{ $now }</b>
    Где: { $place }
reminders-course-moved = 📍 <b>Новое место</b> курса «{ $title }», на который вы записались:
    было: <s>{ $wasPlace }</s>
    теперь: <b>{ $place }</b>
    Начало: { $now }
reminders-course-changed-both = 🔁 <b>Новые дата начала и место</b> курса «{ $title }», на который вы записались:
    когда: <s>{ $was }</s> → <b>{ $now }</b>
    где: <s>{ $wasPlace }</s> → <b>{ $place }</b>
reminders-deadline = ⏳ Запись на «{ $title }» закрывается <b>{ $deadline }</b>. Ещё есть время подать заявку!
reminders-digest-events = 🗞 <b>Новые мероприятия за день</b>
reminders-digest-courses = 🗞 <b>Новые курсы за день</b>
reminders-digest-vacancies = 🗞 <b>Новые вакансии за день</b>
reminders-digest-until = до { $date }
reminders-open-event = 📅 Открыть мероприятие
reminders-open-course = 🛠 Открыть курс
reminders-open-vacancy = 💼 Открыть вакансию
reminders-sign-up = 📝 Записаться
reminders-manage = 🔔 Мои подписки
