import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Role } from '../../../../shared/domain/app-state';
import { isImeComposing } from '../../lib/keyboard';
import { canDoIntake } from './intake-roles';
import './quick-actions.css';

/**
 * The top bar's "new" links for the desk and counsellors (UX.md): a contact record (the first
 * minute with a caller) and a new case (Ctrl+N).
 */
export function QuickActions({ role }: { readonly role: Role }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const allowed = canDoIntake(role);
  useEffect(() => {
    if (!allowed) return;
    const onKey = (e: KeyboardEvent) => {
      if (isImeComposing(e)) return;
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'n') {
        e.preventDefault();
        void navigate('/cases/new');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [allowed, navigate]);
  if (!allowed) return null;
  return (
    <div className="quick-actions">
      <Link className="topbar-link" to="/contacts/new">
        {t('quick.contact')}
      </Link>
      <Link
        className="topbar-link"
        to="/cases/new"
        aria-keyshortcuts="Control+N"
        title={t('quick.caseHint')}
      >
        {t('quick.case')}
      </Link>
    </div>
  );
}
