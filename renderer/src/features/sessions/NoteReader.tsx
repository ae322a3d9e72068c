import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { useErrorText } from '../../lib/errors';
import { useDateTimeFormatter } from '../../lib/format';
import { Button } from '../../ui/Button';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';

/**
 * The only place clinical text appears: read on an explicit click (sessions.readNote, audited —
 * the button says so), shown with every version, who wrote it and when; amending adds a version
 * and keeps the original. Closing drops the text from memory.
 */
export function NoteReader({
  sessionId,
  hasNote,
  versions,
}: {
  readonly sessionId: string;
  readonly hasNote: boolean;
  readonly versions: number;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const when = useDateTimeFormatter();
  const read = useMutation({ mutationFn: () => call('sessions.readNote', { sessionId }) });
  const [amending, setAmending] = useState(false);
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const amend = useMutation({
    mutationFn: () =>
      call('sessions.amendNote', {
        sessionId,
        note: text,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      }),
  });
  const shown = read.data;
  return (
    <div className="note-reader">
      {!shown ? (
        <p className="small">
          <Button onClick={() => read.mutate()} disabled={read.isPending}>
            {hasNote ? t('session.note.show') : t('session.note.write')}
          </Button>{' '}
          <span className="muted">
            {hasNote ? t('session.note.audited', { count: versions }) : t('session.note.none')}
          </span>
        </p>
      ) : (
        <section
          className="clinical-block"
          aria-label={t('session.clinical.heading')}
          data-testid="note-text"
        >
          <h3 className="clinical-heading">{t('session.clinical.heading')}</h3>
          {shown.versions.map((v) => (
            <div key={v.version} className="note-version">
              <p className="small muted">
                {t('session.note.version', {
                  version: v.version,
                  name: v.writtenBy.displayName,
                  at: when(v.writtenAt),
                })}
                {v.reason ? ` · ${t('session.note.reason')}：${v.reason}` : ''}
              </p>
              <p className="note-text">{v.note}</p>
            </div>
          ))}
          {amending ? (
            <div>
              <TextAreaField
                label={t('session.note.amendText')}
                rows={6}
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
              {shown.versions.length > 0 ? (
                <TextField
                  label={t('session.note.reason')}
                  required
                  requiredMark={t('common.requiredMark')}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                />
              ) : null}
              <div className="form-actions">
                <Button
                  variant="primary"
                  disabled={amend.isPending || text.trim() === ''}
                  onClick={() =>
                    amend.mutate(undefined, {
                      onSuccess: () => {
                        setAmending(false);
                        setText('');
                        setReason('');
                        read.mutate();
                      },
                    })
                  }
                >
                  {t('session.note.saveAmend')}
                </Button>
                <Button onClick={() => setAmending(false)}>{t('common.cancel')}</Button>
              </div>
            </div>
          ) : null}
          <div className="form-actions">
            {!amending ? (
              <Button
                onClick={() => {
                  setText(shown.versions.at(-1)?.note ?? '');
                  setAmending(true);
                }}
              >
                {shown.versions.length > 0 ? t('session.note.amend') : t('session.note.write')}
              </Button>
            ) : null}
            <Button onClick={() => read.reset()}>{t('session.note.hide')}</Button>
          </div>
        </section>
      )}
      {read.isError || amend.isError ? (
        <p className="form-error" role="alert">
          {errorText(read.error ?? amend.error)}
        </p>
      ) : null}
    </div>
  );
}
