## Notices the bot sends on its own (rendered at send time in the recipient's language)
notifications-status-approved = ✅ <b>Ваша заявка одобрена!</b>
    Курс: «{ $course }»
    Начало: { $starts }
    До встречи на занятиях!
notifications-status-waitlisted = 🕒 <b>Вы в листе ожидания</b> на курс «{ $course }».
    Сейчас все места заняты. Если место освободится, я предложу его вам здесь.
notifications-status-rejected = ❌ Ваша заявка на курс «{ $course }» не принята.
    Причина: { $reason }
    Посмотрите другие курсы в разделе 🛠 Курсы.
notifications-status-offer-expired = ⌛ Место на курсе «{ $course }» не было подтверждено вовремя и перешло следующему в листе ожидания, а ваша заявка закрыта.
    Другие курсы — в разделе 🛠 Курсы.
notifications-status-changed = ℹ️ Ваша заявка на курс «{ $course }»: { $status }.
notifications-open-registration = 📝 Моя заявка
notifications-offer = 🎉 <b>Освободилось место!</b>
    Курс «{ $course }», начало: { $starts }.
    Место ваше, если подтвердите его до <b>{ $deadline }</b>. Потом оно перейдёт следующему в листе ожидания.
notifications-coordinator-alert = 📥 <b>Новая заявка</b> на курс «{ $course }»: { $name }.
    Ждут рассмотрения: { $pending }.
notifications-coordinator-alert-waitlisted = 📥 <b>Новая заявка</b> на курс «{ $course }»: { $name } — в листе ожидания, мест нет.
    Ждут рассмотрения: { $pending }.
notifications-open-pending = 📋 Рассмотреть заявки
notifications-open-course = 📊 Сводка по курсу
