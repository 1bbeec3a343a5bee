## Coordinators: courses, applications, decisions, export
coordinator-not-allowed = This is only for course coordinators.
coordinator-forbidden = This course is not among yours — nothing was changed.
coordinator-courses-title = 📋 <b>Your courses</b>
coordinator-courses-empty = You have no running courses right now.
coordinator-courses-hint = Press a number to open a course.
coordinator-alerts-instant = 🔔 Alerts: each application
coordinator-alerts-digest = 🔔 Alerts: daily digest
coordinator-alerts-instant-hint = 🔔 I write to you here about every new application. Would one summary a day suit you better? Press the 🔔 button.
coordinator-alerts-digest-hint = 🗞 New applications come in one digest a day, at { $time } Astana time. For a message about each one, press the 🔔 button.
coordinator-alerts-now-instant = 🔔 Done: a message about each new application.
coordinator-alerts-now-digest = 🗞 Done: one digest a day, at { $time }.
coordinator-course-line = { $n }. <b>{ $course }</b> · 📅 { $starts }
coordinator-count = { $status }: { $count }
coordinator-no-applications = no applications yet
coordinator-capacity = 🪑 Seats: { $capacity }
coordinator-review-pending = 📋 Review applications ({ $count })
coordinator-review-waitlist = 🕒 Waitlist ({ $count })
coordinator-export = 📄 Export to CSV
coordinator-back-courses = ‹ My courses
coordinator-back-course = ‹ To the course

## One application
coordinator-app-title = <b>Application { $n } of { $total }</b> · { $course }
coordinator-app-status = Status: { $status }
coordinator-app-name = 👤 { $name }
coordinator-app-phone = 📞 { $phone }
coordinator-app-birth = 🎂 { $date } ({ $age } years old)
coordinator-app-birth-erased = 🎂 —
coordinator-app-education = 🎓 { $education }
coordinator-app-applied = 🗓 Applied: { $date }
coordinator-approve = ✅ Approve
coordinator-waitlist = 🕒 Waitlist
coordinator-reject = ❌ Reject
coordinator-approved = ✅ Approved. The applicant will be told.
coordinator-waitlisted = 🕒 Put on the waitlist. The applicant will be told.
coordinator-rejected = ❌ Rejected. The applicant will be told, with your reason.
coordinator-invalid-state = This application has already been decided or withdrawn.
coordinator-no-seats = No free seats: the course is full. You can put the applicant on the waitlist.
coordinator-none-left = No applications left with the status «{ $status }».

## Reason for a rejection (the first line must start with "❌ #{ $id }")
coordinator-reject-prompt = ❌ #{ $id } · { $name }
    Why is this application rejected? <b>Reply to this message</b> with the reason (up to { $max } characters) — the applicant will see it.
    Changed your mind? Just don't reply.
coordinator-reject-placeholder = Reason for the rejection
coordinator-reject-toast = Write the reason
coordinator-reason-empty = Please send the reason as text.
coordinator-reason-too-long = The reason is too long: { $length } characters, at most { $max }.

## CSV export
coordinator-csv-sending = Preparing the file…
coordinator-csv-caption = Applications: { $course }
coordinator-csv-number = No.
coordinator-csv-fullName = Full name
coordinator-csv-phone = Phone
coordinator-csv-birthDate = Date of birth
coordinator-csv-educationLevel = Education
coordinator-csv-status = Status
coordinator-csv-rejectReason = Reason for rejection
coordinator-csv-appliedAt = Applied at
coordinator-csv-consentBy = Consent given by
coordinator-csv-consent-self = themselves
coordinator-csv-consent-representative = parent or legal representative
coordinator-csv-status-pending = under review
coordinator-csv-status-approved = approved
coordinator-csv-status-waitlisted = waitlist
coordinator-csv-status-offered = seat offered
coordinator-csv-status-rejected = rejected
coordinator-csv-status-cancelled = cancelled
coordinator-csv-status-withdrawn = withdrawn

## Admin: granting the role
coordinator-grant-usage = Usage: <code>/{ $command } &lt;Telegram id&gt; &lt;provider id | course:ID&gt;</code>
    For example: <code>/{ $command } 123456789 4</code> or <code>/{ $command } 123456789 course:12</code>
coordinator-scope-provider = all courses of provider #{ $id }
coordinator-scope-course = course #{ $id }
coordinator-granted = ✅ User { $user } is now a coordinator: { $scope }.
coordinator-revoked = ✅ User { $user } is no longer a coordinator: { $scope }.
coordinator-grant-user-unknown = No user with Telegram id { $user }: they must open the bot and press Start first.
coordinator-grant-scope-unknown = There is no { $scope }.
coordinator-grant-already = User { $user } already coordinates { $scope }.
coordinator-revoke-not-granted = User { $user } does not coordinate { $scope }.
