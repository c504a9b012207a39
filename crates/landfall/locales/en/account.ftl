# The account pages: sign-in, accounts, your data, audit log, notifications.
# Sign in
acc-sign-in = Sign in
acc-login-heading = Sign in to Landfall
acc-email-address = E-mail address
acc-password = Password
acc-login-no-account = No account? Ask your incubator or the network coordinator.
acc-login-directory-before = The
acc-login-directory-link = directory of organisations
acc-login-directory-after = is open to everyone.
acc-login-expired = The sign-in form expired. Please try again.
acc-login-wrong = The e-mail address or the password is wrong.
acc-login-too-many = Too many failed sign-ins. Please wait { $minutes } minutes and try again.
# Accounts
acc-accounts = Accounts
acc-accounts-count = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}
acc-accounts-hint-before = Accounts are added with
acc-accounts-hint-after = ; people can also be invited with the form below.
acc-search = Find an account
acc-search-hint = E-mail address or name
acc-col-email = E-mail
acc-col-name = Name
acc-col-role = Role
acc-col-belongs-to = Belongs to
acc-col-created = Created
# Your account and data
acc-account-title = Your account and data
acc-signed-in-as = Signed in as
acc-download-heading = Download your data
acc-download-text = A JSON file with everything Landfall holds about you: your account, your notifications and settings.
acc-download-text-sme = A JSON file with everything Landfall holds about you: your account, your notifications and settings, and your company's record (with its private figures and contact people), its outcome records and yearly figures, its cooperation profiles and its programme participations.
acc-download-button = Download my data
acc-close-heading = Close your account
acc-close-text = Your account, sessions and notifications are deleted and your name leaves the audit log. What you recorded for your organisation stays with it. This cannot be undone.
acc-close-text-sme = To have your company's personal data erased too, ask the network coordinator.
acc-close-confirm-label = Type your e-mail address to confirm
acc-close-confirm-error = Type your e-mail address to confirm.
acc-close-button = Close my account
# Audit log
acc-audit-title = Audit log
acc-audit-intro = Sensitive actions: accounts and roles, funding decisions, exports of private or personal data, deletions and erasures. Entries are written with the change they record and are never edited; an erased person's name is replaced.
acc-audit-action = Action
acc-all = All
acc-show = Show
acc-audit-empty = Nothing recorded.
acc-audit-when = When (UTC)
acc-audit-who = Who
acc-audit-subject = Subject
acc-audit-what = What
acc-audit-account-created = Account created
acc-audit-role-changed = Role changed
acc-audit-account-erased = Account erased
acc-audit-funding-decision = Funding decision
acc-audit-export = Data exported
acc-audit-personal-data-export = Personal data exported
acc-audit-organisation-deleted = Organisation deleted
acc-audit-sme-deleted = SME deleted
acc-audit-sme-erased = SME's personal data erased
acc-audit-outcome-retracted = Outcome record retracted
acc-audit-indicator-changed = Indicator changed
acc-audit-indicator-removed = Indicator removed
acc-audit-participant-removed = Participant removed from a programme
acc-audit-plan-deleted = Internationalisation plan deleted
acc-audit-instrument-deleted = Instrument deleted
acc-audit-meeting-removed = Meeting removed from an event
# Notifications
acc-notifications = Notifications
acc-email-settings = E-mail settings
acc-notifications-empty = Nothing yet. Invitations, meeting requests, reviews, decisions and deadlines that concern you will appear here.
acc-unread = { $count ->
    [one] { $count } unread.
   *[other] { $count } unread.
}
acc-mark-all-read = Mark all read
acc-open = Open
acc-mark-read = Mark read
acc-emailed-sent = sent by e-mail
acc-emailed-pending = e-mail on its way
acc-emailed-logged = e-mail written to the server log
acc-emailed-failed = e-mail could not be sent
acc-kind-session-invitation = Invitations to programme sessions
acc-kind-meeting-request = Meeting requests at matchmaking events
acc-kind-meeting-answer = Answers to your meeting requests
acc-kind-request-expired = Meeting requests that expired unanswered
acc-kind-agenda-published = Published agendas of matchmaking events
acc-kind-assignment-reviewed = Reviews of home assignments
acc-kind-survey-invitation = Survey invitations
acc-kind-survey-reminder = Survey reminders
acc-kind-call-deadline = Joint call deadlines for your drafts
acc-kind-funding-decision = Funding decisions on your applications
acc-back-notifications = ← Notifications
acc-settings-title = Notification settings
acc-saved = Saved.
acc-settings-intro = Every notification is shown in Landfall. Choose which ones also come by e-mail.
acc-send-by-email = Send by e-mail
acc-save = Save

# Refusals of account forms (roles, e-mail addresses, password rules).
acc-err-admin-affiliation = an admin belongs to the whole network, not to one organisation
acc-err-manager-affiliation = a manager must belong to one organisation (not an SME)
acc-err-sme-affiliation = an sme account must belong to one SME
acc-err-evaluator-affiliation = an evaluator cannot belong to an SME
acc-err-email-too-long = is too long for an e-mail address
acc-err-password-email = must not contain your e-mail address
acc-err-password-short = must have at least { $min } characters
acc-err-password-long = must have at most { $max } characters
acc-err-password-spaces = must not be only spaces
acc-err-password-common = is one of the most common passwords; choose another
acc-err-password-distinct = must use at least four different characters
acc-err-no-organisation = no such organisation
acc-err-no-sme = no such SME
acc-err-last-admin = the network needs at least one admin
acc-err-email-taken = an account with this e-mail address already exists

# Passwords: change, forgot, one-time links; invitations by admins.
acc-change-password = Change password
acc-change-password-intro = Type your current password, then the new one twice. Every other session and API token of your account ends; this browser stays signed in.
acc-password-changed = Your password was changed. Every other session and API token of your account has ended.
acc-correct-fields = Please correct the marked fields.
acc-current-password = Current password
acc-new-password = New password
acc-new-password-hint = At least { $min } characters; not a common password and not your e-mail address.
acc-new-password-repeat = New password again
acc-back-account = Back to your account
acc-form-expired = The form expired. Please try again.
acc-forgot-link = Forgot your password?
acc-forgot-title = Forgot your password
acc-forgot-intro = Type the e-mail address of your account. We send it a link to choose a new password; the link works once, within one hour.
acc-forgot-send = Send the link
acc-forgot-sent = If an account exists for this address, a link to choose a new password was sent to it. The link works once, within one hour. Nothing arrived? Look in your spam folder, or ask again in a few minutes.
acc-forgot-too-many = Too many links were asked for. Please wait { $minutes } minutes and try again.
acc-back-sign-in = Back to sign-in
acc-link-gone-title = This link no longer works
acc-link-gone = The link is unknown, has expired or has already been used. Each link works once: a link to reset a password for one hour, an invitation for seven days.
acc-link-ask-again = Ask for a new link
acc-link-done = Your password is set. Sign in with it now; every earlier session of your account has ended.
acc-link-invitation-title = Welcome to Landfall: choose your password
acc-link-reset-title = Choose a new password
acc-link-invitation-intro = Choose the password for your account { $email }.
acc-link-reset-intro = Choose a new password for your account { $email }.
acc-link-save = Save the password
acc-invite-heading = Invite a person
acc-invite-intro = Their account is created without a password; they receive an e-mail with a link to choose one, valid for seven days. Managers belong to an organisation (evaluators may), SME members to an SME, network coordinators to neither.
acc-invite-name = Name
acc-invite-choose-role = Choose a role
acc-invite-organisation = Organisation
acc-invite-sme = SME
acc-invite-none = None
acc-invite-send = Send the invitation
acc-invite-sent = An invitation was sent to { $email }.
acc-kind-account = Your account: invitations and password links
acc-audit-password-changed = Password changed
acc-audit-password-set = Password set with a one-time link
acc-err-password-repeat = the two passwords differ
acc-err-password-same = must differ from your current password
acc-err-current-password = is not your current password
acc-invite-sme-more = Only the first { $count } SMEs are listed. To invite someone for another, choose "Invite a member" on that SME's page.
