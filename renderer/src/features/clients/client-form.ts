import { z } from 'zod';
import { GENDERS } from '../../../../shared/domain/reference-lists';
import type { ClientSummary } from '../../../../shared/ipc/schemas/clients';
import type { InputOf } from '../../../../shared/ipc/types';
import { pathMapper } from '../../lib/form-errors';
import { formText, pickedOptional } from '../../lib/form-values';
import { parseBirthYear } from './birth-year';

/**
 * 登錄服務對象 as typed → clients.create. As little as the work needs (DOMAIN.md): there is no
 * national ID field, and every text field refuses one.
 */
export const clientForm = (thisYear: number) =>
  z
    .object({
      name: formText(60, true),
      agencyId: pickedOptional,
      category: pickedOptional,
      gender: z.enum(GENDERS, { error: 'validation.invalidValue' }),
      birthYear: z.string().transform((text, ctx) => {
        const year = parseBirthYear(text, thisYear);
        if (year === 'invalid') {
          ctx.addIssue({ code: 'custom', message: 'validation.birthYearTyped' });
          return z.NEVER;
        }
        return year;
      }),
      isManager: z.boolean(),
      phone: formText(30).refine((v) => v === '' || /\d/.test(v), { error: 'validation.phone' }),
      email: z
        .string()
        .trim()
        .max(120, { error: 'validation.tooLong' })
        .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), {
          error: 'validation.email',
        }),
      specialGroups: z.array(z.string()).max(10),
    })
    .transform((v): InputOf<'clients.create'> => ({
      name: v.name,
      agencyId: v.agencyId,
      category: v.category,
      gender: v.gender,
      birthYear: v.birthYear,
      isManager: v.isManager,
      phone: v.phone === '' ? null : v.phone,
      email: v.email === '' ? null : v.email,
      specialGroups: v.specialGroups,
    }));
export type ClientFormValues = z.input<ReturnType<typeof clientForm>>;
export type ClientInput = z.output<ReturnType<typeof clientForm>>;

export const emptyClient = (name = ''): ClientFormValues => ({
  name,
  agencyId: null,
  category: null,
  gender: 'U',
  birthYear: '',
  isManager: false,
  phone: '',
  email: '',
  specialGroups: [],
});

/** The edit form starts from the record; the birth year is shown as typed by most: Gregorian. */
export const valuesOfClient = (
  c: Pick<
    ClientSummary,
    'name' | 'agencyId' | 'category' | 'gender' | 'birthYear' | 'isManager' | 'phone' | 'email'
  > & { readonly specialGroups: readonly string[] },
): ClientFormValues => ({
  name: c.name,
  agencyId: c.agencyId,
  category: c.category,
  gender: c.gender,
  birthYear: c.birthYear === null ? '' : String(c.birthYear),
  isManager: c.isManager,
  phone: c.phone ?? '',
  email: c.email ?? '',
  specialGroups: [...c.specialGroups],
});

export const CLIENT_FIELDS = pathMapper<ClientFormValues>({
  name: 'name',
  agencyId: 'agencyId',
  category: 'category',
  gender: 'gender',
  birthYear: 'birthYear',
  isManager: 'isManager',
  phone: 'phone',
  email: 'email',
  specialGroups: 'specialGroups',
});
