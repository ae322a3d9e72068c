import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import { openEncryptedDb, type Db } from '../db/open';
import { applyPragmas } from '../db/pragmas';
import { allocateCaseNumber, META_INSTALLATION_ID, rocYearOf } from './case-number';
import { freshDir, removeTempDirs } from './vault-test-kit';

afterAll(removeTempDirs);

function officeDb(isOffice: 0 | 1): Db {
  const db = openEncryptedDb(join(freshDir('eap-case-'), 'c.db'), randomBytes(32), {
    create: true,
  });
  applyPragmas(db);
  migrate(db, MIGRATIONS);
  db.prepare('INSERT INTO installation (id, created_at, is_office) VALUES (?, ?, ?)').run(
    'inst-a',
    1,
    isOffice,
  );
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(META_INSTALLATION_ID, 'inst-a');
  return db;
}

describe('case numbers', () => {
  it('counts per ROC year and restarts at the year change', () => {
    const db = officeDb(1);
    expect(allocateCaseNumber(db, '2025-12-31')).toBe('114-000001');
    expect(allocateCaseNumber(db, '2025-12-31')).toBe('114-000002');
    expect(allocateCaseNumber(db, '2026-01-01')).toBe('115-000001');
    expect(allocateCaseNumber(db, '2025-06-30')).toBe('114-000003');
    db.close();
  });

  it('runs inside the caller transaction: a rolled-back case does not use a number', () => {
    const db = officeDb(1);
    expect(() =>
      db.transaction(() => {
        allocateCaseNumber(db, '2025-03-05');
        throw new Error('case insert failed');
      })(),
    ).toThrow('case insert failed');
    expect(allocateCaseNumber(db, '2025-03-05')).toBe('114-000001');
    db.close();
  });

  it('only the office database allocates', () => {
    const db = officeDb(0);
    expect(() => allocateCaseNumber(db, '2025-03-05')).toThrow(
      expect.objectContaining({ code: 'CONFLICT', key: 'errors.notOfficeDatabase' }),
    );
    db.close();
  });

  it('converts to the ROC year and refuses bad dates', () => {
    expect(rocYearOf('2025-03-05')).toBe(114);
    expect(rocYearOf('1912-01-01')).toBe(1);
    expect(() => rocYearOf('1911-12-31')).toThrow();
    expect(() => rocYearOf('114/03/05')).toThrow();
  });
});
