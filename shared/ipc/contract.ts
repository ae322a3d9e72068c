import { defineChannel } from './channel';
import { appEchoInput, appEchoOutput, appInfoInput, appInfoOutput } from './schemas/app';
import {
  accountCreateInput,
  accountCreated,
  accountIdInput,
  accountPassphraseInput,
  accountsListOutput,
  clinicalStatusOutput,
  escrowConfirmInput,
  escrowPrepareOutput,
} from './schemas/accounts';
import { auditListInput, auditListOutput, auditVerifyOutput } from './schemas/audit';
import {
  changePassphraseInput,
  loginInput,
  sessionInfo,
  sessionOutput,
  unlockInput,
  setupInput,
  setupPrepareOutput,
} from './schemas/auth';
import { empty, ok } from './schemas/common';
import { draftKeyInput, draftOutput, draftSaveInput } from './schemas/drafts';
import { organisationSettings, settingsUpdateInput } from './schemas/settings';
import {
  agenciesListInput,
  agenciesListOutput,
  agencyCreateInput,
  agencyImportInput,
  agencyImportOutput,
  agencyUpdateInput,
  headcountsInput,
  headcountsOutput,
  setHeadcountInput,
} from './schemas/agencies';
import {
  caseCreated,
  caseCreateInput,
  breakGlassAckInput,
  breakGlassListOutput,
  caseGetInput,
  casePrintedInput,
  caseGetOutput,
  caseSetStatusInput,
  caseUpdateInput,
  consentRecordInput,
  consentWithdrawInput,
} from './schemas/cases';
import {
  clientCreateInput,
  clientDuplicatesInput,
  clientDuplicatesOutput,
  clientGetInput,
  clientGetOutput,
  clientMergeInput,
  clientSearchInput,
  clientSearchOutput,
  clientUpdateInput,
} from './schemas/clients';
import {
  contactConvertInput,
  contactConvertOutput,
  contactCreateInput,
  contactGetInput,
  contactGetOutput,
  contactsListInput,
  contactsListOutput,
} from './schemas/contacts';
import {
  createdId,
  providerCounsellorCreateInput,
  providerCounsellorUpdateInput,
  providerCreateInput,
  providersListInput,
  providersListOutput,
  providerUpdateInput,
  referenceCreateInput,
  referenceDeleteInput,
  referenceListInput,
  referenceListOutput,
  referenceUpdateInput,
  staffDirectoryOutput,
} from './schemas/reference';
import {
  appointmentBooked,
  appointmentBookInput,
  appointmentCalendarInput,
  appointmentCancelInput,
  appointmentCancelled,
  appointmentListOutput,
  appointmentMoved,
  appointmentMoveInput,
  appointmentSetStatusInput,
  appointmentsForCaseInput,
  attendanceNoteInput,
  attendanceNoteOutput,
} from './schemas/appointments';
import {
  noteAmended,
  sessionAmendNoteInput,
  sessionNoteOutput,
  sessionReadNoteInput,
  sessionRecorded,
  sessionRecordInput,
  sessionsListInput,
  sessionsListOutput,
} from './schemas/sessions';
import {
  counsellorHoursInput,
  counsellorHoursOutput,
  extensionDecided,
  extensionDecideInput,
  extensionRequestInput,
  pendingExtensionsOutput,
  providerImportInput,
  providerImportOutput,
  providerReportInput,
  providerReportsListInput,
  providerReportsListOutput,
  quotaForClientInput,
  quotaForClientOutput,
  quotaRulesInput,
  quotaRulesOutput,
  quotaSetRulesInput,
  sessionSettingsUpdateInput,
} from './schemas/quota';
import {
  caseListInput,
  caseListOutput,
  homeSummaryOutput,
  savedFilterDeleteInput,
  savedFilterSaved,
  savedFilterSaveInput,
  savedFiltersListOutput,
} from './schemas/case-list';
import { homeDayOutput } from './schemas/home';
import { APP_STATES, ROLES } from '../domain/app-state';

const OPEN = ['unlocked', 'readOnly'] as const;
const SERVICE = ['desk', 'counsellor', 'admin'] as const;
const pub = { roles: 'public', clinical: false } as const;
/** Intake and case work: the service desk and counsellors write; the administrator may read. */
const INTAKE = ['desk', 'counsellor'] as const;
const ADMIN = ['admin'] as const;

/**
 * The IPC contract: `'domain.verb'` → declaration. The core dispatcher, the Electron bridge, the
 * preload allow-list, the typed renderer client and the test bridge are all derived from this map.
 * To add a channel: put its schemas in `schemas/<domain>.ts`, declare it here, add its handler in
 * `electron/core/domains/<domain>/<domain>.handlers.ts`. TypeScript then refuses to build until
 * the handler exists.
 */
export const contract = {
  'app.info': defineChannel({ input: appInfoInput, output: appInfoOutput, states: APP_STATES, ...pub, writes: false }),
  'app.echo': defineChannel({ input: appEchoInput, output: appEchoOutput, states: APP_STATES, ...pub, writes: false }),

  // First start: the recovery code is made first and held in memory; nothing is written until
  // the administrator has typed it back (setup.initialise).
  'setup.prepare': defineChannel({ input: empty, output: setupPrepareOutput, states: ['uninitialised'], ...pub, writes: false }),
  'setup.initialise': defineChannel({ input: setupInput, output: sessionInfo, states: ['uninitialised'], ...pub, writes: true }),

  'auth.session': defineChannel({ input: empty, output: sessionOutput, states: APP_STATES, ...pub, writes: false }),
  'auth.login': defineChannel({ input: loginInput, output: sessionInfo, states: ['locked'], ...pub, writes: false }),
  'auth.unlock': defineChannel({ input: unlockInput, output: sessionInfo, states: ['locked'], ...pub, writes: false }),
  'auth.lock': defineChannel({ input: empty, output: ok, states: OPEN, roles: ROLES, clinical: false, writes: false, duringPassphraseChange: true }),
  'auth.logout': defineChannel({ input: empty, output: ok, states: OPEN, roles: ROLES, clinical: false, writes: false, duringPassphraseChange: true }),
  'auth.activity': defineChannel({ input: empty, output: ok, states: OPEN, roles: ROLES, clinical: false, writes: false, duringPassphraseChange: true }),
  'auth.changePassphrase': defineChannel({ input: changePassphraseInput, output: sessionInfo, states: ['unlocked'], roles: ROLES, clinical: false, writes: true, duringPassphraseChange: true }),

  'accounts.list': defineChannel({ input: empty, output: accountsListOutput, states: OPEN, roles: ['admin'], clinical: false, writes: false }),
  'accounts.create': defineChannel({ input: accountCreateInput, output: accountCreated, states: ['unlocked'], roles: ['admin'], clinical: false, writes: true }),
  'accounts.disable': defineChannel({ input: accountIdInput, output: ok, states: ['unlocked'], roles: ['admin'], clinical: false, writes: true }),
  'accounts.enable': defineChannel({ input: accountPassphraseInput, output: ok, states: ['unlocked'], roles: ['admin'], clinical: false, writes: true }),
  'accounts.resetPassphrase': defineChannel({ input: accountPassphraseInput, output: ok, states: ['unlocked'], roles: ['admin'], clinical: false, writes: true }),
  'accounts.unlock': defineChannel({ input: accountIdInput, output: ok, states: ['unlocked'], roles: ['admin'], clinical: false, writes: true }),

  'clinical.status': defineChannel({ input: empty, output: clinicalStatusOutput, states: OPEN, roles: ['counsellor', 'admin'], clinical: false, writes: false }),
  'clinical.prepareEscrow': defineChannel({ input: empty, output: escrowPrepareOutput, states: ['unlocked'], roles: ['counsellor'], clinical: true, writes: false }),
  'clinical.initialise': defineChannel({ input: escrowConfirmInput, output: sessionInfo, states: ['unlocked'], roles: ['counsellor'], clinical: true, writes: true }),
  'clinical.grant': defineChannel({ input: accountIdInput, output: ok, states: ['unlocked'], roles: ['counsellor'], clinical: true, writes: true }),

  'audit.list': defineChannel({ input: auditListInput, output: auditListOutput, states: OPEN, roles: ['admin'], clinical: false, writes: false }),
  'audit.verify': defineChannel({ input: empty, output: auditVerifyOutput, states: OPEN, roles: ['admin'], clinical: false, writes: false }),

  'drafts.save': defineChannel({ input: draftSaveInput, output: ok, states: ['unlocked'], roles: SERVICE, clinical: false, writes: true }),
  'drafts.get': defineChannel({ input: draftKeyInput, output: draftOutput, states: OPEN, roles: SERVICE, clinical: false, writes: false }),
  'drafts.discard': defineChannel({ input: draftKeyInput, output: ok, states: ['unlocked'], roles: SERVICE, clinical: false, writes: true }),

  'settings.get': defineChannel({ input: empty, output: organisationSettings, states: OPEN, roles: SERVICE, clinical: false, writes: false }),
  'settings.update': defineChannel({ input: settingsUpdateInput, output: organisationSettings, states: ['unlocked'], roles: ['admin'], clinical: false, writes: true }),

  // Reference data (issue #5): the administrator edits, service roles read. A used value is
  // deactivated, never deleted.
  'reference.list': defineChannel({ input: referenceListInput, output: referenceListOutput, states: OPEN, roles: SERVICE, clinical: false, writes: false }),
  'reference.create': defineChannel({ input: referenceCreateInput, output: createdId, states: ['unlocked'], roles: ADMIN, clinical: false, writes: true }),
  'reference.update': defineChannel({ input: referenceUpdateInput, output: ok, states: ['unlocked'], roles: ADMIN, clinical: false, writes: true }),
  'reference.delete': defineChannel({ input: referenceDeleteInput, output: ok, states: ['unlocked'], roles: ADMIN, clinical: false, writes: true }),

  'agencies.list': defineChannel({ input: agenciesListInput, output: agenciesListOutput, states: OPEN, roles: SERVICE, clinical: false, writes: false }),
  'agencies.create': defineChannel({ input: agencyCreateInput, output: createdId, states: ['unlocked'], roles: ADMIN, clinical: false, writes: true }),
  'agencies.update': defineChannel({ input: agencyUpdateInput, output: ok, states: ['unlocked'], roles: ADMIN, clinical: false, writes: true }),
  'agencies.headcounts': defineChannel({ input: headcountsInput, output: headcountsOutput, states: OPEN, roles: SERVICE, clinical: false, writes: false }),
  'agencies.setHeadcount': defineChannel({ input: setHeadcountInput, output: ok, states: ['unlocked'], roles: ADMIN, clinical: false, writes: true }),
  'agencies.importCsv': defineChannel({ input: agencyImportInput, output: agencyImportOutput, states: ['unlocked'], roles: ADMIN, clinical: false, writes: true }),

  'providers.list': defineChannel({ input: providersListInput, output: providersListOutput, states: OPEN, roles: SERVICE, clinical: false, writes: false }),
  'providers.create': defineChannel({ input: providerCreateInput, output: createdId, states: ['unlocked'], roles: ADMIN, clinical: false, writes: true }),
  'providers.update': defineChannel({ input: providerUpdateInput, output: ok, states: ['unlocked'], roles: ADMIN, clinical: false, writes: true }),
  'providers.addCounsellor': defineChannel({ input: providerCounsellorCreateInput, output: createdId, states: ['unlocked'], roles: ADMIN, clinical: false, writes: true }),
  'providers.updateCounsellor': defineChannel({ input: providerCounsellorUpdateInput, output: ok, states: ['unlocked'], roles: ADMIN, clinical: false, writes: true }),

  'staff.directory': defineChannel({ input: empty, output: staffDirectoryOutput, states: OPEN, roles: SERVICE, clinical: false, writes: false }),

  // Clients, contacts and case intake (issue #5). No clinical content travels here.
  'clients.search': defineChannel({ input: clientSearchInput, output: clientSearchOutput, states: OPEN, roles: SERVICE, clinical: false, writes: false }),
  'clients.get': defineChannel({ input: clientGetInput, output: clientGetOutput, states: OPEN, roles: SERVICE, clinical: false, writes: false }),
  'clients.duplicates': defineChannel({ input: clientDuplicatesInput, output: clientDuplicatesOutput, states: OPEN, roles: SERVICE, clinical: false, writes: false }),
  'clients.create': defineChannel({ input: clientCreateInput, output: createdId, states: ['unlocked'], roles: INTAKE, clinical: false, writes: true }),
  'clients.update': defineChannel({ input: clientUpdateInput, output: ok, states: ['unlocked'], roles: INTAKE, clinical: false, writes: true }),
  'clients.merge': defineChannel({ input: clientMergeInput, output: ok, states: ['unlocked'], roles: INTAKE, clinical: false, writes: true }),

  'contacts.list': defineChannel({ input: contactsListInput, output: contactsListOutput, states: OPEN, roles: SERVICE, clinical: false, writes: false }),
  'contacts.get': defineChannel({ input: contactGetInput, output: contactGetOutput, states: OPEN, roles: SERVICE, clinical: false, writes: false }),
  'contacts.create': defineChannel({ input: contactCreateInput, output: createdId, states: ['unlocked'], roles: INTAKE, clinical: false, writes: true }),
  'contacts.convertToCase': defineChannel({ input: contactConvertInput, output: contactConvertOutput, states: ['unlocked'], roles: INTAKE, clinical: false, writes: true }),

  // cases.get writes its 'case.opened' audit row but changes no data, so it also runs read-only.
  'cases.printed': defineChannel({ input: casePrintedInput, output: ok, states: OPEN, roles: SERVICE, clinical: false, writes: false }),
  'breakGlass.forMe': defineChannel({ input: empty, output: breakGlassListOutput, states: OPEN, roles: ['counsellor'], clinical: false, writes: false }),
  'breakGlass.acknowledge': defineChannel({ input: breakGlassAckInput, output: ok, states: ['unlocked'], roles: ['counsellor'], clinical: false, writes: true }),
  'cases.get': defineChannel({ input: caseGetInput, output: caseGetOutput, states: OPEN, roles: SERVICE, clinical: false, writes: false }),
  'cases.create': defineChannel({ input: caseCreateInput, output: caseCreated, states: ['unlocked'], roles: INTAKE, clinical: false, writes: true }),
  'cases.update': defineChannel({ input: caseUpdateInput, output: ok, states: ['unlocked'], roles: INTAKE, clinical: false, writes: true }),
  'cases.setStatus': defineChannel({ input: caseSetStatusInput, output: ok, states: ['unlocked'], roles: INTAKE, clinical: false, writes: true }),

  'consents.record': defineChannel({ input: consentRecordInput, output: createdId, states: ['unlocked'], roles: INTAKE, clinical: false, writes: true }),
  'consents.withdraw': defineChannel({ input: consentWithdrawInput, output: ok, states: ['unlocked'], roles: INTAKE, clinical: false, writes: true }),

  // Appointments, sessions and the subsidy quota (issue #7). Logistics only, except the
  // sessions.* channels marked clinical: the note travels through sessions.readNote alone.
  'appointments.calendar': defineChannel({ input: appointmentCalendarInput, output: appointmentListOutput, states: OPEN, roles: SERVICE, clinical: false, writes: false }),
  'appointments.forCase': defineChannel({ input: appointmentsForCaseInput, output: appointmentListOutput, states: OPEN, roles: SERVICE, clinical: false, writes: false }),
  'appointments.book': defineChannel({ input: appointmentBookInput, output: appointmentBooked, states: ['unlocked'], roles: INTAKE, clinical: false, writes: true }),
  'appointments.cancel': defineChannel({ input: appointmentCancelInput, output: appointmentCancelled, states: ['unlocked'], roles: INTAKE, clinical: false, writes: true }),
  'appointments.setStatus': defineChannel({ input: appointmentSetStatusInput, output: ok, states: ['unlocked'], roles: INTAKE, clinical: false, writes: true }),
  'appointments.move': defineChannel({ input: appointmentMoveInput, output: appointmentMoved, states: ['unlocked'], roles: INTAKE, clinical: false, writes: true }),
  // Writes only its audit row (a print), like cases.get.
  'appointments.attendanceNote': defineChannel({ input: attendanceNoteInput, output: attendanceNoteOutput, states: OPEN, roles: INTAKE, clinical: false, writes: false }),

  'sessions.record': defineChannel({ input: sessionRecordInput, output: sessionRecorded, states: ['unlocked'], roles: ['counsellor'], clinical: true, writes: true }),
  'sessions.list': defineChannel({ input: sessionsListInput, output: sessionsListOutput, states: OPEN, roles: SERVICE, clinical: false, writes: false }),
  'sessions.amendNote': defineChannel({ input: sessionAmendNoteInput, output: noteAmended, states: ['unlocked'], roles: ['counsellor'], clinical: true, writes: true }),
  'sessions.readNote': defineChannel({ input: sessionReadNoteInput, output: sessionNoteOutput, states: ['unlocked'], roles: ['counsellor'], clinical: true, writes: false }),

  'quota.forClient': defineChannel({ input: quotaForClientInput, output: quotaForClientOutput, states: OPEN, roles: SERVICE, clinical: false, writes: false }),
  'quota.rules': defineChannel({ input: quotaRulesInput, output: quotaRulesOutput, states: OPEN, roles: SERVICE, clinical: false, writes: false }),
  'quota.setRules': defineChannel({ input: quotaSetRulesInput, output: ok, states: ['unlocked'], roles: ADMIN, clinical: false, writes: true }),
  'quota.updateSettings': defineChannel({ input: sessionSettingsUpdateInput, output: ok, states: ['unlocked'], roles: ADMIN, clinical: false, writes: true }),
  'quota.requestExtension': defineChannel({ input: extensionRequestInput, output: createdId, states: ['unlocked'], roles: INTAKE, clinical: false, writes: true }),
  'quota.pendingExtensions': defineChannel({ input: empty, output: pendingExtensionsOutput, states: OPEN, roles: ['counsellor'], clinical: false, writes: false }),
  'quota.decideExtension': defineChannel({ input: extensionDecideInput, output: extensionDecided, states: ['unlocked'], roles: ['counsellor'], clinical: false, writes: true }),

  'providerReports.record': defineChannel({ input: providerReportInput, output: createdId, states: ['unlocked'], roles: INTAKE, clinical: false, writes: true }),
  'providerReports.list': defineChannel({ input: providerReportsListInput, output: providerReportsListOutput, states: OPEN, roles: SERVICE, clinical: false, writes: false }),
  'providerReports.importCsv': defineChannel({ input: providerImportInput, output: providerImportOutput, states: ['unlocked'], roles: INTAKE, clinical: false, writes: true }),
  'reports.counsellorHours': defineChannel({ input: counsellorHoursInput, output: counsellorHoursOutput, states: OPEN, roles: SERVICE, clinical: false, writes: false }),

  // The case list, saved filters and the home page's follow-ups (issue #6): service roles only,
  // never statistics readers; rows carry no presenting summary and nothing clinical.
  'cases.list': defineChannel({ input: caseListInput, output: caseListOutput, states: OPEN, roles: SERVICE, clinical: false, writes: false }),
  'savedFilters.list': defineChannel({ input: empty, output: savedFiltersListOutput, states: OPEN, roles: SERVICE, clinical: false, writes: false }),
  'savedFilters.save': defineChannel({ input: savedFilterSaveInput, output: savedFilterSaved, states: ['unlocked'], roles: SERVICE, clinical: false, writes: true }),
  'savedFilters.delete': defineChannel({ input: savedFilterDeleteInput, output: ok, states: ['unlocked'], roles: SERVICE, clinical: false, writes: true }),
  'home.summary': defineChannel({ input: empty, output: homeSummaryOutput, states: OPEN, roles: SERVICE, clinical: false, writes: false }),
  // The home page's day: today's appointments (everyone's for the desk, a counsellor's own) and a
  // counsellor's notes to finish. Logistics only; the administrator has no day of appointments.
  'home.day': defineChannel({ input: empty, output: homeDayOutput, states: OPEN, roles: INTAKE, clinical: false, writes: false }),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];
