## Coordinators: courses, applications, decisions, export
coordinator-not-allowed = Это доступно только координаторам курсов.
coordinator-forbidden = Этого курса нет среди ваших — ничего не изменено.
coordinator-courses-title = 📋 <b>Ваши курсы</b>
coordinator-courses-empty = Сейчас у вас нет идущих или предстоящих курсов.
coordinator-courses-hint = Нажмите номер, чтобы открыть курс.
coordinator-alerts-instant = 🔔 Уведомления: о каждой заявке
coordinator-alerts-digest = 🔔 Уведомления: сводка раз в день
coordinator-alerts-instant-hint = 🔔 О каждой новой заявке я пишу вам сюда. Удобнее одна сводка в день? Нажмите кнопку 🔔.
coordinator-alerts-digest-hint = 🗞 Новые заявки приходят одной сводкой в день, в { $time } по времени Астаны. Чтобы получать сообщение о каждой, нажмите кнопку 🔔.
coordinator-alerts-now-instant = 🔔 Готово: буду писать о каждой новой заявке.
coordinator-alerts-now-digest = 🗞 Готово: одна сводка в день, в { $time }.
coordinator-course-line = { $n }. <b>{ $course }</b> · 📅 { $starts }
coordinator-count = { $status }: { $count }
coordinator-no-applications = заявок пока нет
coordinator-capacity = 🪑 Мест: { $capacity }
coordinator-review-pending = 📋 Рассмотреть заявки ({ $count })
coordinator-review-waitlist = 🕒 Лист ожидания ({ $count })
coordinator-export = 📄 Выгрузить в CSV
coordinator-back-courses = ‹ Мои курсы
coordinator-back-course = ‹ К курсу

## One application
coordinator-app-title = <b>Заявка { $n } из { $total }</b> · { $course }
coordinator-app-status = Статус: { $status }
coordinator-app-name = 👤 { $name }
coordinator-app-phone = 📞 { $phone }
coordinator-app-birth = 🎂 { $date } ({ $age ->
    [one] { $age } год
    [few] { $age } года
   *[many] { $age } лет
})
coordinator-app-birth-erased = 🎂 —
coordinator-app-education = 🎓 { $education }
coordinator-app-applied = 🗓 Подана: { $date }
coordinator-approve = ✅ Одобрить
coordinator-waitlist = 🕒 В лист ожидания
coordinator-reject = ❌ Отклонить
coordinator-approved = ✅ Заявка одобрена. Заявитель получит сообщение.
coordinator-waitlisted = 🕒 Заявка в листе ожидания. Заявитель получит сообщение.
coordinator-rejected = ❌ Заявка отклонена. Заявитель получит сообщение с вашей причиной.
coordinator-invalid-state = По этой заявке уже принято решение, или её отозвали.
coordinator-no-seats = Свободных мест нет: курс заполнен. Можно поставить заявителя в лист ожидания.
coordinator-none-left = Заявок со статусом «{ $status }» больше нет.

## Reason for a rejection (the first line must start with "❌ #{ $id }")
coordinator-reject-prompt = ❌ #{ $id } · { $name }
    Почему заявка отклонена? <b>Ответьте на это сообщение</b> причиной (до { $max } символов) — заявитель её увидит.
    Передумали? Просто не отвечайте.
coordinator-reject-placeholder = Причина отказа
coordinator-reject-toast = Напишите причину
coordinator-reason-empty = Пришлите причину текстом.
coordinator-reason-too-long = Причина слишком длинная: { $length ->
    [one] { $length } символ
    [few] { $length } символа
   *[many] { $length } символов
}, а можно не больше { $max }.

## CSV export
coordinator-csv-sending = Готовлю файл…
coordinator-csv-caption = Заявки: { $course }
coordinator-csv-number = №
coordinator-csv-fullName = ФИО
coordinator-csv-phone = Телефон
coordinator-csv-birthDate = Дата рождения
coordinator-csv-educationLevel = Образование
coordinator-csv-status = Статус
coordinator-csv-rejectReason = Причина отказа
coordinator-csv-appliedAt = Дата заявки
coordinator-csv-consentBy = Согласие дал(а)
coordinator-csv-consent-self = сам(а)
coordinator-csv-consent-representative = родитель или законный представитель
coordinator-csv-status-pending = на рассмотрении
coordinator-csv-status-approved = одобрена
coordinator-csv-status-waitlisted = лист ожидания
coordinator-csv-status-offered = предложено место
coordinator-csv-status-rejected = отклонена
coordinator-csv-status-cancelled = отменена
coordinator-csv-status-withdrawn = отозвана

## Admin: granting the role
coordinator-grant-usage = Формат: <code>/{ $command } &lt;Telegram id&gt; &lt;id провайдера | course:ID&gt;</code>
    Например: <code>/{ $command } 123456789 4</code> или <code>/{ $command } 123456789 course:12</code>
coordinator-scope-provider = все курсы провайдера #{ $id }
coordinator-scope-course = курс #{ $id }
coordinator-granted = ✅ Пользователь { $user } теперь координатор: { $scope }.
coordinator-revoked = ✅ Пользователь { $user } больше не координатор: { $scope }.
coordinator-grant-user-unknown = Пользователя с Telegram id { $user } нет: пусть сначала откроет бота и нажмёт «Старт».
coordinator-grant-scope-unknown = Не найдено: { $scope }.
coordinator-grant-already = Пользователь { $user } уже координатор: { $scope }.
coordinator-revoke-not-granted = Пользователь { $user } не координатор: { $scope }.
