## Dialogs in general (/cancel works in every dialog)
dialog-cancelled = ✖️ Cancelled. Nothing was saved. /menu — main menu.
dialog-nothing-to-cancel = There is nothing to cancel right now.
dialog-left = ✖️ The open form was closed; nothing was saved.
dialog-busy = Please answer the question below first, or send /cancel.
dialog-too-long = ✖️ This form has gone on for too long, so I closed it; nothing was saved. Start again when you are ready.

## Course sign-up — entry from the course card
signup-button = 📝 Sign up
signup-full-ask = 😕 All seats of «{ $course }» are taken. Would you like to join the waitlist? If a seat frees up, I will offer it to you here.
signup-waitlist-yes = ⏳ Join the waitlist
signup-waitlist-no = ‹ Back to the course
signup-closed = ⛔ Registration for «{ $course }» is closed: the deadline has passed.
signup-started = ⛔ «{ $course }» has already started, so registration is closed.
signup-duplicate = You have already applied for «{ $course }». You can follow your application in /my.
signup-age = 😕 «{ $course }» is for participants aged { $min }–{ $max }, so I can't sign you up for it. Have a look at the other courses in the menu.

## The form
signup-start =
    📝 <b>Sign-up: { $course }</b>
    I will ask five short questions. Nothing is sent until you confirm at the end; /cancel stops at any time.
signup-ask-name = 👤 Your <b>surname and name</b> as in your ID card, e.g. «Akhmetova Aigerim».
signup-use-name = ✅ Use: { $name }
signup-name-length = The name must be 2 to 100 characters long.
signup-name-chars = Please use letters only (any alphabet), spaces, hyphens and apostrophes — no digits or emoji.
signup-name-words = Please write both your surname and your name.
signup-need-text = Please answer with a text message.
signup-ask-phone = 📱 Your <b>phone number</b>: tap «📱 Share my number» below or type it, e.g. +7 701 234 56 78.
signup-share-phone = 📱 Share my number
signup-phone-placeholder = +7 7XX XXX XX XX
signup-phone-need = Please tap «📱 Share my number» or type the number.
signup-phone-invalid = That doesn't look like a phone number. Type it like +7 701 234 56 78 or 8 701 234 56 78.
signup-phone-not-own = That is someone else's contact. Please share your own number with the button below, or type it.
signup-phone-saved = 📱 Phone: { $phone }
signup-ask-birth = 🎂 Your <b>date of birth</b> as DD.MM.YYYY, e.g. 05.03.2004.
signup-birth-invalid = I couldn't read that date. Please write the day, month and year, e.g. 05.03.2004.
signup-ask-education = 🎓 Your <b>education</b> (completed or current):
signup-education-school9 = 9 school grades
signup-education-school11 = 11 school grades
signup-education-college = College
signup-education-bachelor = University
signup-education-other = Other
signup-use-buttons = Please choose one of the buttons.

## Consent (the text names its version; change both together, see src/domain/consent.ts)
signup-consent-text =
    <b>Consent to the processing of personal data</b> (version { $version })

    <b>Operator:</b> the Mamandyq service and the akimat (local administration) of your region.
    <b>What is collected:</b> your full name, phone number, date of birth and education.
    <b>Why:</b> to enrol you on the course you chose.
    <b>Who sees it:</b> the course coordinator and the organisation running the course.
    <b>How long it is kept:</b> until one year after the course ends, or until you withdraw your consent.
    Your data is not transferred abroad.
    See your data with /mydata; withdraw consent and erase it at any time with /deleteme.

    Do you agree?
signup-consent-yes = ✅ I agree
signup-consent-no = ✖️ I don't agree
signup-consent-representative = 👪 <b>You are under { $age }</b>, so a parent or legal representative agrees for you. Show them this message: pressing the button below confirms that they have read it and agree.
signup-consent-representative-yes = ✅ My parent / representative agrees
signup-consent-declined = Without your consent I can't pass your application to the course. Nothing was saved. You can sign up again any time from the course card.

## Summary and result
signup-summary =
    <b>Please check your application</b>

    🛠 Course: <b>{ $course }</b>
    👤 Name: { $name }
    📱 Phone: { $phone }
    🎂 Date of birth: { $birth }
    🎓 Education: { $education }
signup-summary-waitlist = ⏳ The course is full: you will join its waitlist.
signup-confirm = ✅ Send the application
signup-edit-name = ✏️ Name
signup-edit-phone = ✏️ Phone
signup-edit-birth = ✏️ Date of birth
signup-edit-edu = ✏️ Education
signup-cancel = ✖️ Cancel
signup-cancelled = ✖️ Sign-up cancelled. Nothing was saved.
signup-done-pending = ✅ Your application for «{ $course }» has been sent. The coordinator will review it and I will tell you the decision here. Follow it in /my.
signup-done-waitlisted = ⏳ You are on the waitlist of «{ $course }». If a seat frees up, I will offer it to you here. See /my.
signup-offer-waitlist = 😕 While you were filling in the form, the last seats of «{ $course }» were taken. Would you like to join the waitlist?
signup-offer-yes = ⏳ Join the waitlist
signup-offer-no = ✖️ No, thanks
signup-expired = ⌛ The sign-up expired: more than 24 hours passed since the last answer. Nothing was saved — please start again from the course card.
