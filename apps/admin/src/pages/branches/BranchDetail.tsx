import { Link } from 'react-router';
import { Button, Card, Descriptions, Empty, Space, Typography } from 'antd';
import {
  DeleteOutlined,
  DragOutlined,
  EditOutlined,
  PlusOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { useI18n } from '../../app/i18n';
import { DemonstrationTag, HomeTag } from './BranchBadges';
import { descendants, type BranchIndex, type BranchNode } from './tree';
import { chinaDateTime } from '@wanxia/schema';
import './locale';

export interface BranchActions {
  onEdit?: (branch: BranchNode) => void;
  onCreateChild?: (branch: BranchNode) => void;
  onMove?: (branch: BranchNode) => void;
  onArchive?: (branch: BranchNode) => void;
}

/** A figure of the panel: a large number with its label under it. */
function Figure({ value, label }: { value: string | number; label: string }) {
  return (
    <div style={{ minWidth: 96 }}>
      <div style={{ fontSize: 24, fontWeight: 600, lineHeight: 1.2 }}>{value}</div>
      <div style={{ color: 'rgba(0, 0, 0, 0.65)' }}>{label}</div>
    </div>
  );
}

/**
 * The selected branch: where it sits, who leads it, where it meets, its recognitions and counts,
 * the way to its members in the roster, and what the viewer may do with it.
 */
export function BranchDetail({
  branch,
  index,
  onSelect,
  actions,
}: {
  branch: BranchNode | null;
  index: BranchIndex;
  onSelect: (id: string) => void;
  actions: BranchActions;
}) {
  const { t } = useI18n();
  if (!branch) {
    return (
      <Card>
        <Empty description={t('branches.detail.placeholder')} />
      </Card>
    );
  }
  const parent = branch.parent ? index.byId.get(branch.parent.id) : undefined;
  const children = index.childrenOf.get(branch.id) ?? [];
  const below = descendants(index, branch.id);
  const notGiven = (
    <span style={{ color: 'rgba(0, 0, 0, 0.62)' }}>{t('branches.detail.notGiven')}</span>
  );
  const isGeneral = branch.kind === 'GENERAL_BRANCH';

  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0, whiteSpace: 'normal' }}>
          {branch.name}
        </Typography.Title>
      }
      extra={<span>{t(`branches.kind.${branch.kind}`)}</span>}
      aria-label={branch.name}
    >
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Space size="large" wrap>
          <Figure value={branch.memberCount} label={t('branches.detail.members')} />
          {isGeneral && (
            <>
              <Figure
                value={t('branches.detail.childrenCount', { count: children.length })}
                label={t('branches.detail.children')}
              />
              <Figure
                value={below.filter((b) => b.demonstrationLevel).length}
                label={t('branches.detail.belowModels')}
              />
              <Figure
                value={below.filter((b) => b.hasMembersHome).length}
                label={t('branches.detail.belowHomes')}
              />
            </>
          )}
        </Space>
        <Descriptions
          column={1}
          size="small"
          bordered
          styles={{ label: { width: 108, color: 'rgba(0, 0, 0, 0.75)' } }}
          items={[
            {
              key: 'parent',
              label: t('branches.detail.parent'),
              children: parent ? (
                <Button
                  type="link"
                  style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
                  onClick={() => onSelect(parent.id)}
                >
                  {parent.name}
                </Button>
              ) : (
                t('branches.detail.top')
              ),
            },
            {
              key: 'secretary',
              label: t('branches.detail.secretary'),
              children: branch.secretary?.name ?? notGiven,
            },
            {
              key: 'demonstration',
              label: t('branches.detail.demonstration'),
              children: branch.demonstrationLevel ? (
                <DemonstrationTag
                  level={branch.demonstrationLevel}
                  year={branch.demonstrationYear}
                />
              ) : (
                t('branches.detail.notDemonstration')
              ),
            },
            {
              key: 'home',
              label: t('branches.detail.home'),
              children: branch.hasMembersHome ? <HomeTag /> : t('branches.detail.homeNo'),
            },
            {
              key: 'foundedOn',
              label: t('branches.detail.foundedOn'),
              children: branch.foundedOn ?? notGiven,
            },
            {
              key: 'address',
              label: t('branches.detail.address'),
              children: branch.address || notGiven,
            },
            {
              key: 'meetingPlace',
              label: t('branches.detail.meetingPlace'),
              children: branch.meetingPlace || notGiven,
            },
            {
              key: 'updatedAt',
              label: t('branches.detail.updatedAt'),
              children: chinaDateTime(branch.updatedAt),
            },
          ]}
        />
        <Link to={`/roster?branch=${encodeURIComponent(branch.id)}`}>
          <TeamOutlined aria-hidden /> {t('branches.detail.roster', { count: branch.memberCount })}
        </Link>
        <DetailActions branch={branch} actions={actions} />
      </Space>
    </Card>
  );
}

function DetailActions({ branch, actions }: { branch: BranchNode; actions: BranchActions }) {
  const { t } = useI18n();
  const { onEdit, onCreateChild, onMove, onArchive } = actions;
  if (!onEdit && !onCreateChild && !onMove && !onArchive) return null;
  return (
    <Space wrap role="group" aria-label={t('branches.detail.actions')}>
      {onEdit && (
        <Button type="primary" icon={<EditOutlined />} onClick={() => onEdit(branch)}>
          {t('branches.edit')}
        </Button>
      )}
      {onCreateChild && branch.kind === 'GENERAL_BRANCH' && (
        <Button icon={<PlusOutlined />} onClick={() => onCreateChild(branch)}>
          {t('branches.createChild')}
        </Button>
      )}
      {onMove && (
        <Button icon={<DragOutlined />} onClick={() => onMove(branch)}>
          {t('branches.move')}
        </Button>
      )}
      {onArchive && (
        <Button danger icon={<DeleteOutlined />} onClick={() => onArchive(branch)}>
          {t('branches.archive')}
        </Button>
      )}
    </Space>
  );
}
