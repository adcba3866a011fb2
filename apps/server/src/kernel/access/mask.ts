/** Masks for personal data, shown to callers who may not see it and written to the audit trail. */

/**
 * 430923************: the region stays. The birth date and the sex are shown elsewhere, so any
 * other digit left visible would narrow the number down to a handful: hidden, the sequence
 * digits leave 500 candidates for every member.
 */
export function maskIdCard(value: string): string {
  return value.length <= 6
    ? '*'.repeat(value.length)
    : value.slice(0, 6) + '*'.repeat(value.length - 6);
}

/** 138****5678 for a mobile; landlines keep their area code and the last four. */
export function maskPhone(value: string): string {
  if (value.length <= 7) return '*'.repeat(value.length);
  return value.slice(0, 3) + '*'.repeat(value.length - 7) + value.slice(-4);
}

/** A phone that may be absent (null or empty, shown as it is), masked. */
export function maskOptionalPhone(value: string | null): string | null {
  return value && maskPhone(value);
}

/** 东坪镇****: the first characters (the township) stay. */
export function maskAddress(value: string): string {
  return value.slice(0, Math.min(3, Math.floor(value.length / 2))) + '****';
}

/** Free text such as health notes is hidden whole. */
export const maskText = (value: string) => (value ? '****' : value);

/** Personal fields of a member and how each is masked. */
export const PERSONAL_FIELDS: Partial<Record<string, (value: string) => string>> = {
  idCardNumber: maskIdCard,
  phone: maskPhone,
  address: maskAddress,
  healthNotes: maskText,
  emergencyContactPhone: maskPhone,
};

export function maskIfPresent(field: string, value: unknown): unknown {
  const mask = PERSONAL_FIELDS[field];
  return mask && typeof value === 'string' ? mask(value) : value;
}
