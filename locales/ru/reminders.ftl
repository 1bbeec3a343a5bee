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
