import type { ReactNode } from 'react';
import { Flex, Modal, type FormInstance } from 'antd';
import { useI18n } from '../app/i18n';
import { useCompact } from './useCompact';

/** What the OK button does: submit the dialog's form, or something else. */
type Submit = { form: FormInstance; onOk?: never } | { onOk: () => void; form?: never };

/**
 * The dialog every form of the console opens in. A click beside it does not close it (nothing
 * typed is lost by a stray click); its parts stand 16px apart; it is gone once closed. On a
 * phone or tablet it fills the screen, a form of its own.
 */
export function FormModal({
  title,
  width,
  okText,
  danger,
  saving,
  onClose,
  children,
  ...submit
}: {
  title: ReactNode;
  width?: number;
  /** The OK button's text; 保存 unless said. */
  okText?: string;
  /** A red OK button, for what cannot be taken back. */
  danger?: boolean;
  /** While the request is on its way: the OK button spins. */
  saving: boolean;
  onClose: () => void;
  children: ReactNode;
} & Submit) {
  const { t } = useI18n();
  const compact = useCompact();
  return (
    <Modal
      open
      title={title}
      width={compact ? '100vw' : width}
      rootClassName={compact ? 'wx-modal-fullscreen' : undefined}
      okText={okText ?? t('common.save')}
      okButtonProps={danger ? { danger: true } : undefined}
      cancelText={t('common.cancel')}
      onOk={() => (submit.form ? submit.form.submit() : submit.onOk?.())}
      onCancel={onClose}
      confirmLoading={saving}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Flex vertical gap={16}>
        {children}
      </Flex>
    </Modal>
  );
}
