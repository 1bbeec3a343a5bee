## Personal data: /mydata and /deleteme
mydata-title = 🔐 <b>Что я храню о вас</b>
mydata-none = —
mydata-section-telegram = <b>Telegram и настройки</b>
mydata-telegram-id = Telegram id: { $id }
mydata-telegram-name = Имя в Telegram: { $name }
mydata-telegram-username = Имя пользователя: { $username }
mydata-language = Язык: { $language }
mydata-region = Регион: { $region }
mydata-since = Пользуетесь ботом с { $date }
mydata-section-signup = <b>Указано при записи на курсы</b>
mydata-full-name = ФИО: { $name }
mydata-phone = Телефон: { $phone }
mydata-birth-date = Дата рождения: { $date }
mydata-education = Образование: { $education }
mydata-section-consents = <b>Согласия на обработку персональных данных</b>
mydata-purpose-course-registration = запись на курсы
mydata-consent-given = ✅ { $purpose } — версия текста { $version }, дано { $given }
mydata-consent-withdrawn = ↩️ { $purpose } — версия текста { $version }, дано { $given }, отозвано { $withdrawn }
mydata-consent-by-representative = 👪 дано родителем или законным представителем
mydata-section-registrations = <b>Заявки на курсы: { $count }</b>
mydata-registration = • { $course } — { $status } ({ $date })
mydata-registrations-more = …и ещё { $count } (см. /my)
mydata-section-other = <b>Прочее</b>
mydata-subscriptions = Подписки: { $count }
mydata-watches = Напоминания о мероприятиях и курсах: { $count }
mydata-footer = Зачем: чтобы записывать вас на курсы и присылать уведомления, о которых вы просили. Данные заявок видят только координаторы курсов, на которые вы записались. Данные хранятся на сервере оператора в Казахстане.
    Удалить их: /deleteme
mydata-erase-button = 🗑 Удалить мои персональные данные
mydata-erase-confirm = 🗑 <b>Удалить ваши персональные данные?</b>
    • Будут стёрты ФИО, телефон, дата рождения, образование и имя в Telegram.
    • Ваше согласие будет отозвано.
    • Действующие заявки на курсы будут отозваны (занятое вами место перейдёт следующему); координаторы увидят их как отозванные, без ваших данных.
    • Подписки и напоминания будут удалены.
    Останутся только язык и регион, чтобы бот продолжал работать. Отменить это нельзя.
mydata-erase-yes = 🗑 Да, удалить всё
mydata-erase-no = Нет, оставить
mydata-erased = ✅ Готово: ваши персональные данные удалены, согласие отозвано.
