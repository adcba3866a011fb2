import { idCardCheckChar } from '@wanxia/schema';

/** A valid, fictional ID number for tests: region 430923, the birth date, a sequence. */
export function testIdCard(
  birthDate: string,
  sequence: number,
  gender: 'MALE' | 'FEMALE' = 'MALE',
): string {
  const seq = sequence * 2 + (gender === 'MALE' ? 1 : 0);
  const first17 = `430923${birthDate.replaceAll('-', '')}${String(seq % 1000).padStart(3, '0')}`;
  return first17 + idCardCheckChar(first17);
}
