## Personal data: /mydata and /deleteme
mydata-title = 🔐 <b>What I store about you</b>
mydata-none = —
mydata-section-telegram = <b>Telegram and settings</b>
mydata-telegram-id = Telegram id: { $id }
mydata-telegram-name = Name in Telegram: { $name }
mydata-telegram-username = Username: { $username }
mydata-language = Language: { $language }
mydata-region = Region: { $region }
mydata-since = Using the bot since: { $date }
mydata-section-signup = <b>Given when signing up for courses</b>
mydata-full-name = Full name: { $name }
mydata-phone = Phone: { $phone }
mydata-birth-date = Date of birth: { $date }
mydata-education = Education: { $education }
mydata-section-consents = <b>Consents to personal-data processing</b>
mydata-purpose-course-registration = course sign-up
mydata-consent-given = ✅ { $purpose } — text version { $version }, given { $given }
mydata-consent-withdrawn = ↩️ { $purpose } — text version { $version }, given { $given }, withdrawn { $withdrawn }
mydata-consent-by-representative = 👪 given by a parent or legal representative
mydata-section-registrations = <b>Course applications: { $count }</b>
mydata-registration = • { $course } — { $status } ({ $date })
mydata-registrations-more = …and { $count } more (see /my)
mydata-section-other = <b>Other</b>
mydata-subscriptions = Subscriptions: { $count }
mydata-watches = Reminders about events and courses: { $count }
mydata-footer = Why: to sign you up for courses and to send you the notices you asked for. Your sign-up details are seen only by the coordinators of the courses you applied to. The data is kept on the operator's server in Kazakhstan.
    To erase it: /deleteme
mydata-erase-button = 🗑 Delete my personal data
mydata-erase-confirm = 🗑 <b>Delete your personal data?</b>
    • Your full name, phone, date of birth, education and Telegram name will be erased.
    • Your consent will be withdrawn.
    • Your active course applications will be withdrawn (a seat you held goes to the next person); coordinators will see them as withdrawn, without your details.
    • Subscriptions and reminders will be deleted.
    Only your language and region stay, so the bot keeps working for you. This cannot be undone.
mydata-erase-yes = 🗑 Yes, delete everything
mydata-erase-no = No, keep it
mydata-erased = ✅ Done: your personal data is erased and your consent withdrawn.
