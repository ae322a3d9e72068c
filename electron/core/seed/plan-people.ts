import type { SeedAgency } from './agency-tree';
import type { SeedCodes, Weighted } from './codes';
import { syntheticEmail, syntheticName, syntheticPhone, type NameGender } from './names';
import type { Rng } from './prng';

/** One synthetic client, before insertion. */
export interface ClientSpec {
  readonly id: string;
  readonly name: string;
  readonly agencyIndex: number;
  readonly category: string;
  readonly gender: NameGender;
  readonly birthYear: number | null;
  readonly isManager: boolean;
  readonly phone: string | null;
  readonly email: string | null;
  readonly specialGroups: readonly string[];
  /** The day of the person's first case (their record was made then). */
  readonly firstDay: number;
}

/** Headcount-weighted agency picker: bigger agencies send more people. */
export function agencyPicker(rng: Rng, agencies: readonly SeedAgency[]): () => number {
  const weighted = agencies.map((a, i) => [i, a.headcount] as const).filter(([, w]) => w > 0);
  return () => rng.weighted(weighted);
}

/** Schools are mostly teachers, cleaning squads mostly sanitation workers, when the city has them. */
function categoryFor(rng: Rng, agency: SeedAgency, categories: Weighted): string {
  const has = (code: string) => categories.some(([c]) => c === code);
  if (agency.kind === 'school' && has('teacher') && rng.chance(0.65)) return 'teacher';
  if (agency.name.includes('清潔隊') && has('sanitation') && rng.chance(0.7)) return 'sanitation';
  const rest = categories.filter(([c]) => c !== 'teacher' || agency.kind === 'school');
  return rng.weighted(rest.length > 0 ? rest : categories);
}

export function planClient(
  rng: Rng,
  serial: number,
  agencyIndex: number,
  agencies: readonly SeedAgency[],
  codes: SeedCodes,
  firstDay: number,
  thisYear: number,
): ClientSpec {
  const agency = agencies[agencyIndex] as SeedAgency;
  // EAP users lean female; gender is sometimes not recorded.
  const gender = rng.weighted<NameGender>([
    ['F', 60],
    ['M', 38],
    ['X', 0.5],
    ['U', 1.5],
  ]);
  const age = Math.round(rng.normal(44, 14));
  return {
    id: rng.uuid(),
    name: syntheticName(rng, gender),
    agencyIndex,
    category: categoryFor(rng, agency, codes.staffCategory),
    gender,
    birthYear: rng.chance(0.9)
      ? Math.min(thisYear - 20, Math.max(thisYear - 66, thisYear - age))
      : null,
    isManager: rng.chance(0.1),
    phone: rng.chance(0.75) ? syntheticPhone(rng) : null,
    email: rng.chance(0.5) ? syntheticEmail(rng, serial) : null,
    specialGroups:
      codes.specialGroup.length > 0 && rng.chance(0.06) ? [rng.pick(codes.specialGroup)] : [],
    firstDay,
  };
}
