## Редактор мероприятий для сотрудников регионов (src/bot/features/editor, src/bot/notifications/events.ts)
editor-list-title = 🗂 <b>Редактор мероприятий</b> — { $region }
editor-all-regions = Все мои регионы
editor-list-empty = Предстоящих мероприятий пока нет. Создайте первое!
editor-btn-new = ➕ Новое мероприятие
editor-status-draft = черновик
editor-status-published = опубликовано
editor-status-cancelled = отменено
editor-card-status = Статус: { $status }
editor-card-languages = Языки: { $languages }
editor-btn-preview = 👁 Предпросмотр
editor-btn-edit = ✏️ Изменить
editor-btn-cancel-event = ❌ Отменить мероприятие
editor-btn-back-list = ‹ Редактор мероприятий
editor-btn-back-card = ‹ К мероприятию
editor-btn-open-card = 🗂 Открыть мероприятие
editor-cancel-ask = Отменить «{ $title }»? Все, кто просил напоминания, сразу получат уведомление. Это нельзя вернуть.
editor-btn-cancel-yes = Да, отменить мероприятие
editor-btn-cancel-no = Нет, оставить
editor-cancelled-toast = Мероприятие отменено. { $count ->
    [0] Напоминаний никто не ждал.
    [one] Уведомление получит { $count } человек.
    [few] Уведомление получат { $count } человека.
   *[other] Уведомление получат { $count } человек.
}
editor-already-cancelled = Мероприятие отменено, изменить его уже нельзя.
editor-expired = Редактор закрылся после долгой паузы. Ничего не сохранено — откройте его снова через /events_admin.
editor-too-long = ✖️ Редактирование затянулось, поэтому я закрыл редактор; ничего не сохранено. Откройте его снова через /events_admin.
editor-new-start = ➕ <b>Новое мероприятие.</b> Я задам несколько вопросов; /cancel прерывает в любой момент, до подтверждения ничего не сохраняется.
editor-ask-region = В каком регионе проходит мероприятие?
editor-ask-kind = Какой это тип мероприятия?
editor-use-buttons = Пожалуйста, выберите кнопкой ниже.
editor-need-text = Пожалуйста, ответьте текстом.
editor-lang-kk = на казахском
editor-lang-ru = на русском
editor-lang-en = на английском
editor-ask-title = <b>Название</b> мероприятия { $language } (до { $max } символов):
editor-ask-description = <b>Описание</b> { $language }: что будет и для кого (до { $max } символов):
editor-ask-languages = Соискатели читают бот на казахском, русском и английском. Добавить название и описание на другом языке? Где перевода нет, карточка покажет другой язык.
editor-btn-continue = Дальше ›
editor-ask-venue = <b>Место проведения</b>, например «Дворец молодёжи» (до { $max } символов):
editor-ask-address = <b>Адрес</b> (до { $max } символов):
editor-ask-city = <b>Город или посёлок</b>:
editor-ask-location = Отправьте место <b>геоточкой</b> (📎 → Геопозиция), чтобы у соискателей была карта. Или пропустите.
editor-need-location = Нужна геоточка (📎 → Геопозиция) или кнопка «Пропустить».
editor-ask-start = Когда <b>начало</b>? Местное время, например <code>25.12 10:00</code> или <code>25.12.2026 10:00</code>.
editor-ask-end = Когда <b>окончание</b>? Время в тот же день (<code>18:00</code>) или дата и время (<code>26.12 17:00</code>).
editor-confirm-start = Начало: <b>{ $when }</b> — верно?
editor-confirm-end = Окончание: <b>{ $when }</b> — верно?
editor-btn-yes = ✅ Да
editor-btn-no = ✏️ Нет, введу заново
editor-ask-expected-vacancies = Сколько <b>вакансий</b> ожидается? Число, или пропустите, если неизвестно.
editor-ask-expected-employers = Сколько <b>работодателей</b> ожидается? Число, или пропустите, если неизвестно.
editor-btn-keep = Оставить: { $value }
editor-btn-skip = Пропустить ›
editor-preview-head = 👁 <b>Предпросмотр</b> — так мероприятие увидят соискатели:
editor-btn-publish = 🚀 Опубликовать
editor-btn-save = 💾 Сохранить изменения
editor-btn-save-draft = 📝 Сохранить черновик
editor-btn-fields = ✏️ Изменить поле
editor-btn-discard = ✖️ Выйти без сохранения
editor-ask-field = Какое поле изменить?
editor-discarded = Ничего не сохранено.
editor-published = 🚀 Мероприятие опубликовано. { $count ->
    [0] Подписчиков, которым нужно сообщить, пока нет.
    [one] Новость получит { $count } подписчик.
    [few] Новость получат { $count } подписчика.
   *[other] Новость получат { $count } подписчиков.
}
editor-saved = 💾 Изменения сохранены. { $count ->
    [0] Сообщать никому не нужно.
    [one] Об изменении узнает { $count } человек.
    [few] Об изменении узнают { $count } человека.
   *[other] Об изменении узнают { $count } человек.
}
editor-saved-draft = 📝 Черновик сохранён. Соискатели его не видят, пока вы не опубликуете.
editor-problems = Сначала исправьте:
editor-field-region = Регион
editor-field-kind = Тип
editor-field-title = Название
editor-field-description = Описание
editor-field-languages = Другие языки
editor-field-venue = Место
editor-field-address = Адрес
editor-field-city = Город
editor-field-location = Геоточка
editor-field-starts-at = Начало
editor-field-ends-at = Окончание
editor-field-expected-vacancies = Ожидаемые вакансии
editor-field-expected-employers = Ожидаемые работодатели
editor-problem-empty = { $field }: обязательно для заполнения.
editor-problem-too-long = { $field }: слишком длинно, не больше { $max } символов.
editor-problem-format = { $field }: не удалось прочитать. Примеры: <code>25.12 10:00</code>, <code>2026-12-25 10:00</code>, <code>300</code>.
editor-problem-too-big = { $field }: слишком большое число.
editor-problem-outside = Точка за пределами Казахстана — отправьте, пожалуйста, место проведения.
editor-problem-unknown = { $field }: выберите ещё раз.
editor-problem-invalid-date = { $field }: такой даты нет.
editor-problem-past = { $field }: это время уже прошло.
editor-problem-too-far = { $field }: не дальше чем на год вперёд.
editor-problem-not-after-start = { $field }: окончание должно быть позже начала.
editor-problem-too-long-event = { $field }: мероприятие длится не больше { $days } дней.
editor-notify-changed = 🕘 <b>Новое время</b> мероприятия «{ $title }»:
    было: <s>{ $was }</s>
    теперь: <b>{ $now }</b>
    Где: { $place }
editor-notify-moved = 📍 <b>Новое место</b> мероприятия «{ $title }»:
    было: <s>{ $wasPlace }</s>
    теперь: <b>{ $place }</b>
    Когда: { $now }
editor-notify-changed-both = 🔁 <b>Новое время и место</b> мероприятия «{ $title }»:
    когда: <s>{ $was }</s> → <b>{ $now }</b>
    где: <s>{ $wasPlace }</s> → <b>{ $place }</b>
editor-notify-cancelled = ❌ <b>Отменено</b>: «{ $title }» ({ $when }) не состоится. Извините за изменение планов!
