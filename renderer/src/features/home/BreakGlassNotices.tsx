import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call } from '../../lib/api';
import { useDateTimeFormatter } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';

/** Openings of my cases by other counsellors (break-glass), until I acknowledge each. */
export function BreakGlassNotices() {
  const { t } = useTranslation();
  const when = useDateTimeFormatter();
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: ['cases', 'breakGlass'],
    queryFn: () => call('breakGlass.forMe', {}),
  });
  const ack = useMutation({
    mutationFn: (id: string) => call('breakGlass.acknowledge', { id }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['cases', 'breakGlass'] }),
  });
  const entries = list.data?.entries ?? [];
  if (entries.length === 0) return null;
  return (
    <Card title={t('home.breakGlass.title')} tone="attention" testId="break-glass-card">
      <ul className="plain-list">
        {entries.map((e) => (
          <li key={e.id}>
            <p>
              {t('home.breakGlass.line', { who: e.openedByName, when: when(e.openedAt) })}{' '}
              <Link to={`/cases/${e.caseId}`}>{e.caseNumber}</Link>
            </p>
            <p>{t('home.breakGlass.reason', { reason: e.reason })}</p>
            <Button onClick={() => ack.mutate(e.id)} disabled={ack.isPending}>
              {t('home.breakGlass.acknowledge')}
            </Button>
          </li>
        ))}
      </ul>
    </Card>
  );
}
