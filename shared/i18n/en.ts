import type { MessageKey } from './zh-TW';

/**
 * English, the complete second language. Typed against the zh-TW keys, so a missing or extra key
 * fails the build; `npm run i18n:check` also compares the `{{…}}` names and refuses empty text.
 */
export const en: Record<MessageKey, string> = {
  'app.name': 'EAP Desk',
  'app.subtitle': 'Employee Assistance Programme case management',
  'shell.skipToContent': 'Skip to main content',
  'shell.nav.label': 'Main menu',
  'shell.nav.system': 'System',
  'shell.language.label': 'Language',
  'shell.localOnly': 'Data stays on this computer',

  'nav.about': 'About this system',

  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.required': 'required',
  'common.reload': 'Reload',

  'appState.uninitialised': 'Uninitialised',
  'appState.locked': 'Locked',
  'appState.unlocked': 'In use',
  'appState.readOnly': 'Read-only',

  'about.title': 'About this system',
  'about.description':
    'The EAP Desk version on this computer, its state and where its data is kept; include these when you report a problem.',
  'about.name': 'Product',
  'about.version': 'Version',
  'about.state': 'State',
  'about.dataDir': 'Data folder',
  'about.schemaVersion': 'Database schema version',
  'about.schemaVersion.none': 'No database yet',
  'about.loadFailed': 'Could not load the system information',

  'notFound.title': 'Page not found',
  'notFound.description':
    'This page does not exist or is not available yet. Choose where to go from the menu on the left.',
  'notFound.back': 'Back to the home page',
  'crash.title': 'Something went wrong on this page',
  'crash.description':
    'Saved data is not affected. Reload the page; if it happens again, tell your administrator when it happened and what you were doing.',

  'gate.failed.title': 'Cannot tell the state of the system',
  'gate.failed.description': 'The screen could not get the state of the EAP Desk core.',
  'gate.forbidden.title': 'This screen is not available to you',
  'gate.forbidden.description':
    'This screen is for certain roles only; choose one of your areas from the menu on the left.',

  'setup.title': 'First-time setup',
  'setup.description':
    'Set up the organisation, create the first administrator and copy the recovery code. Nothing is written until the last step.',
  'setup.progress': 'Setup steps',
  'setup.step.organisation': 'Organisation',
  'setup.step.admin': 'Administrator',
  'setup.step.recovery': 'Recovery code',
  'setup.step.confirm': 'Check the code',
  'setup.step.done': 'Done',
  'setup.next': 'Next',
  'setup.back': 'Back',
  'setup.organisation.title': 'Organisation',
  'setup.organisation.lead':
    'The name is printed at the top of reports and printouts. The city plan sets how the service is run, how staff take the time and the subsidised hours; service model and leave type can be changed later in Settings.',
  'setup.organisation.name': 'Organisation name (for printouts)',
  'setup.organisation.nameHelp': 'For example: Department of Personnel, Tainan City Government.',
  'setup.organisation.city': 'City plan',
  'setup.organisation.cityHelp':
    'Choose the Employee Assistance Programme that applies to you; what each one implies is listed under it.',
  'setup.admin.title': 'First administrator',
  'setup.admin.lead':
    'The administrator creates accounts, runs backups and changes settings. They can open the case database but never clinical notes.',
  'setup.admin.passphrase': 'Passphrase',
  'setup.recovery.title': 'Copy the recovery code',
  'setup.recovery.lead':
    'Copy this recovery code onto paper in full (or print it): the next step asks you to type it back.',
  'setup.recovery.codeLabel': 'Administrator recovery code',
  'setup.recovery.once': 'This code is shown this once only; nobody can display it again.',
  'setup.recovery.opens': 'If every administrator forgets their passphrase, it opens the database.',
  'setup.recovery.notClinical':
    'It does NOT open clinical notes (session notes and the like): those are protected by a separate clinical escrow code that a counsellor creates.',
  'setup.recovery.safe': 'Seal the copy in an envelope and keep it in the agency safe.',
  'setup.recovery.noCopies':
    'Do not save it in a file, photograph it, or send it by e-mail or chat.',
  'setup.recovery.print': 'Print',
  'setup.recovery.written': 'I have copied it — next',
  'setup.recovery.failed': 'Could not make a recovery code',
  'setup.confirm.title': 'Check the recovery code',
  'setup.confirm.lead':
    'Type the recovery code from your copy to check it. The database is created and you are signed in only when it matches.',
  'setup.confirm.code': 'Recovery code',
  'setup.confirm.codeHelp': 'Spaces and dashes are fine, in upper or lower case.',
  'setup.confirm.mismatch':
    'This does not match the code shown. Check your copy group by group; you can go back to see the code again.',
  'setup.confirm.showAgain': 'Show the code again',
  'setup.confirm.submit': 'Finish setup',
  'setup.confirm.submitting': 'Creating…',
  'setup.confirm.failed': 'Could not finish setup',
  'setup.done.title': 'Setup complete',
  'setup.done.lead': 'The database has been created and you are signed in as the administrator.',
  'setup.done.accounts':
    'Next: in Accounts, create accounts for the service desk and the counsellors.',
  'setup.done.clinical':
    'When the first counsellor signs in, they create the clinical escrow code and hand it to the clinical lead.',
  'setup.done.home': 'Go to the home page',
  'setup.done.toAccounts': 'Go to Accounts',
  'setup.discard.title': 'Discard the setup?',
  'setup.discard.body':
    'The organisation and administrator details you entered will be cleared and setup starts again. Nothing has been written yet.',
  'setup.discard.confirm': 'Discard and start again',
  'setup.discard.cancel': 'Continue setup',

  'auth.username': 'Username',
  'auth.passphrase': 'Passphrase',
  'auth.passphrase.policy':
    'At least 12 characters (Chinese characters count); a sentence you remember works well, e.g. "two cups of coffee every morning".',
  'auth.passphrase.mismatch': 'The two passphrases differ; type the new one again.',
  'auth.lockedUntil':
    'After repeated failed sign-ins this account is locked until {{until}}. Try again then, or ask an administrator to lift the lock.',
  'auth.login.title': 'Sign in',
  'auth.login.description': 'Enter your username and passphrase.',
  'auth.login.formLabel': 'Sign in',
  'auth.login.submit': 'Sign in',
  'auth.login.submitting': 'Signing in…',
  'auth.login.failed': 'Could not sign in',
  'auth.lock.title': 'Screen locked',
  'auth.lock.description':
    'The screen is locked to protect case records. Enter your passphrase to return to where you were.',
  'auth.lock.reasonIdle': 'The screen locked itself after a while without activity.',
  'auth.lock.formLabel': 'Unlock',
  'auth.lock.submit': 'Unlock',
  'auth.lock.failed': 'Could not unlock',
  'auth.lock.someoneElse': 'Sign in as someone else',
  'auth.lock.someoneElseTitle': 'Sign in as someone else',
  'auth.lock.backToUnlock': 'Back to unlock',
  'auth.forced.title': 'Choose your own passphrase',
  'auth.forced.description':
    'You are using the first passphrase an administrator set. Replace it with one only you know to start working.',
  'auth.forced.submit': 'Set the new passphrase and start',
  'auth.change.title': 'Change passphrase',
  'auth.change.description':
    'Replace your passphrase; use the new one to sign in and to unlock from now on.',
  'auth.change.formLabel': 'Change passphrase',
  'auth.change.current': 'Current passphrase',
  'auth.change.next': 'New passphrase',
  'auth.change.confirm': 'New passphrase again',
  'auth.change.submit': 'Change passphrase',
  'auth.change.done': 'Your passphrase has been changed. Use the new one next time.',
  'auth.change.failed': 'Could not change the passphrase',

  'shell.nav.work': 'Work',
  'shell.signedInAs': 'Signed in as: ',
  'shell.changePassphrase': 'Change passphrase',
  'shell.lock': 'Lock',
  'shell.lockHint': 'Lock the screen (Ctrl+L)',
  'shell.signOut': 'Sign out',
  'shell.readOnly':
    'Read-only mode: you can look but not change anything. Ask an administrator to restore from a backup.',
  'nav.home': 'Home',
  'nav.clinical': 'Clinical key',
  'nav.accounts': 'Accounts',
  'nav.audit': 'Audit log',
  'nav.settings': 'Settings',
  'role.desk': 'Service desk',
  'role.counsellor': 'Counsellor',
  'role.counsellorSupervisor': 'Counsellor (clinical supervisor)',
  'role.statistics': 'Statistics reader',
  'role.admin': 'Administrator',
  'home.title': 'Home',
  'home.description.desk':
    "Today's appointments, overdue follow-ups, referrals and crises to handle.",
  'home.description.counsellor': 'Your sessions today, notes to finish and extension requests.',
  'home.description.statistics': "This quarter's key figures: counts and hours only, never a name.",
  'home.description.admin': 'Backup state and an overview of the accounts.',
  'home.desk.appointments': "Today's appointments",
  'home.desk.appointmentsEmpty':
    "No appointments today. Once appointments are booked, today's appear here in time order.",
  'home.desk.overdue': 'Overdue follow-ups',
  'home.desk.overdueEmpty':
    'Nothing overdue. Follow-ups past their date appear here, saying by how many days.',
  'home.desk.referrals': 'Referrals',
  'home.desk.referralsEmpty':
    'No referrals waiting. Referrals without an answer or needing follow-up appear here.',
  'home.desk.crises': 'Crises',
  'home.desk.crisesEmpty': 'No open crisis events.',
  'home.counsellor.today': "Today's sessions",
  'home.counsellor.todayEmpty':
    'No sessions scheduled today. Scheduled sessions appear here in time order.',
  'home.counsellor.notes': 'Notes to finish',
  'home.counsellor.notesEmpty': 'No notes waiting. Session notes not yet finished appear here.',
  'home.counsellor.extensions': 'Extension requests',
  'home.counsellor.extensionsEmpty':
    'No extension requests. Cases that need an assessment for more subsidised hours appear here.',
  'home.counsellor.escrowTitle': 'First, create the clinical escrow code',
  'home.counsellor.escrowBody':
    'You are the first counsellor. Creating the clinical escrow code also creates the key that protects clinical notes; the code goes to the clinical lead for safekeeping.',
  'home.counsellor.escrowAction': 'Create the clinical escrow code',
  'home.counsellor.pendingTitle': 'Waiting for clinical access',
  'home.counsellor.pendingBody':
    'Your account cannot open clinical notes yet. A counsellor who holds the clinical key grants access on the Clinical key page.',
  'home.statistics.quarter': "This quarter's key figures",
  'home.statistics.quarterEmpty':
    "No figures for this quarter yet. Once the service runs, this shows the quarter's sessions, hours and categories (no names).",
  'home.admin.backup': 'Backups',
  'home.admin.backupEmpty':
    'No backups yet. Once backups are available, this shows the time and check result of the latest one.',
  'home.admin.accounts': 'Accounts',
  'home.admin.active': 'Active',
  'home.admin.locked': 'Locked after failed sign-ins',
  'home.admin.mustChange': 'First passphrase not yet changed',
  'home.admin.pendingClinical': 'Waiting for clinical access',
  'home.admin.disabled': 'Disabled',
  'home.admin.manageAccounts': 'Go to Accounts',

  'accounts.title': 'Accounts',
  'accounts.description':
    'Who may sign in and in which role: create accounts, reset passphrases, lift lockouts, disable accounts.',
  'accounts.loadFailed': 'Could not load the accounts',
  'accounts.table.caption': 'Accounts',
  'accounts.table.count': 'Accounts: {{count}}',
  'accounts.column.status': 'Status',
  'accounts.column.clinical': 'Clinical notes',
  'accounts.column.actions': 'Actions',
  'accounts.status.active': 'Active',
  'accounts.status.disabled': 'Disabled',
  'accounts.status.lockedUntil': 'Locked until {{until}}',
  'accounts.status.mustChange': 'Must change first passphrase',
  'accounts.clinical.granted': 'Granted',
  'accounts.clinical.pending': 'Waiting for a grant',
  'accounts.clinical.needsEscrow': 'Escrow code to create',
  'accounts.field.displayName': 'Name',
  'accounts.field.displayNameHelp':
    'Shown in the top bar and in the audit log, e.g. Wang Hsiao-ming.',
  'accounts.field.username': 'Username',
  'accounts.field.usernameHelp':
    'For signing in, 3 to 40 characters: lower-case letters, digits and . _ -, e.g. wang.xm.',
  'accounts.field.role': 'Role',
  'accounts.field.roleHelp': 'The role decides which areas and which records the person can open.',
  'accounts.field.clinicalSupervisor': 'Clinical supervisor',
  'accounts.field.clinicalSupervisorHelp':
    'A supervisor can read the clinical notes of the cases they supervise.',
  'accounts.field.firstPassphrase': 'First passphrase',
  'accounts.field.showPassphrase': 'Show passphrase',
  'accounts.create.open': 'New account',
  'accounts.create.title': 'New account',
  'accounts.create.lead':
    'Create an account for a colleague with a first passphrase. Hand the passphrase over in person; they must replace it at their first sign-in.',
  'accounts.create.submit': 'Create account',
  'accounts.action.unlock': 'Lift lockout',
  'accounts.action.reset': 'Reset passphrase',
  'accounts.action.disable': 'Disable',
  'accounts.action.enable': 'Enable again',
  'accounts.disable.title': "Disable {{name}}'s account?",
  'accounts.disable.body':
    'They can no longer sign in and their account keys are destroyed; enabling it again needs a new first passphrase. Records and the audit log are kept.',
  'accounts.disable.confirm': 'Disable account',
  'accounts.enable.title': "Enable {{name}}'s account again",
  'accounts.enable.body':
    'Set a new first passphrase; they must replace it at their first sign-in.',
  'accounts.enable.confirm': 'Enable again',
  'accounts.reset.title': "Reset {{name}}'s passphrase",
  'accounts.reset.body':
    'Set a new first passphrase and hand it over in person; they must replace it at their next sign-in.',
  'accounts.reset.confirm': 'Reset passphrase',
  'accounts.clinicalRegrant':
    'Note: their access to clinical notes stops until a counsellor who holds the clinical key grants it again.',
  'accounts.unlock.title': "Lift {{name}}'s lockout?",
  'accounts.unlock.body':
    'After repeated failed sign-ins this account is locked until {{until}}. Once lifted, they can try again at once.',
  'accounts.unlock.confirm': 'Lift lockout',
  'accounts.done.created': "{{name}}'s account has been created.",
  'accounts.done.disabled': "{{name}}'s account has been disabled.",
  'accounts.done.enabled': "{{name}}'s account has been enabled again.",
  'accounts.done.reset': "{{name}}'s passphrase has been reset.",
  'accounts.done.unlocked': "{{name}}'s lockout has been lifted.",
  'accounts.done.handOver':
    'Hand the first passphrase over in person; not on a sticky note, not by chat.',

  'clinical.title': 'Clinical key',
  'clinical.description':
    'The key that protects clinical notes: create the clinical escrow code, and grant new counsellors access.',
  'clinical.escrow.title': 'Create the clinical escrow code',
  'clinical.escrow.what':
    'The escrow code opens every clinical note when nobody who holds the clinical key can sign in.',
  'clinical.escrow.holder':
    'Give it to the clinical lead (or the contracted provider) to keep; the administrator and IT staff must never hold it.',
  'clinical.escrow.once':
    'The code is shown this once only: copy or print it, then keep it sealed.',
  'clinical.escrow.create': 'Make the escrow code',
  'clinical.escrow.codeLabel': 'Clinical escrow code',
  'clinical.escrow.confirmTitle': 'Check the clinical escrow code',
  'clinical.escrow.confirmLead': 'Type the escrow code from your copy to check it.',
  'clinical.escrow.confirmField': 'Clinical escrow code',
  'clinical.escrow.confirmSubmit': 'Check and create the clinical key',
  'clinical.escrow.mismatch': 'This does not match the code shown. Check your copy group by group.',
  'clinical.escrow.failed': 'Could not create the clinical key',
  'clinical.escrow.done': 'The clinical key has been created.',
  'clinical.escrow.doneBody':
    'Hand the copy of the escrow code to the clinical lead now. New counsellors will appear below for you to grant access.',
  'clinical.pending.title': 'Colleagues waiting for access',
  'clinical.pending.lead':
    'Once granted, they can open clinical notes; every grant is recorded in the audit log.',
  'clinical.pending.empty': 'Nobody is waiting for access.',
  'clinical.pending.grant': 'Grant',
  'clinical.pending.granted': 'Access granted to {{name}}.',
  'clinical.summary.title': 'Clinical key',
  'clinical.summary.keyExists': 'Clinical key created ({{count}} holders)',
  'clinical.summary.noKey': 'No clinical key yet',
  'clinical.summary.escrowExists': 'Escrow code created',
  'clinical.summary.noEscrow': 'No escrow code',
  'clinical.summary.pending': 'Waiting for access: {{count}}',
  'clinical.summary.createHint':
    'The first counsellor to sign in creates the clinical key and its escrow code; the administrator never holds the clinical key.',
  'clinical.summary.grantHint':
    'Colleagues waiting for access are granted by a counsellor who holds the clinical key; the administrator cannot do it for them.',

  'audit.title': 'Audit log',
  'audit.description':
    'Who did what and when: sign-ins, setting changes, account and key changes, newest first.',
  'audit.loadFailed': 'Could not load the audit log',
  'audit.empty': 'No entries match. Widen the filters, or choose Clear to see everything.',
  'audit.end': 'All matching entries are shown.',
  'audit.loadMore': 'Load earlier entries',
  'audit.table.caption': 'Audit log',
  'audit.table.count': 'Loaded: {{count}}',
  'audit.column.seq': 'No.',
  'audit.column.at': 'Time',
  'audit.column.actor': 'Person',
  'audit.column.action': 'Action',
  'audit.column.object': 'Object',
  'audit.column.details': 'Details',
  'audit.actor.system': 'System',
  'audit.filters.label': 'Filter the audit log',
  'audit.filters.person': 'Person',
  'audit.filters.anyone': 'Everyone',
  'audit.filters.personOption': '{{name}} ({{username}})',
  'audit.filters.action': 'Action',
  'audit.filters.actionHelp': 'The full action code, e.g. auth.login',
  'audit.filters.from': 'From',
  'audit.filters.to': 'To',
  'audit.filters.apply': 'Apply filters',
  'audit.filters.clear': 'Clear',
  'audit.filters.reversed': 'The start date is after the end date; change one of them.',
  'audit.verify.title': 'Integrity check',
  'audit.verify.lead':
    'Recomputes the whole audit chain and compares it with the anchors kept outside the database, to show that no entry was edited, deleted or cut off.',
  'audit.verify.run': 'Verify the audit log',
  'audit.verify.running': 'Verifying…',
  'audit.verify.failed': 'Could not verify',
  'audit.verify.ok': 'The audit log is intact: {{count}} entries checked, no problems found.',
  'audit.verify.head': 'Latest: no. {{seq}}, hash {{hash}}…',
  'audit.verify.problems':
    '{{count}} problems found: contact the administrator and leave things as they are',
  'audit.verify.problemLine': 'Entry {{seq}}: {{problem}}',
  'audit.verify.source': '(compared with: {{source}})',
  'audit.problem.edited': 'has been edited',
  'audit.problem.deleted': 'has been deleted',
  'audit.problem.truncated': 'the end of the log is missing',
  'audit.problem.anchorMismatch': 'does not match the outside anchor',
  'audit.action.setupCompleted': 'Setup completed',
  'audit.action.vaultInitialised': 'Database created',
  'audit.action.login': 'Signed in',
  'audit.action.loginFailed': 'Sign-in failed',
  'audit.action.unlock': 'Unlocked',
  'audit.action.lock': 'Locked',
  'audit.action.idleLock': 'Locked after idle time',
  'audit.action.loginWhileLocked': 'Sign-in tried while locked out',
  'audit.action.accountLocked': 'Account locked after failed sign-ins',
  'audit.action.auditVerified': 'Audit log verified',
  'audit.action.logout': 'Signed out',
  'audit.action.passphraseChanged': 'Passphrase changed',
  'audit.action.accountCreated': 'Account created',
  'audit.action.accountDisabled': 'Account disabled',
  'audit.action.accountEnabled': 'Account enabled again',
  'audit.action.passphraseReset': 'Passphrase reset',
  'audit.action.accountUnlocked': 'Lockout lifted',
  'audit.action.clinicalInitialised': 'Clinical key created',
  'audit.action.clinicalGranted': 'Clinical access granted',
  'audit.action.settingsUpdated': 'Settings changed',
  'audit.action.schemaMigrated': 'Database structure updated',
  'audit.action.keyRotated': 'Key rotated',
  'audit.action.backupCreated': 'Backup created',
  'audit.action.backupRestored': 'Restored from backup',

  'settings.title': 'Settings',
  'settings.description':
    'The organisation name, how the service is run, the leave type, and how soon an idle screen locks.',
  'settings.loadFailed': 'Could not load the settings',
  'settings.organisation': 'Organisation',
  'settings.cityFixed': '(chosen at setup)',
  'settings.service': 'Service and leave',
  'settings.leaveTypeHelp': 'The kind of leave staff use to attend counselling.',
  'settings.security': 'Security',
  'settings.idleLock': 'Lock after idle (minutes)',
  'settings.idleLockHelp':
    '1 to 60 minutes; with no activity for this long, the screen locks itself.',
  'settings.save': 'Save settings',
  'settings.saved': 'Settings saved.',
  'settings.saveFailed': 'Could not save the settings',
  'city.tainan': 'Tainan City',
  'city.taoyuan': 'Taoyuan City',
  'city.chiayiCounty': 'Chiayi County',
  'city.taipei': 'Taipei City',
  'city.keelung': 'Keelung City',
  'city.serviceModel': 'Service model',
  'city.leaveType': 'Leave type',
  'city.quota': 'Subsidised hours',
  'city.quota.everyone': '{{hours}} hours a year each',
  'city.quota.others': 'everyone else: {{hours}} hours a year each',
  'city.quota.categories': '{{categories}}: {{hours}} hours a year each',
  'city.quota.extension': ', up to {{extra}} more after assessment',
  'serviceModel.inHouse': 'In-house',
  'serviceModel.outsourced': 'Contracted out',
  'serviceModel.mixed': 'Mixed (in-house and contracted)',
  'leaveType.officialBusiness': 'Official business (公出)',
  'leaveType.officialLeave': 'Official leave (公假)',
  'leaveType.leaveRules': 'Under the ordinary leave rules',
  'staff.civilServant': 'Civil servants',
  'staff.contract': 'Contract staff',
  'staff.technician': 'Technicians',
  'staff.janitor': 'Janitors',
  'staff.driver': 'Drivers',
  'staff.temporary': 'Temporary staff',
  'staff.teacher': 'Teachers',
  'staff.securityGuard': 'Security guards',
  'staff.sanitation': 'Sanitation workers',
  'staff.surveyAssistant': 'Survey assistants',

  'common.cancel': 'Cancel',
  'common.requiredMark': ' (required)',
  'common.choose': 'Choose…',
  'common.listSeparator': ', ',
  'common.clauseSeparator': '; ',
  'common.discard.title': 'Discard what you typed?',
  'common.discard.body': 'What you typed has not been saved and will be cleared.',
  'common.discard.confirm': 'Discard',
  'common.discard.cancel': 'Keep editing',
  'ui.dateField.description': 'E.g. 114/03/05 or 2025-03-05',
  'ui.rowAction': '{{action}}: {{name}}',
  'ui.table.sortBy': 'Sort by {{column}}',

  'errors.validation':
    'Some fields need correcting. Follow the note beside each field, then save again.',
  'errors.notInitialised':
    'EAP Desk has not been set up yet. Ask your administrator to complete the setup first.',
  'errors.alreadyInitialised':
    'EAP Desk is already set up and cannot be set up again. Ask your administrator if it needs to be reset.',
  'errors.unauthenticated': 'Please sign in to continue.',
  'errors.wrongPassphrase':
    'The passphrase is not correct. Check the input method and Caps Lock, then try again.',
  'errors.accountLocked':
    'This account is locked for a while after too many failed sign-ins. Try again later, or ask your administrator to unlock it.',
  'errors.sessionLocked': 'The screen is locked. Enter your passphrase to continue.',
  'errors.passphraseChangeRequired': 'Please change your first passphrase before you continue.',
  'errors.forbidden':
    'Your role does not allow this. Ask your administrator if you need to use it.',
  'errors.notFound':
    'This record was not found; it may have been deleted or merged. Refresh the list and try again.',
  'errors.conflict':
    'Someone else has just changed this record. Refresh it and edit again; what you typed is still on the screen.',
  'errors.keyfileMissing':
    'The key file is missing. Make sure it is in the same folder as the database, or ask your administrator to restore it from a backup.',
  'errors.keyfileMismatch':
    'The key file does not belong to this database (it may be from another copy). Put back the key file of this database.',
  'errors.dbDamaged':
    'The database file cannot be read or is damaged. Do not delete any files; ask your administrator to restore from a backup.',
  'errors.dbTooNew':
    'This data was created by a newer version of EAP Desk. Update this program to the same version or later first.',
  'errors.readOnly':
    'EAP Desk is in read-only mode and cannot change data. Ask your administrator if you need to.',
  'errors.unsupportedLocation':
    'Data cannot be kept here (for example a network drive or a cloud-synced folder). Choose a folder on a local disk.',
  'errors.diskFull':
    'The disk is full and nothing was saved. Free some space and try again; what you typed is still on the screen.',
  'errors.internal':
    'An internal error occurred. Please try again; if it keeps happening, ask your administrator.',
  'errors.inputShape':
    'The data sent was too large or malformed. Refresh the page and try again; if it keeps happening, ask your administrator.',
  'errors.unknownChannel':
    'Parts of EAP Desk do not match in version. Restart EAP Desk; if it keeps happening, ask your administrator.',
  'errors.wrongState':
    'EAP Desk cannot do this in its current state. Refresh the page and try again.',

  'errors.dbMissing':
    'The database file is missing. Check that the data folder is the right one, or ask your administrator to restore from a backup; do not set up again.',
  'errors.statsMissing':
    'The statistics database file is missing. Ask your administrator to restore it from a backup.',
  'errors.dbDamagedReadOnly':
    'Part of the database is damaged, so EAP Desk opened it read-only to protect the data. Do not delete any files; ask your administrator to restore from a backup.',
  'errors.dbSettings':
    'The database safety settings check failed, so EAP Desk stopped to protect the data. Restart EAP Desk; if it keeps happening, ask your administrator.',
  'errors.migrationForeignKeys':
    'Updating the database found inconsistent data, so the update was rolled back. Ask your administrator.',
  'errors.copyNotEncrypted':
    'The backup copy was not encrypted, so it was stopped to keep data from leaking. Ask your administrator.',
  'errors.copyDamaged':
    'The backup copy failed its check (it may be damaged). Check the disk space and health, then back up again.',
  'errors.keyfileUnreadable':
    'The key file cannot be read (another program may be using it, or it is damaged). Close other programs and try again, or ask your administrator to restore it from a backup.',
  'errors.keyfileTampered':
    'The key file has been altered or does not belong to this database, so it was not opened, to protect the data. Ask your administrator to restore the key file from a backup.',
  'errors.keyfileChanged':
    'The key file was just changed by another operation. Please do it again.',
  'errors.rotationVerifyFailed':
    'Checking the database after changing its key failed, so the old key was kept and the data is unaffected. Ask your administrator.',
  'errors.keyNotHeld':
    'Your account does not hold the key this needs. Ask an administrator who holds it to do it.',
  'errors.noDatabaseAccess':
    'Your account has no access to this data. Ask your administrator if you need it.',
  'errors.wrongRecoveryCode':
    'The recovery code is not correct. Check it character by character and try again.',
  'errors.wrongEscrowCode':
    'The clinical escrow code is not correct. Check it character by character and try again.',
  'errors.passphraseTooShort':
    'Use at least 12 characters (Chinese characters count too); a memorable sentence works well.',
  'errors.passphraseTooCommon':
    'This passphrase is too common or easy to guess. Choose a sentence only you would know.',
  'errors.passphraseUnchanged': 'The new passphrase must be different from the current one.',
  'errors.accountNotFound':
    'This account was not found; it may have been removed. Refresh the list.',
  'errors.usernameInvalid':
    'A user name has 3 to 40 characters: lower-case letters, digits and . _ -, starting with a letter or digit.',
  'errors.usernameTaken': 'This user name is already taken. Please choose another.',
  'errors.supervisorMustBeCounsellor': 'Only a counsellor account can be a clinical supervisor.',
  'errors.accountDisabled':
    'This account is disabled, so this cannot be done. An administrator can enable it again.',
  'errors.accountNotDisabled': 'This account is not disabled, so there is nothing to enable.',
  'errors.lastAdministrator':
    'This is the last administrator and cannot be disabled or given another role. Add another administrator first.',
  'errors.keyNotAllowedForRole':
    'This role may not hold that key (for example, only counsellors hold the clinical key).',
  'errors.clinicalKeyMissing': 'No clinical key exists yet. A counsellor must create it first.',
  'errors.clinicalKeyExists': 'The clinical key already exists; it need not be created again.',
  'errors.lastClinicalKeyHolder':
    'This is the last person holding the clinical key. Verify the clinical escrow code, or give the key to another counsellor, before disabling this account.',
  'errors.invalidDate':
    'The date is not valid. Enter a real date from ROC year 1 (1912) on, for example 114/03/05.',
  'errors.notOfficeDatabase':
    'This is not the office case database, so case numbers cannot be issued here.',
  'errors.caseNumbersExhausted':
    'All case numbers for this year have been used. Ask your administrator.',
  'errors.statDimension':
    'A statistics category code is not valid. Refresh the page and try again; if it keeps happening, ask your administrator.',

  'errors.bridgeUnavailable':
    'This window cannot reach the EAP Desk core. Close the application and open it again.',
  'errors.ipcFailed':
    'Communication with the EAP Desk core was interrupted. Try again; if it keeps happening, reopen the application.',
  'errors.unexpected':
    'Something unexpected happened. Please try again; if it keeps happening, tell your administrator when it happened and what you were doing.',

  'validation.required': 'This field is required. Please fill it in.',
  'validation.invalidType': 'This value is of the wrong kind. Please enter it again.',
  'validation.tooShort': 'Enter at least {{min}} characters.',
  'validation.tooSmall': 'Enter a number of at least {{min}}.',
  'validation.tooLong': 'Use at most {{max}} characters; please shorten it.',
  'validation.tooBig': 'Enter a number of at most {{max}}.',
  'validation.invalidFormat':
    'The format is not right. Follow the format described for this field.',
  'validation.invalidValue': 'Choose one of the options.',
  'validation.unknownField':
    'Unrecognised fields were sent ({{fields}}). Refresh the page and try again.',
  'validation.invalid': 'This value is not valid. Check it and enter it again.',

  'validation.date': 'Enter a date as 114/03/05 or 2025-03-05.',
  'validation.usernameShort': 'A user name needs at least 3 characters; please make it longer.',
  'validation.usernameChars':
    'A user name may use only lower-case letters, digits and . _ -, and must start with a letter or digit.',

  'validation.date.empty': 'Enter a date, for example 114/03/05.',
  'validation.date.format': 'Enter a date as 114/03/05, 民國114年3月5日 or 2025-03-05.',
  'validation.date.calendar':
    'That day does not exist. Check the year, month and day (29 February only in leap years).',
  'validation.date.beforeRoc': 'The date must be on or after 1 January 1912 (ROC year 1).',
  'validation.date.outOfRange':
    'The year is outside the range that can be entered. Check the year.',

  // Core: setup, accounts, clinical key, backup
  'errors.setupNotPrepared':
    'The setup step has expired. Go back one step to make a new recovery code.',
  'validation.recoveryCodeMismatch':
    'This is not the code shown on the screen. Type it again from what you wrote down (case and dashes do not matter).',
  'errors.cannotDisableSelf':
    'You cannot disable the account you are signed in with. Ask another administrator.',
  'errors.useChangePassphrase':
    'To change your own passphrase, use “Change passphrase” at the top right.',
  'errors.escrowNotPrepared': 'The escrow code step has expired. Make a new escrow code.',
  'errors.backupSourceDamaged':
    'The database failed its integrity check and cannot be backed up. Restore from the latest backup first, as guided.',
  'errors.backupUnreadable':
    'This backup cannot be read. Check that you chose an EAP Desk backup folder.',
  'errors.backupDamaged':
    'This backup is damaged or incomplete and cannot be restored. Use another backup.',
  'errors.restoreNeedsDatabaseKey':
    'This account cannot open the database, so it cannot restore. Use an administrator account or the recovery code.',
  'errors.backupTampered':
    'This backup failed its integrity check and may have been altered. Restore stopped.',
  // Issue #5 core: reference data, agencies, clients, contacts, cases, consents
  'errors.referenceInUse':
    'Records use this value, so it cannot be deleted. Deactivate it instead; old records still show it.',
  'errors.agencyCycle':
    'An agency cannot be moved under itself or one of its own sub-agencies. Choose another parent.',
  'errors.clientMerged': 'This client record was merged into another. Use the merged record.',
  'errors.mergeInvalid': 'Cannot merge: choose two different client records that are not merged already.',
  'errors.contactAlreadyConverted': 'This contact has already become a case. Open that case instead.',
  'errors.caseClosed': 'The case is closed and its intake cannot be changed. Reopen it first to continue.',
  'errors.illegalTransition': 'The case cannot move from its current status to this one. Refresh and try again.',
  'errors.noServiceConsent':
    'The client has not consented to the service (or refused, withdrew, or it expired), so only logistics can be recorded, not the presenting summary. Record the service consent first.',
  'errors.consentNotWithdrawable': 'Only a consent that was given and not yet withdrawn can be withdrawn.',
  'validation.unknownCode': 'This option does not exist or is no longer active. Choose again from the list.',
  'validation.refCode':
    'A code starts with a letter and uses only letters, digits, _ or -, up to 40 characters.',
  'validation.codeTaken': 'This code is already used. Choose another.',
  'validation.notApplicable': 'This field does not apply here. Leave it empty.',
  'validation.nationalId':
    'Do not enter a national ID or resident certificate number; this system never stores them.',
  'validation.birthYear': 'Enter a birth year (Gregorian) between 1900 and this year.',
  'validation.phone': 'A phone number needs at least one digit.',
  'validation.email': 'This is not a valid e-mail address, e.g. name@example.gov.tw.',
  'validation.agencyCode': 'An agency code uses only letters, digits and . _ -, up to 30 characters.',
  'validation.year': 'The year is not valid. Enter an ROC year (e.g. 114) or a Gregorian year.',
  'validation.unknownAgency': 'This agency does not exist or is inactive. Choose again from the list.',
  'validation.unknownClient': 'This client cannot be found. Search again.',
  'validation.clientMerged': 'This client record was merged into another. Search again and choose the merged record.',
  'validation.unknownProvider': 'This provider does not exist or is inactive. Choose again from the list.',
  'validation.accountNotEligible':
    'This account is disabled or has the wrong role (a counsellor must be a counsellor account). Choose again.',
  'validation.facetRequired': 'Choose at least one facet.',
  'validation.dateInFuture': 'The date cannot be after today. Check the year.',
  'validation.dateOrder': 'This date cannot be before the related earlier date (e.g. the request or consent date).',
  'validation.consentReference': 'For written consent, enter the consent form’s reference so the paper can be found.',
  'validation.consentWitness': 'For oral consent, enter who witnessed it.',
  'validation.contactClientMismatch': 'This contact is linked to another client; a case from it must be for the same person.',
  'validation.importTooLarge': 'The file is too large. Split it into smaller files (about 1.8 MB each) and import them one by one.',
  'validation.csv.quote': 'A quotation mark near line {{line}} is not closed. Check that field.',
  'validation.csv.empty': 'The file is empty. Check that you chose the right file.',
  'validation.csv.unknownColumn': 'Unknown column “{{column}}”. Use the column names of the template.',
  'validation.csv.missingColumn': 'The required column “{{column}}” is missing. Use the column names of the template.',
  'validation.csv.tooManyRows': 'Too many rows (at most {{max}}). Import in several files.',
  'validation.csv.columns': 'This line has {{found}} fields but the header has {{expected}}. Check commas and quotes.',
  'validation.csv.code': 'The agency code is empty or not valid.',
  'validation.csv.name': 'The agency name is empty, too long (80 characters at most) or contains an ID number.',
  'validation.csv.parentUnknown': 'Parent agency code “{{parent}}” is not in the file or the database.',
  'validation.csv.cycle': 'The parent codes form a loop (an agency cannot be under itself). Check the parent codes.',
  'validation.csv.kind': 'The kind is not valid. Use 市政府, 局處, 機關, 學校, 區公所, 其他 or a kind code.',
  'validation.csv.year': 'The year is not valid. Enter an ROC or Gregorian year, together with the headcount.',
  'validation.csv.headcount': 'The headcount must be a whole number of 0 or more, together with the year.',
  'validation.csv.category': 'This staff category does not exist or is inactive. Check the staff category list.',
  'validation.csv.conflict': 'Line {{first}} gives this agency code a different name, parent or kind. Make them the same.',
  'validation.csv.duplicateHeadcount': 'Line {{first}} already gives a headcount for this agency, year and category.',
  'ref.list.staffCategory': 'Staff categories',
  'ref.list.facet': 'Facets',
  'ref.list.topic': 'Topics',
  'ref.list.serviceItem': 'Service items',
  'ref.list.presentingIssue': 'Presenting issues',
  'ref.list.channel': 'Channels',
  'ref.list.caseSource': 'Case sources',
  'ref.list.closingReason': 'Closing reasons',
  'ref.list.specialGroup': 'Special groups',
  'ref.agencyKind.government': 'City government',
  'ref.agencyKind.bureau': 'Bureau',
  'ref.agencyKind.agency': 'Agency',
  'ref.agencyKind.school': 'School',
  'ref.agencyKind.district': 'District office',
  'ref.agencyKind.other': 'Other',
  'ref.providerKind.internal': 'Internal',
  'ref.providerKind.contracted': 'Contracted',
  'ref.gender.F': 'Female',
  'ref.gender.M': 'Male',
  'ref.gender.X': 'Other',
  'ref.gender.U': 'Not recorded',
  'ref.risk.general': 'General',
  'ref.risk.concern': 'Concern',
  'ref.risk.high': 'High risk',
  'ref.risk.crisis': 'Crisis',
  'ref.caseStatus.intake': 'Intake',
  'ref.caseStatus.active': 'Active',
  'ref.caseStatus.closed': 'Closed',
  'ref.consentKind.informed': 'Informed consent',
  'ref.consentKind.service': 'Service consent',
  'ref.consentKind.managerAttendance': 'Manager attendance',
  'ref.consentKind.referral': 'Referral consent',
  'ref.consentKind.recording': 'Recording consent',
  'ref.consentStatus.given': 'Given',
  'ref.consentStatus.refused': 'Refused',
  'ref.consentForm.written': 'Written',
  'ref.consentForm.oral': 'Oral',
  'ref.consentForm.none': 'None',
  'ref.serviceConsent.given': 'Given',
  'ref.serviceConsent.refused': 'Refused',
  'ref.serviceConsent.withdrawn': 'Withdrawn',
  'ref.serviceConsent.expired': 'Expired',
  'ref.serviceConsent.none': 'Not yet given',
  'ref.duplicateReason.nameAgency': 'Same name, same agency',
  'ref.duplicateReason.phone': 'Same phone',
  'ref.duplicateReason.email': 'Same e-mail',
};
