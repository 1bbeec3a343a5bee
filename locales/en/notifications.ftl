## Notices the bot sends on its own (rendered at send time in the recipient's language)
notifications-status-approved = ✅ <b>Your application is approved!</b>
    Course: «{ $course }»
    Starts: { $starts }
    See you at the course!
notifications-status-waitlisted = 🕒 <b>You are on the waitlist</b> for «{ $course }».
    All seats are taken for now. If one frees up, I will offer it to you here.
notifications-status-rejected = ❌ Your application for «{ $course }» was not accepted.
    Reason: { $reason }
    Have a look at other courses in 🛠 Courses.
notifications-status-offer-expired = ⌛ The seat on «{ $course }» was not confirmed in time, so it went to the next person on the waitlist, and your application is closed.
    Other courses are waiting for you in 🛠 Courses.
notifications-status-changed = ℹ️ Your application for «{ $course }»: { $status }.
notifications-open-registration = 📝 My sign-up
notifications-offer = 🎉 <b>A seat has freed up!</b>
    Course: «{ $course }», starts { $starts }.
    The seat is yours if you confirm it by <b>{ $deadline }</b>. After that it goes to the next person on the waitlist.
notifications-coordinator-alert = 📥 <b>New application</b> for «{ $course }»: { $name }.
    Waiting for review: { $pending }.
notifications-coordinator-alert-waitlisted = 📥 <b>New application</b> for «{ $course }»: { $name } — on the waitlist, the course is full.
    Waiting for review: { $pending }.
notifications-open-pending = 📋 Review applications
notifications-open-course = 📊 Course overview

## Coordinators' daily digest (planned at 09:00, see src/domain/registrations/digest.ts)
notifications-coordinator-digest = 🗞 <b>Applications of the day</b>
    { $period }
notifications-coordinator-digest-course = • «{ $course }»: { $fresh } new · { $pending } waiting for review
notifications-coordinator-digest-more = …and { $count ->
    [one] one more course
   *[other] { $count } more courses
} in 📋 My courses.
notifications-coordinator-digest-review = 📋 Review: { $course } ({ $pending })
notifications-open-my-courses = 📋 My courses
