## Broadcasts (regional staff and admins)
broadcasts-expired = This broadcast draft has expired. Start again with /broadcast.
broadcasts-too-long = ✖️ This broadcast draft has gone on for too long, so I closed it; nothing was sent. Start again with /broadcast.
broadcasts-ask-message =
    📣 <b>New broadcast</b>
    Send the message exactly as people should get it: text with formatting (bold, italics, links…) or a photo with a caption.
    /cancel — stop.
broadcasts-unsupported = Only a text message or a photo (with an optional caption) can be broadcast. Please send one of those.
broadcasts-content-empty = The message is empty. Please send some text.
broadcasts-content-text-too-long = The text is too long: at most 4096 characters.
broadcasts-content-caption-too-long = The caption is too long: a photo can have at most 1024 characters.
broadcasts-ask-regions = Which regions? Tap to select, then “Next”.
broadcasts-regions-all-button = 🌐 All regions
broadcasts-regions-all = all regions
broadcasts-next = Next ➡️
broadcasts-pick-region = Choose at least one region.
broadcasts-use-buttons = Please use the buttons below.
broadcasts-ask-who = Who should get it?
broadcasts-who-subscribers = All subscribers
broadcasts-who-vacancies = Vacancy subscribers
broadcasts-who-events = Event subscribers
broadcasts-who-courses = Course subscribers
broadcasts-who-admission = Admission subscribers
broadcasts-who-everyone = Everyone in the region
broadcasts-ask-language = In which interface language?
broadcasts-lang-all = All languages
broadcasts-lang-kk = Kazakh
broadcasts-lang-ru = Russian
broadcasts-lang-en = English
broadcasts-preview-title = 👀 Preview — recipients will get exactly this:
broadcasts-audience = Audience: { $regions } · { $who } · { $language }
broadcasts-recipients = Recipients: <b>{ $count }</b>
broadcasts-send-now = 🚀 Send now
broadcasts-schedule = 🕒 Schedule
broadcasts-edit-text = ✏️ Edit message
broadcasts-edit-audience = 👥 Edit audience
broadcasts-cancel = ✖️ Discard
broadcasts-confirm-send = Send the broadcast to <b>{ $count }</b> { $count ->
        [one] recipient
       *[other] recipients
    } now?
broadcasts-confirm-schedule = Send the broadcast on <b>{ $at }</b>? Right now that is <b>{ $count }</b> { $count ->
        [one] recipient
       *[other] recipients
    }; the audience is counted again when it starts.
broadcasts-confirm-yes = ✅ Yes
broadcasts-confirm-back = ⬅️ Back
broadcasts-ask-when = When should it be sent? Kazakhstan time, for example <code>25.12 10:00</code> or <code>25.12.2026 18:30</code>.
broadcasts-when-invalid = I could not read that date. Example: <code>25.12 10:00</code>.
broadcasts-when-past = That time has already passed. Please give a time in the future.
broadcasts-when-too-far = That is too far ahead: at most 90 days.
broadcasts-no-recipients = Nobody matches this audience right now, so there is nothing to send. Change the audience or discard the broadcast.
broadcasts-discarded = The broadcast was discarded; nothing was sent.
broadcasts-scheduled = 🕒 Broadcast #{ $id } is scheduled for { $at }.
broadcasts-started = 🚀 Broadcast #{ $id } is on its way to { $count } { $count ->
        [one] recipient
       *[other] recipients
    }.
broadcasts-status-draft = 📝 <b>Broadcast #{ $id }</b> — draft
broadcasts-status-scheduled = 🕒 <b>Broadcast #{ $id }</b> — scheduled for { $at }
broadcasts-status-sending = 📤 <b>Broadcast #{ $id }</b> — sending…
broadcasts-status-done = ✅ <b>Broadcast #{ $id }</b> — finished { $at }
broadcasts-status-cancelled = ✖️ <b>Broadcast #{ $id }</b> — stopped { $at }
broadcasts-report =
    ✅ Sent: { $sent }
    🚫 Blocked the bot: { $blocked }
    ⚠️ Failed: { $failed }
    ⏳ Waiting: { $pending }
    ✖️ Not sent (stopped): { $cancelled }
broadcasts-quiet-note = People in their quiet hours (usually 22:00–08:00) get it when those end.
broadcasts-refresh = 🔄 Refresh
broadcasts-stop = ⛔ Stop sending
broadcasts-cancel-scheduled = ✖️ Cancel broadcast
broadcasts-back-list = ⬅️ My broadcasts
broadcasts-stop-ask = Stop broadcast #{ $id }? Messages already sent stay; the rest will not be sent.
broadcasts-stop-yes = ⛔ Yes, stop
broadcasts-stop-no = ⬅️ No
broadcasts-stopped = Stopped. { $count } { $count ->
        [one] message
       *[other] messages
    } will not be sent.
broadcasts-already-finished = This broadcast has already finished.
broadcasts-list-title = 📣 <b>Broadcasts</b> ({ $count })
broadcasts-list-empty = No broadcasts yet.
broadcasts-list-item = { $n }. #{ $id } · { $status } · { $date } · { $sent }/{ $total } — { $text }
broadcasts-new = ➕ New broadcast
broadcasts-state-draft = draft
broadcasts-state-scheduled = scheduled
broadcasts-state-sending = sending
broadcasts-state-done = finished
broadcasts-state-cancelled = stopped
