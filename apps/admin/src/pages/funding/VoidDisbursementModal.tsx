import { useState } from 'react';
import { Alert, Form, Input } from 'antd';
import { useI18n } from '../../app/i18n';
import { FormModal } from '../../components/FormModal';
import type { DisbursementRowFragment } from '../../gql/graphql';
import { formatFen } from '@wanxia/schema';
import './locale';

/**
 * Voids a payment with the reason, which is required and kept with it; an approved or paid sum
 * goes back to its line.
 */
export function VoidDisbursementModal({
  row,
  onVoid,
  onClose,
}: {
  row: DisbursementRowFragment;
  /** Sends the void; resolves to whether it went through. */
  onVoid: (reason: string) => Promise<boolean>;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const [sending, setSending] = useState(false);
  const submit = async ({ reason }: { reason: string }) => {
    setSending(true);
    const done = await onVoid(reason.trim());
    setSending(false);
    if (done) onClose();
  };
  return (
    <FormModal
      title={t('funding.void.title', { payee: row.payeeName, amount: formatFen(row.amountFen) })}
      okText={t('funding.action.void')}
      danger
      form={form}
      saving={sending}
      onClose={onClose}
    >
      <Alert
        type="warning"
        showIcon
        title={t(row.status === 'DRAFT' ? 'funding.void.draftNote' : 'funding.void.returnNote', {
          line: row.budget?.name ?? '—',
        })}
      />
      <Form
        form={form}
        name="voidDisbursement"
        layout="vertical"
        onFinish={(values) => void submit(values)}
        disabled={sending}
      >
        <Form.Item
          name="reason"
          label={t('funding.void.reason')}
          extra={t('funding.void.reasonHelp')}
          rules={[{ required: true, whitespace: true, message: t('funding.void.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
