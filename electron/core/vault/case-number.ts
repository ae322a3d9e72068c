import { AppError } from '../errors';
import type { Db } from '../db/open';

/**
 * Case numbers 'ROC-NNNNNN' (e.g. '114-000123'): ROC year = Gregorian year − 1911, a counter per
 * ROC year. Only the office database allocates them, so a field kit can never produce a number
 * that collides when merged. Runs inside the caller's transaction (the case insert), or its own.
 */
export const META_INSTALLATION_ID = 'installation_id';
const MAX_PER_YEAR = 999_999;

export function rocYearOf(isoDate: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new AppError('VALIDATION', { key: 'errors.invalidDate' });
  const roc = Number(m[1]) - 1911;
  if (roc < 1) throw new AppError('VALIDATION', { key: 'errors.invalidDate' });
  return roc;
}

export function isOfficeDatabase(db: Db): boolean {
  const row = db
    .prepare(
      'SELECT i.is_office AS is_office FROM installation i JOIN meta m ON m.key = ? AND m.value = i.id',
    )
    .get(META_INSTALLATION_ID) as { is_office: number } | undefined;
  return row?.is_office === 1;
}

export function allocateCaseNumber(db: Db, isoDate: string): string {
  const roc = rocYearOf(isoDate);
  const run = (): string => {
    if (!isOfficeDatabase(db)) throw new AppError('CONFLICT', { key: 'errors.notOfficeDatabase' });
    const n = db
      .prepare(
        `INSERT INTO case_number_counter (roc_year, last_number) VALUES (?, 1)
         ON CONFLICT (roc_year) DO UPDATE SET last_number = last_number + 1
         RETURNING last_number`,
      )
      .pluck()
      .get(roc) as number;
    if (n > MAX_PER_YEAR) throw new AppError('CONFLICT', { key: 'errors.caseNumbersExhausted' });
    return `${roc}-${String(n).padStart(6, '0')}`;
  };
  return db.inTransaction ? run() : db.transaction(run).immediate();
}
