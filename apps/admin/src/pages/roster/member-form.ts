import type {
  CreateMemberInput,
  Gender,
  HealthStatus,
  LivingSituation,
  MemberDetailFragment,
  ResidenceKind,
  RetirementType,
  UpdateMemberInput,
} from '../../gql/graphql';
import { normalizeIdCard } from '@wanxia/schema';
import { PERSONAL_FIELDS, type PersonalData, type PersonalField } from './personal-data';

/**
 * What the member form holds. Dates are `YYYY-MM-DD` strings, as the API speaks them, so that
 * comparing with the stored record needs no conversion. Every key is always present: a server
 * error can only be placed on a field the form knows.
 */
export interface MemberFormValues {
  name: string | undefined;
  gender: Gender | undefined;
  ethnicity: string | undefined;
  birthDate: string | undefined;
  branchId: string | undefined;
  idCardNumber: string | undefined;
  phone: string | undefined;
  address: string | undefined;
  emergencyContactName: string | undefined;
  emergencyContactRelation: string | undefined;
  emergencyContactPhone: string | undefined;
  retirementType: RetirementType | undefined;
  retirementDate: string | undefined;
  workStartDate: string | undefined;
  formerUnit: string | undefined;
  formerPosition: string | undefined;
  rank: string | undefined;
  partyMember: boolean;
  partyJoinDate: string | undefined;
  fullMembershipDate: string | undefined;
  healthStatus: HealthStatus | undefined;
  healthNotes: string | undefined;
  livingSituation: LivingSituation | undefined;
  spouseName: string | undefined;
  residenceKind: ResidenceKind | undefined;
  residencePlace: string | undefined;
  carePlan: string | undefined;
  contactLeader: string | undefined;
  tags: string[];
}

export type FormField = keyof MemberFormValues;

export const NEW_MEMBER_VALUES: MemberFormValues = {
  name: undefined,
  gender: undefined,
  ethnicity: undefined,
  birthDate: undefined,
  branchId: undefined,
  idCardNumber: undefined,
  phone: undefined,
  address: undefined,
  emergencyContactName: undefined,
  emergencyContactRelation: undefined,
  emergencyContactPhone: undefined,
  retirementType: undefined,
  retirementDate: undefined,
  workStartDate: undefined,
  formerUnit: undefined,
  formerPosition: undefined,
  rank: undefined,
  // Not assumed: 中共党员 is said, with its 入党日期, or left 否.
  partyMember: false,
  partyJoinDate: undefined,
  fullMembershipDate: undefined,
  healthStatus: undefined,
  healthNotes: undefined,
  livingSituation: undefined,
  spouseName: undefined,
  residenceKind: 'TOWNSHIP',
  residencePlace: undefined,
  carePlan: undefined,
  contactLeader: undefined,
  tags: [],
};

export const FORM_FIELDS = Object.keys(NEW_MEMBER_VALUES) as FormField[];

/** The fields the update mutation takes as they are (the branch changes by transfer only). */
const UPDATABLE_FIELDS = FORM_FIELDS.filter((f) => f !== 'branchId');

/** Empty text and no value are the same thing to the API: nothing. */
function clean(value: MemberFormValues[FormField]): string | boolean | string[] | null {
  if (Array.isArray(value)) return value.map((v) => v.trim()).filter(Boolean);
  if (typeof value === 'string') return value.trim() || null;
  return value ?? null;
}

function same(a: MemberFormValues[FormField], b: MemberFormValues[FormField]): boolean {
  return JSON.stringify(clean(a)) === JSON.stringify(clean(b));
}

const isPersonal = (field: FormField): field is PersonalField =>
  (PERSONAL_FIELDS as readonly string[]).includes(field);

/**
 * The form's starting values for a member. Personal fields arrive masked: they are filled only
 * from the full personal data, and otherwise left empty (empty keeps the stored value).
 */
export function toFormValues(
  member: MemberDetailFragment,
  personal: PersonalData | null,
): MemberFormValues {
  const text = (value: string | null) => value ?? undefined;
  return {
    name: member.name,
    gender: member.gender,
    ethnicity: member.ethnicity,
    birthDate: member.birthDate,
    branchId: member.branch.id,
    idCardNumber: personal?.idCardNumber,
    phone: text(personal?.phone ?? null),
    address: text(personal?.address ?? null),
    emergencyContactName: text(member.emergencyContactName),
    emergencyContactRelation: text(member.emergencyContactRelation),
    emergencyContactPhone: text(personal?.emergencyContactPhone ?? null),
    retirementType: member.retirementType,
    retirementDate: text(member.retirementDate),
    workStartDate: text(member.workStartDate),
    formerUnit: text(member.formerUnit),
    formerPosition: text(member.formerPosition),
    rank: text(member.rank),
    partyMember: member.partyMember,
    partyJoinDate: text(member.partyJoinDate),
    fullMembershipDate: text(member.fullMembershipDate),
    healthStatus: member.healthStatus ?? undefined,
    healthNotes: text(personal?.healthNotes ?? null),
    livingSituation: member.livingSituation ?? undefined,
    spouseName: text(member.spouseName),
    residenceKind: member.residenceKind,
    residencePlace: member.residencePlace,
    carePlan: text(member.carePlan),
    contactLeader: text(member.contactLeader),
    tags: [...member.tags],
  };
}

/** A non-member has no joining or full-membership date; the form hides them, the API refuses them. */
function partyDateOf(
  values: MemberFormValues,
  field: 'partyJoinDate' | 'fullMembershipDate',
): string | null {
  return values.partyMember ? ((clean(values[field]) as string | null) ?? null) : null;
}

/** The create mutation's input: empty fields are left out, for the server's defaults. */
export function toCreateInput(values: MemberFormValues): CreateMemberInput {
  const input: Record<string, unknown> = {};
  for (const field of FORM_FIELDS) {
    const value = clean(values[field]);
    if (value === null || (Array.isArray(value) && !value.length)) continue;
    input[field] = value;
  }
  input.idCardNumber = normalizeIdCard(values.idCardNumber ?? '');
  input.partyJoinDate = partyDateOf(values, 'partyJoinDate') ?? undefined;
  input.fullMembershipDate = partyDateOf(values, 'fullMembershipDate') ?? undefined;
  return input as unknown as CreateMemberInput;
}

/** The fields whose value differs from `base`. */
export function changedFields(values: MemberFormValues, base: MemberFormValues): FormField[] {
  return FORM_FIELDS.filter((field) => !same(values[field], base[field]));
}

/**
 * Only what changed, so that a save never overwrites someone else's edit of another field.
 * Without the personal data in full, an empty personal field means "keep the stored value".
 */
export function toUpdateInput(
  values: MemberFormValues,
  base: MemberFormValues,
  personalKnown: boolean,
): Omit<UpdateMemberInput, 'id' | 'expectedVersion'> {
  const input: Record<string, unknown> = {};
  const effective = {
    ...values,
    partyJoinDate: partyDateOf(values, 'partyJoinDate') ?? undefined,
    fullMembershipDate: partyDateOf(values, 'fullMembershipDate') ?? undefined,
  };
  for (const field of UPDATABLE_FIELDS) {
    if (same(effective[field], base[field])) continue;
    const value = clean(effective[field]);
    if (isPersonal(field) && !personalKnown && value === null) continue;
    input[field] =
      field === 'idCardNumber' && typeof value === 'string' ? normalizeIdCard(value) : value;
  }
  return input as Omit<UpdateMemberInput, 'id' | 'expectedVersion'>;
}

/**
 * After someone else saved first: the latest record, with this person's own changes (made
 * against the version they started from) laid on top. Returns the fields that were kept.
 */
export function reapplyChanges(
  current: MemberFormValues,
  startedFrom: MemberFormValues,
  latest: MemberFormValues,
): { values: MemberFormValues; kept: FormField[] } {
  const kept = changedFields(current, startedFrom);
  const values = { ...latest };
  for (const field of kept) Object.assign(values, { [field]: current[field] });
  return { values, kept };
}
