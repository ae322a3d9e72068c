import { afterAll, beforeAll, expect } from 'vitest';
import type { Db } from '../../db/open';
import { createPlanFixture, type PlanFixture } from './plan-fixture';
import { describePlan, explainAll, fullScans, recordQueries, type Explained } from './plan-kit';

/**
 * The shared steps of the query-plan tests (test code only): the data they plan against, and
 * "run this product call, and every statement it sent uses an index".
 */
export function usePlanFixture(): () => PlanFixture {
  let f: PlanFixture | null = null;
  beforeAll(async () => {
    f = await createPlanFixture();
  }, 60_000);
  afterAll(() => f?.t.kit.dispose());
  return () => {
    if (!f) throw new Error('the plan fixture is not ready');
    return f;
  };
}

/** Runs `call`, explains every statement it ran, and fails on any full read of a growing table. */
export function expectIndexed(db: Db, call: (db: Db) => unknown): Explained[] {
  const { ran } = recordQueries(db, call);
  expect(ran.length).toBeGreaterThan(0);
  const plans = explainAll(db, ran);
  for (const e of plans) expect(fullScans(db, e), describePlan(e)).toEqual([]);
  return plans;
}
