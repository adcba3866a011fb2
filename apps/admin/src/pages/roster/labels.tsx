import { Tag } from 'antd';
import { useI18n } from '../../app/i18n';
import type { MemberStatus, RetirementType } from '../../gql/graphql';
import { enumValues } from '@wanxia/schema';

/** The values of the API's enums, in the order the bureau reads them. */
export const GENDERS = enumValues('Gender');
export const MEMBER_STATUSES = enumValues('MemberStatus');
export const RETIREMENT_TYPES = enumValues('RetirementType');
export const HEALTH_STATUSES = enumValues('HealthStatus');
export const LIVING_SITUATIONS = enumValues('LivingSituation');
export const RESIDENCE_KINDS = enumValues('ResidenceKind');

const STATUS_COLORS: Record<MemberStatus, string> = {
  ACTIVE: 'green',
  DECEASED: 'default',
  TRANSFERRED_OUT: 'blue',
};

export function StatusTag({ status }: { status: MemberStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`enum.MemberStatus.${status}`)}
    </Tag>
  );
}

/** 离休 cadres get extra care, so their tag stands out. */
export function RetirementTag({ type }: { type: RetirementType }) {
  const { t } = useI18n();
  return (
    <Tag color={type === 'LIXIU' ? 'volcano' : 'default'} style={{ marginInlineEnd: 0 }}>
      {t(`enum.RetirementType.${type}`)}
    </Tag>
  );
}
