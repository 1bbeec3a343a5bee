## Coordinators: courses, applications, decisions, export
coordinator-not-allowed = Бұл тек курс үйлестірушілеріне қолжетімді.
coordinator-forbidden = Бұл курс сіздің курстарыңыздың қатарында жоқ — ештеңе өзгертілген жоқ.
coordinator-courses-title = 📋 <b>Сіздің курстарыңыз</b>
coordinator-courses-empty = Қазір сізде жүріп жатқан не алдағы курстар жоқ.
coordinator-courses-hint = Курсты ашу үшін нөмірін басыңыз.
coordinator-alerts-instant = 🔔 Хабарламалар: әр өтінім туралы
coordinator-alerts-digest = 🔔 Хабарламалар: күніне бір жиынтық
coordinator-alerts-instant-hint = 🔔 Әр жаңа өтінім туралы осында хабарлаймын. Күніне бір жиынтық ыңғайлырақ па? 🔔 батырмасын басыңыз.
coordinator-alerts-digest-hint = 🗞 Жаңа өтінімдер күніне бір рет, Астана уақытымен сағат { $time }-де жиынтық болып келеді. Әр өтінім туралы жеке хабар алу үшін 🔔 батырмасын басыңыз.
coordinator-alerts-now-instant = 🔔 Дайын: әр жаңа өтінім туралы хабарлаймын.
coordinator-alerts-now-digest = 🗞 Дайын: күніне бір жиынтық, сағат { $time }-де.
coordinator-course-line = { $n }. <b>{ $course }</b> · 📅 { $starts }
coordinator-count = { $status }: { $count }
coordinator-no-applications = әзірге өтінім жоқ
coordinator-capacity = 🪑 Орын саны: { $capacity }
coordinator-review-pending = 📋 Өтінімдерді қарау ({ $count })
coordinator-review-waitlist = 🕒 Күту тізімі ({ $count })
coordinator-export = 📄 CSV-ге шығару
coordinator-back-courses = ‹ Курстарым
coordinator-back-course = ‹ Курсқа оралу

## One application
coordinator-app-title = <b>Өтінім: { $n } / { $total }</b> · { $course }
coordinator-app-status = Күйі: { $status }
coordinator-app-name = 👤 { $name }
coordinator-app-phone = 📞 { $phone }
coordinator-app-birth = 🎂 { $date } ({ $age } жаста)
coordinator-app-birth-erased = 🎂 —
coordinator-app-education = 🎓 { $education }
coordinator-app-applied = 🗓 Берілген уақыты: { $date }
coordinator-approve = ✅ Мақұлдау
coordinator-waitlist = 🕒 Күту тізіміне
coordinator-reject = ❌ Қабылдамау
coordinator-approved = ✅ Өтінім мақұлданды. Өтініш берушіге хабар жіберіледі.
coordinator-waitlisted = 🕒 Өтінім күту тізіміне қойылды. Өтініш берушіге хабар жіберіледі.
coordinator-rejected = ❌ Өтінім қабылданбады. Өтініш берушіге себебімен бірге хабар жіберіледі.
coordinator-invalid-state = Бұл өтінім бойынша шешім әлдеқашан қабылданған немесе ол кері қайтарылған.
coordinator-no-seats = Бос орын жоқ: курс толық. Өтініш берушіні күту тізіміне қоюға болады.
coordinator-none-left = «{ $status }» күйіндегі өтінім енді жоқ.

## Reason for a rejection (the first line must start with "❌ #{ $id }")
coordinator-reject-prompt = ❌ #{ $id } · { $name }
    Өтінім неге қабылданбады? Себебін <b>осы хабарламаға жауап ретінде</b> жазыңыз ({ $max } таңбаға дейін) — өтініш беруші оны көреді.
    Ойыңыз өзгерді ме? Жауап бермей-ақ қойыңыз.
coordinator-reject-placeholder = Бас тарту себебі
coordinator-reject-toast = Себебін жазыңыз
coordinator-reason-empty = Себебін мәтінмен жіберіңіз.
coordinator-reason-too-long = Себебі тым ұзын: { $length } таңба, ең көбі { $max } болуы керек.

## CSV export
coordinator-csv-sending = Файлды дайындап жатырмын…
coordinator-csv-caption = Өтінімдер: { $course }
coordinator-csv-number = №
coordinator-csv-fullName = Аты-жөні
coordinator-csv-phone = Телефон
coordinator-csv-birthDate = Туған күні
coordinator-csv-educationLevel = Білімі
coordinator-csv-status = Күйі
coordinator-csv-rejectReason = Бас тарту себебі
coordinator-csv-appliedAt = Өтінім берілген күн
coordinator-csv-consentBy = Келісім берген
coordinator-csv-consent-self = өзі
coordinator-csv-consent-representative = ата-анасы немесе заңды өкілі
coordinator-csv-status-pending = қаралуда
coordinator-csv-status-approved = мақұлданды
coordinator-csv-status-waitlisted = күту тізімі
coordinator-csv-status-offered = орын ұсынылды
coordinator-csv-status-rejected = қабылданбады
coordinator-csv-status-cancelled = тоқтатылды
coordinator-csv-status-withdrawn = кері қайтарылды

## Admin: granting the role
coordinator-grant-usage = Пішімі: <code>/{ $command } &lt;Telegram id&gt; &lt;провайдер id | course:ID&gt;</code>
    Мысалы: <code>/{ $command } 123456789 4</code> немесе <code>/{ $command } 123456789 course:12</code>
coordinator-scope-provider = #{ $id } провайдердің барлық курстары
coordinator-scope-course = #{ $id } курс
coordinator-granted = ✅ { $user } пайдаланушысы енді үйлестіруші: { $scope }.
coordinator-revoked = ✅ { $user } пайдаланушысы енді үйлестіруші емес: { $scope }.
coordinator-grant-user-unknown = Telegram id { $user } пайдаланушысы табылмады: алдымен ол ботты ашып, «Бастау» батырмасын басуы керек.
coordinator-grant-scope-unknown = Табылмады: { $scope }.
coordinator-grant-already = { $user } пайдаланушысы қазірдің өзінде үйлестіруші: { $scope }.
coordinator-revoke-not-granted = { $user } пайдаланушысы үйлестіруші емес: { $scope }.
