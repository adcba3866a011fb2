import { Tag } from 'antd';
import { useI18n } from '../../app/i18n';
import type { Role } from '../../gql/graphql';
import './locale';

/** Dark text on a light ground: the preset tag colours are too faint to read at tag size. */
const ROLE_STYLE: Record<Role, React.CSSProperties> = {
  ADMIN: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  SECRETARY: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  VIEWER: { color: 'rgba(0, 0, 0, 0.88)', background: '#fafafa', borderColor: '#d9d9d9' },
};

export function RoleTag({ role }: { role: Role }) {
  const { t } = useI18n();
  return <Tag style={{ ...ROLE_STYLE[role], marginInlineEnd: 0 }}>{t(`users.role.${role}`)}</Tag>;
}
