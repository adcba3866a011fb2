import { useState } from 'react';
import { Button, Dropdown, type MenuProps } from 'antd';
import {
  DownOutlined,
  ExportOutlined,
  RollbackOutlined,
  StopOutlined,
  SwapOutlined,
} from '@ant-design/icons';
import { useI18n } from '../../../app/i18n';
import { useViewer } from '../../../app/viewer';
import type { MemberDetailFragment } from '../../../gql/graphql';
import { RecordDeathModal, type BereavementTask } from './RecordDeathModal';
import { TransferModal } from './TransferModal';
import { TransferOutModal } from './TransferOutModal';
import { UndoStatusModal } from './UndoStatusModal';
import './locale';

type Dialog = 'death' | 'transfer' | 'out' | 'undo';

/**
 * 人员变动: what can happen to a member's place on the roster, as far as the reader may do it.
 * A member on the roster can die, move branch or leave the county (members:write); an admin
 * can undo a mistaken death or transfer out.
 */
export function MemberLifeActions({
  member,
  onDeathRecorded,
}: {
  member: MemberDetailFragment;
  onDeathRecorded: (task: BereavementTask | null) => void;
}) {
  const { t } = useI18n();
  const { access } = useViewer();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const current = member.status === 'ACTIVE';
  const items: NonNullable<MenuProps['items']> = [
    ...(current && access.canWriteMembers
      ? [
          { key: 'transfer', icon: <SwapOutlined />, label: t('life.transfer.action') },
          { key: 'out', icon: <ExportOutlined />, label: t('life.out.action') },
          { key: 'death', icon: <StopOutlined />, label: t('life.death.action'), danger: true },
        ]
      : []),
    ...(!current && access.canAdmin
      ? [{ key: 'undo', icon: <RollbackOutlined />, label: t('life.undo.action') }]
      : []),
  ];
  if (!items.length) return null;
  const close = () => setDialog(null);
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{ items, onClick: ({ key }) => setDialog(key as Dialog) }}
      >
        <Button>
          {t('life.menu')} <DownOutlined />
        </Button>
      </Dropdown>
      {dialog === 'death' && (
        <RecordDeathModal
          member={member}
          onClose={close}
          onRecorded={(task) => {
            close();
            onDeathRecorded(task);
          }}
        />
      )}
      {dialog === 'transfer' && <TransferModal member={member} onClose={close} />}
      {dialog === 'out' && <TransferOutModal member={member} onClose={close} />}
      {dialog === 'undo' && <UndoStatusModal member={member} onClose={close} />}
    </>
  );
}
