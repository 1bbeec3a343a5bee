## Notices the bot sends on its own (rendered at send time in the recipient's language)
notifications-status-approved = ✅ <b>Өтініміңіз мақұлданды!</b>
    Курс: «{ $course }»
    Басталуы: { $starts }
    Сабақта кездескенше!
notifications-status-waitlisted = 🕒 «{ $course }» курсы бойынша <b>күту тізіміне енгізілдіңіз</b>.
    Қазір барлық орын бос емес. Орын босаса, оны осы жерде сізге ұсынамын.
notifications-status-rejected = ❌ «{ $course }» курсына өтініміңіз қабылданбады.
    Себебі: { $reason }
    🛠 Курстар бөлімінен басқа курстарды қарап көріңіз.
notifications-status-offer-expired = ⌛ «{ $course }» курсындағы орын уақытында расталмады, сондықтан ол күту тізіміндегі келесі адамға берілді, ал өтініміңіз жабылды.
    Басқа курстар 🛠 Курстар бөлімінде.
notifications-status-changed = ℹ️ «{ $course }» курсына өтініміңіз: { $status }.
notifications-open-registration = 📝 Менің өтінімім
notifications-offer = 🎉 <b>Орын босады!</b>
    Курс: «{ $course }», басталуы: { $starts }.
    Растау мерзімі: <b>{ $deadline }</b>. Осы уақытқа дейін растасаңыз, орын сіздікі, әйтпесе ол күту тізіміндегі келесі адамға беріледі.
notifications-coordinator-alert = 📥 «{ $course }» курсына <b>жаңа өтінім</b>: { $name }.
    Қаралуын күтіп тұрғаны: { $pending }.
notifications-coordinator-alert-waitlisted = 📥 «{ $course }» курсына <b>жаңа өтінім</b>: { $name } — күту тізімінде, бос орын жоқ.
    Қаралуын күтіп тұрғаны: { $pending }.
notifications-open-pending = 📋 Өтінімдерді қарау
notifications-open-course = 📊 Курс бойынша жиынтық

## Coordinators' daily digest (planned at 09:00, see src/domain/registrations/digest.ts)
notifications-coordinator-digest = 🗞 <b>Тәулік ішіндегі өтінімдер</b>
    { $period }
notifications-coordinator-digest-course = • «{ $course }»: жаңасы — { $fresh }, қаралуын күтіп тұрғаны — { $pending }
notifications-coordinator-digest-more = …тағы { $count } курс — 📋 Курстарым бөлімінде.
notifications-coordinator-digest-review = 📋 Қарау: { $course } ({ $pending })
notifications-open-my-courses = 📋 Курстарым
