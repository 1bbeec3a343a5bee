## Рассылки (региональные сотрудники и администраторы)
broadcasts-expired = Черновик рассылки устарел. Начните заново: /broadcast.
broadcasts-too-long = ✖️ Черновик рассылки затянулся, поэтому я его закрыл; ничего не отправлено. Начните заново: /broadcast.
broadcasts-ask-message =
    📣 <b>Новая рассылка</b>
    Пришлите сообщение так, как его должны получить люди: текст с оформлением (жирный, курсив, ссылки…) или фото с подписью.
    /cancel — отменить.
broadcasts-unsupported = Разослать можно только текстовое сообщение или фото (с подписью или без). Пришлите, пожалуйста, одно из них.
broadcasts-content-empty = Сообщение пустое. Пришлите текст.
broadcasts-content-text-too-long = Текст слишком длинный: не больше 4096 символов.
broadcasts-content-caption-too-long = Подпись слишком длинная: у фото не больше 1024 символов.
broadcasts-ask-regions = Какие регионы? Отметьте и нажмите «Далее».
broadcasts-regions-all-button = 🌐 Все регионы
broadcasts-regions-all = все регионы
broadcasts-next = Далее ➡️
broadcasts-pick-region = Выберите хотя бы один регион.
broadcasts-use-buttons = Пожалуйста, воспользуйтесь кнопками ниже.
broadcasts-ask-who = Кому отправить?
broadcasts-who-subscribers = Всем подписчикам
broadcasts-who-vacancies = Подписчикам вакансий
broadcasts-who-events = Подписчикам мероприятий
broadcasts-who-courses = Подписчикам курсов
broadcasts-who-admission = Подписчикам приёма в колледжи
broadcasts-who-everyone = Всем жителям региона
broadcasts-ask-language = На каком языке интерфейса?
broadcasts-lang-all = Все языки
broadcasts-lang-kk = Казахский
broadcasts-lang-ru = Русский
broadcasts-lang-en = Английский
broadcasts-preview-title = 👀 Предпросмотр — получатели увидят именно это:
broadcasts-audience = Аудитория: { $regions } · { $who } · { $language }
broadcasts-recipients = Получателей: <b>{ $count }</b>
broadcasts-send-now = 🚀 Отправить сейчас
broadcasts-schedule = 🕒 Запланировать
broadcasts-edit-text = ✏️ Изменить текст
broadcasts-edit-audience = 👥 Изменить аудиторию
broadcasts-cancel = ✖️ Удалить черновик
broadcasts-confirm-send = Отправить рассылку сейчас: <b>{ $count }</b> { $count ->
        [one] получатель
        [few] получателя
       *[many] получателей
    }?
broadcasts-confirm-schedule = Отправить рассылку <b>{ $at }</b>? Сейчас это <b>{ $count }</b> { $count ->
        [one] получатель
        [few] получателя
       *[many] получателей
    }; аудитория будет пересчитана в момент отправки.
broadcasts-confirm-yes = ✅ Да
broadcasts-confirm-back = ⬅️ Назад
broadcasts-ask-when = Когда отправить? Время Казахстана, например <code>25.12 10:00</code> или <code>25.12.2026 18:30</code>.
broadcasts-when-invalid = Не удалось разобрать дату. Пример: <code>25.12 10:00</code>.
broadcasts-when-past = Это время уже прошло. Укажите время в будущем.
broadcasts-when-too-far = Слишком далеко: не больше чем на 90 дней вперёд.
broadcasts-no-recipients = Сейчас под эту аудиторию никто не подходит — отправлять некому. Измените аудиторию или удалите черновик.
broadcasts-discarded = Черновик удалён, ничего не отправлено.
broadcasts-scheduled = 🕒 Рассылка #{ $id } запланирована на { $at }.
broadcasts-started = 🚀 Рассылка #{ $id } отправляется: { $count } { $count ->
        [one] получатель
        [few] получателя
       *[many] получателей
    }.
broadcasts-status-draft = 📝 <b>Рассылка #{ $id }</b> — черновик
broadcasts-status-scheduled = 🕒 <b>Рассылка #{ $id }</b> — запланирована на { $at }
broadcasts-status-sending = 📤 <b>Рассылка #{ $id }</b> — отправляется…
broadcasts-status-done = ✅ <b>Рассылка #{ $id }</b> — завершена { $at }
broadcasts-status-cancelled = ✖️ <b>Рассылка #{ $id }</b> — остановлена { $at }
broadcasts-report =
    ✅ Доставлено: { $sent }
    🚫 Заблокировали бота: { $blocked }
    ⚠️ Ошибки: { $failed }
    ⏳ В очереди: { $pending }
    ✖️ Не отправлено (остановлено): { $cancelled }
broadcasts-quiet-note = Тем, у кого сейчас тихие часы (обычно 22:00–08:00), сообщение придёт, когда они закончатся.
broadcasts-refresh = 🔄 Обновить
broadcasts-stop = ⛔ Остановить
broadcasts-cancel-scheduled = ✖️ Отменить рассылку
broadcasts-back-list = ⬅️ Мои рассылки
broadcasts-stop-ask = Остановить рассылку #{ $id }? Уже отправленные сообщения останутся, остальные не уйдут.
broadcasts-stop-yes = ⛔ Да, остановить
broadcasts-stop-no = ⬅️ Нет
broadcasts-stopped = Остановлено. Не будет отправлено: { $count }.
broadcasts-already-finished = Эта рассылка уже завершена.
broadcasts-list-title = 📣 <b>Рассылки</b> ({ $count })
broadcasts-list-empty = Рассылок пока нет.
broadcasts-list-item = { $n }. #{ $id } · { $status } · { $date } · { $sent }/{ $total } — { $text }
broadcasts-new = ➕ Новая рассылка
broadcasts-state-draft = черновик
broadcasts-state-scheduled = запланирована
broadcasts-state-sending = отправляется
broadcasts-state-done = завершена
broadcasts-state-cancelled = остановлена
