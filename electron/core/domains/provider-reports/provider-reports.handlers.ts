import type { CoreDeps } from '../../deps';
import type { Handlers } from '../../ipc/dispatch';
import { Issues, runAction } from '../reference/action';
import { checkProvider } from '../reference/checks';
import { counsellorHours } from './hours-report';
import { planProviderImport } from './provider-import';
import { applyImport, importReport, listReports, recordReport } from './provider-reports.service';

export const providerReportsHandlers = (deps: CoreDeps) =>
  ({
    'providerReports.record': (ctx, input) =>
      runAction(deps, ['providerReports', 'quota'], (a) => recordReport(ctx, a, input)),
    'providerReports.list': (_ctx, input) => ({
      reports: listReports(deps.sessions.requireDb(), input),
    }),
    'providerReports.importCsv': (_ctx, input) => {
      const text = input.chunks.join('');
      const db = deps.sessions.requireDb();
      const issues = new Issues();
      checkProvider(db, issues, 'providerId', input.providerId);
      issues.throwIfAny();
      if (input.dryRun)
        return importReport(planProviderImport(db, text, input.period), true, false);
      // Planned again inside the write transaction, so what was checked is what is written.
      const result = runAction(deps, [], (a) => {
        const plan = planProviderImport(a.db, text, input.period);
        if (plan.errors.length > 0) return importReport(plan, false, false);
        applyImport(a, input.providerId, input.period, plan);
        return importReport(plan, false, true);
      });
      if (result.written) deps.changed('providerReports', 'clients', 'quota');
      return result;
    },
    'reports.counsellorHours': (_ctx, input) =>
      counsellorHours(deps.sessions.requireDb(), input.year, input.month),
  }) satisfies Pick<
    Handlers,
    | 'providerReports.record'
    | 'providerReports.list'
    | 'providerReports.importCsv'
    | 'reports.counsellorHours'
  >;
