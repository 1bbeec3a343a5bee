## Staff panel, people with roles, invites, /stats
staff-role-admin = 🛡 Administrator
staff-role-staff = 🏛 Regional staff — { $region }
staff-role-coordinator-course = 🎓 Course coordinator — { $course }
staff-role-coordinator-provider = 🎓 Coordinator of all courses of { $provider }

staff-command-panel = Staff panel
staff-command-stats = Statistics
staff-command-staff = People with roles
staff-command-invite = Invite staff or a coordinator
staff-command-courses = My courses and applications

staff-panel-title = 🛠 <b>Staff panel</b>
staff-panel-title-admin = 🛠 <b>Staff panel</b> · administrator
staff-panel-regions = Regions: { $regions }
staff-panel-all-regions = all regions
staff-panel-events = 📅 Events
staff-panel-new-broadcast = ✉️ New broadcast
staff-panel-broadcasts = 📨 Broadcasts
staff-panel-import = 📥 Import CSV
staff-panel-stats = 📊 Statistics
staff-panel-invite = 🔗 Invite
staff-panel-people = 👥 People
staff-back-panel = ‹ Staff panel

staff-people-title = 👥 <b>People with roles</b>: { $total }
staff-people-config-admin = 🛡 Administrator (ADMIN_IDS setting)
staff-people-empty = Nobody has a role yet. Send an invite link.
staff-people-hint = Tap ✖ with a code to revoke that role.
staff-revoke-confirm = Revoke the role <b>{ $role }</b> from { $person }?
staff-revoke-yes = ✖ Yes, revoke
staff-revoke-no = Cancel
staff-revoked = ✅ Role revoked.
staff-revoke-gone = This role has already been revoked.
staff-revoke-own-admin = You cannot revoke your own administrator role.

staff-invite-choose-role = 🔗 <b>New invite</b>
    Whom are you inviting?
staff-invite-as-staff = 🏛 Regional staff
staff-invite-as-coordinator = 🎓 Course coordinator
staff-invite-choose-region = Which region will they work for?
staff-invite-choose-scope = A coordinator of all courses of a provider, or of one course?
staff-invite-by-provider = 🏫 All courses of a provider
staff-invite-by-course = 📘 One course
staff-invite-choose-provider = Choose the provider:
staff-invite-choose-course = Choose the course:
staff-invite-nothing-to-choose = There is nothing to choose from yet.
staff-invite-scope-unknown = This choice is no longer available.
staff-invite-created = 🔗 <b>Invite: { $role }</b>
    Send this link to the person:
    { $link }
    It works once, until { $expires }.
staff-invite-revoke = ✖ Revoke this invite
staff-invite-revoked = ✖ The invite has been revoked; the link no longer works.
staff-invite-revoke-unknown = This invite no longer exists.
staff-invite-revoke-used = This invite has already been used; revoke the role in /staff instead.
staff-invite-revoke-revoked = This invite has already been revoked.

staff-invite-accepted = ✅ Welcome to the team! You are now: <b>{ $role }</b>.
staff-invite-accepted-already = ✅ You already have this role: <b>{ $role }</b>.
staff-invite-hint-staff = Your tools are in the staff panel (/panel).
staff-invite-hint-coordinator = Your courses and applications are under /courses.
staff-invite-open-panel = 🛠 Open the staff panel
staff-invite-refused-unknown = This invite link is not valid. Ask for a new one.
staff-invite-refused-used = This invite link has already been used. Ask for a new one.
staff-invite-refused-expired = This invite link has expired. Ask for a new one.
staff-invite-refused-revoked = This invite link was revoked. Ask for a new one.
staff-invite-accepted-notice = ✅ { $person } accepted your invite: <b>{ $role }</b>.

staff-stats-title = 📊 <b>Statistics</b> · { $scope }
staff-stats-users = 👥 Users: { $total } · active { $active } · new in 7 days { $recent }
staff-stats-subscribers = 🔔 Active subscribers: { $count }
staff-stats-signups = 📝 Sign-ups: { $counts }
staff-stats-deliveries = ✉️ Messages, last { $days } days: { $counts }
staff-stats-regions = <b>By region</b> (👥 users · 🔔 subscribers · 📝 sign-ups · 📅 upcoming events)
staff-stats-region-line = { $region }: 👥 { $users } · 🔔 { $subscribers } · 📝 { $signups } · 📅 { $events }
staff-stats-trend = <b>Last 7 days</b> (👥 new users · 📝 sign-ups · ✉️ messages sent)
staff-stats-trend-line = { $day }: 👥 { $users } · 📝 { $signups } · ✉️ { $sent }
staff-stats-legend = <i>People count in the region they chose; sign-ups and events in the course's or event's region.</i>
staff-stats-refresh = 🔄 Refresh
staff-delivery-pending = waiting
staff-delivery-sending = sending
staff-delivery-sent = sent
staff-delivery-failed = failed
staff-delivery-blocked = blocked the bot
staff-delivery-cancelled = cancelled
