import { Space, Tag } from 'antd';
import { HomeOutlined, TrophyOutlined } from '@ant-design/icons';
import { useI18n } from '../../app/i18n';
import type { DemonstrationLevel } from '../../gql/graphql';
import './locale';

/**
 * Dark text on a light ground, one hue per level (province, city, county): Ant Design's preset
 * tag colours fall short of 4.5:1 contrast at tag size.
 */
const LEVEL_STYLE: Record<DemonstrationLevel, React.CSSProperties> = {
  PROVINCIAL: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  CITY: { color: '#ad4e00', background: '#fff7e6', borderColor: '#ffd591' },
  COUNTY: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
};
const HOME_STYLE: React.CSSProperties = {
  color: '#135200',
  background: '#f6ffed',
  borderColor: '#b7eb8f',
};

export function DemonstrationTag({
  level,
  year,
}: {
  level: DemonstrationLevel;
  year: number | null;
}) {
  const { t } = useI18n();
  const label = t(`branches.level.${level}`);
  return (
    <Tag
      icon={<TrophyOutlined aria-hidden />}
      style={{ ...LEVEL_STYLE[level], marginInlineEnd: 0 }}
    >
      {year ? t('branches.levelWithYear', { level: label, year }) : label}
    </Tag>
  );
}

export function HomeTag() {
  const { t } = useI18n();
  return (
    <Tag icon={<HomeOutlined aria-hidden />} style={{ ...HOME_STYLE, marginInlineEnd: 0 }}>
      {t('branches.home')}
    </Tag>
  );
}

/** The recognitions of a branch: its demonstration title with the year, and 老党员之家. */
export function BranchBadges({
  branch,
}: {
  branch: {
    demonstrationLevel: DemonstrationLevel | null;
    demonstrationYear: number | null;
    hasMembersHome: boolean;
  };
}) {
  if (!branch.demonstrationLevel && !branch.hasMembersHome) return null;
  return (
    <Space size={4} wrap>
      {branch.demonstrationLevel && (
        <DemonstrationTag level={branch.demonstrationLevel} year={branch.demonstrationYear} />
      )}
      {branch.hasMembersHome && <HomeTag />}
    </Space>
  );
}
