## Подписки: о чём бот сообщает сам
subscriptions-menu = 🔔 Подписки
subscriptions-title = <b>🔔 Подписки</b>
subscriptions-intro = Я сообщу о новых вакансиях, ярмарках, курсах и приёме в колледжи в выбранных вами регионах.
subscriptions-empty = Подписок пока нет. Выберите регион ниже.
subscriptions-list-hint = Нажмите номер, чтобы изменить подписку.
subscriptions-freq-instant-short = ⚡ сразу
subscriptions-freq-daily-short = 📰 раз в день в { $hour }
subscriptions-filter-sector = отрасль: { $sector }
subscriptions-filter-working = только рабочие профессии
subscriptions-quiet-now = 🌙 Тихие часы: { $hours }
subscriptions-quiet-none = 🌙 Тихие часы: выключены
subscriptions-btn-own = ➕ Подписаться: { $region }
subscriptions-btn-other = 🌍 Другой регион
subscriptions-btn-quiet = 🌙 Тихие часы
subscriptions-btn-stop = 🔕 Отписаться от всего
subscriptions-btn-back = ⬅️ Мои подписки
subscriptions-btn-back-sub = ⬅️ К подписке
subscriptions-btn-settings = ⚙️ Настроить
subscriptions-regions-title = Новости какого региона вы хотите получать?
subscriptions-region-title =
    <b>📍 { $region }</b>
    Нажмите на тему, чтобы включить или выключить её.
subscriptions-topic-vacancies = 💼 Вакансии
subscriptions-topic-events = 📅 Ярмарки и события
subscriptions-topic-courses = 🛠 Курсы
subscriptions-topic-admission = 🏫 Приём в колледжи
subscriptions-sub-instant = Как часто: сразу, как только появится новое.
subscriptions-sub-daily = Как часто: одна сводка в день, в { $hour }.
subscriptions-sub-sector = Отрасль: { $sector }
subscriptions-sub-working-yes = Только рабочие профессии: да
subscriptions-sub-working-no = Только рабочие профессии: нет
subscriptions-btn-instant = ⚡ Сразу
subscriptions-btn-daily = 📰 Сводка раз в день
subscriptions-btn-sector = 🏭 Отрасль: { $sector }
subscriptions-btn-working = Только рабочие профессии
subscriptions-btn-delete = 🗑 Отписаться
subscriptions-sector-any = любая
subscriptions-sectors-title = Вакансии какой отрасли вам присылать?
subscriptions-quiet-title =
    <b>🌙 Тихие часы</b>
    В тихие часы я не присылаю ничего, что может подождать, — сообщения придут, когда они закончатся.
subscriptions-quiet-off = 🔔 Выключить — присылать в любое время
subscriptions-subscribed = 🔔 Подписка оформлена
subscriptions-unsubscribed = 🔕 Вы отписались
subscriptions-saved = ✅ Сохранено
subscriptions-gone = Этой подписки больше нет.
subscriptions-stop-done = 🔕 Готово: вы отписаны от всего.
subscriptions-stop-removed = Удалено:
subscriptions-stop-watches = { $count ->
    [one] напоминание о { $count } событии или курсе
    [few] напоминания о { $count } событиях и курсах
    [many] напоминания о { $count } событиях и курсах
   *[other] напоминания о { $count } событиях и курсах
}
subscriptions-stop-nothing = У вас не было ни подписок, ни напоминаний — удалять нечего.
subscriptions-stop-again = Подписаться снова: /subscriptions
subscriptions-remind-on = 🔔 Напомнить
subscriptions-remind-off = 🔕 Не напоминать
subscriptions-remind-event-set = 🔔 Напомню накануне и незадолго до начала.
subscriptions-remind-course-set = 🔔 Напомню за день до окончания записи.
subscriptions-remind-unset = 🔕 Хорошо, напоминать не буду.
