## Панель сотрудника, люди с ролями, приглашения, /stats
staff-role-admin = 🛡 Администратор
staff-role-staff = 🏛 Сотрудник региона — { $region }
staff-role-coordinator-course = 🎓 Координатор курса — { $course }
staff-role-coordinator-provider = 🎓 Координатор всех курсов: { $provider }

staff-command-panel = Панель сотрудника
staff-command-stats = Статистика
staff-command-staff = Люди с ролями
staff-command-invite = Пригласить сотрудника или координатора
staff-command-courses = Мои курсы и заявки

staff-panel-title = 🛠 <b>Панель сотрудника</b>
staff-panel-title-admin = 🛠 <b>Панель сотрудника</b> · администратор
staff-panel-regions = Регионы: { $regions }
staff-panel-all-regions = все регионы
staff-panel-events = 📅 Мероприятия
staff-panel-new-broadcast = ✉️ Новая рассылка
staff-panel-broadcasts = 📨 Рассылки
staff-panel-import = 📥 Импорт CSV
staff-panel-stats = 📊 Статистика
staff-panel-invite = 🔗 Пригласить
staff-panel-people = 👥 Люди
staff-back-panel = ‹ Панель сотрудника

staff-people-title = 👥 <b>Люди с ролями</b>: { $total }
staff-people-config-admin = 🛡 Администратор (настройка ADMIN_IDS)
staff-people-empty = Пока ни у кого нет роли. Отправьте ссылку-приглашение.
staff-people-hint = Нажмите ✖ с кодом, чтобы отозвать эту роль.
staff-revoke-confirm = Отозвать роль <b>{ $role }</b> у { $person }?
staff-revoke-yes = ✖ Да, отозвать
staff-revoke-no = Отмена
staff-revoked = ✅ Роль отозвана.
staff-revoke-gone = Эта роль уже отозвана.
staff-revoke-own-admin = Свою роль администратора отозвать нельзя.

staff-invite-choose-role = 🔗 <b>Новое приглашение</b>
    Кого вы приглашаете?
staff-invite-as-staff = 🏛 Сотрудника региона
staff-invite-as-coordinator = 🎓 Координатора курсов
staff-invite-choose-region = В каком регионе он будет работать?
staff-invite-choose-scope = Координатор всех курсов организации или одного курса?
staff-invite-by-provider = 🏫 Все курсы организации
staff-invite-by-course = 📘 Один курс
staff-invite-choose-provider = Выберите организацию:
staff-invite-choose-course = Выберите курс:
staff-invite-nothing-to-choose = Пока выбирать не из чего.
staff-invite-scope-unknown = Этот вариант больше недоступен.
staff-invite-created = 🔗 <b>Приглашение: { $role }</b>
    Отправьте эту ссылку человеку:
    { $link }
    Она сработает один раз, до { $expires }.
staff-invite-revoke = ✖ Отозвать приглашение
staff-invite-revoked = ✖ Приглашение отозвано, ссылка больше не работает.
staff-invite-revoke-unknown = Этого приглашения больше нет.
staff-invite-revoke-used = Приглашением уже воспользовались — отзовите роль в /staff.
staff-invite-revoke-revoked = Это приглашение уже отозвано.

staff-invite-accepted = ✅ Добро пожаловать в команду! Ваша роль: <b>{ $role }</b>.
staff-invite-accepted-already = ✅ У вас уже есть эта роль: <b>{ $role }</b>.
staff-invite-hint-staff = Все инструменты — в панели сотрудника (/panel).
staff-invite-hint-coordinator = Ваши курсы и заявки — в разделе /courses.
staff-invite-open-panel = 🛠 Открыть панель сотрудника
staff-invite-refused-unknown = Ссылка-приглашение недействительна. Попросите новую.
staff-invite-refused-used = Этой ссылкой уже воспользовались. Попросите новую.
staff-invite-refused-expired = Срок действия ссылки истёк. Попросите новую.
staff-invite-refused-revoked = Приглашение отозвано. Попросите новое.
staff-invite-accepted-notice = ✅ { $person } принял(а) ваше приглашение: <b>{ $role }</b>.

staff-stats-title = 📊 <b>Статистика</b> · { $scope }
staff-stats-users = 👥 Пользователи: { $total } · активных { $active } · новых за 7 дней { $recent }
staff-stats-subscribers = 🔔 Активных подписчиков: { $count }
staff-stats-signups = 📝 Заявки на курсы: { $counts }
staff-stats-deliveries = ✉️ Сообщения за последние { $days } дней: { $counts }
staff-stats-regions = <b>По регионам</b> (👥 пользователи · 🔔 подписчики · 📝 заявки · 📅 предстоящие мероприятия)
staff-stats-region-line = { $region }: 👥 { $users } · 🔔 { $subscribers } · 📝 { $signups } · 📅 { $events }
staff-stats-trend = <b>Последние 7 дней</b> (👥 новые пользователи · 📝 заявки · ✉️ отправлено сообщений)
staff-stats-trend-line = { $day }: 👥 { $users } · 📝 { $signups } · ✉️ { $sent }
staff-stats-legend = <i>Пользователи считаются в выбранном ими регионе, заявки и мероприятия — в регионе курса или мероприятия.</i>
staff-stats-refresh = 🔄 Обновить
staff-delivery-pending = в очереди
staff-delivery-sending = отправляются
staff-delivery-sent = отправлено
staff-delivery-failed = ошибка
staff-delivery-blocked = бот заблокирован
staff-delivery-cancelled = отменено
