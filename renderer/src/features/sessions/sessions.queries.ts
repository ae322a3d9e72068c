import { queryOptions } from '@tanstack/react-query';
import { call } from '../../lib/api';

/**
 * Session facts only. The clinical note is never cached under a query: it is read on request
 * (sessions.readNote, audited) and kept in the component that asked for it.
 */
export const sessionQueries = {
  forCase: (caseId: string) =>
    queryOptions({
      queryKey: ['sessions', 'case', caseId] as const,
      queryFn: () => call('sessions.list', { caseId }),
    }),
};
