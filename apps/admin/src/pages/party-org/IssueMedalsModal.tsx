import { useState } from 'react';
import { Form, Input } from 'antd';
import { useMutation } from '@apollo/client/react';
import { chinaToday } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { useSaveProblems } from '../../components/useSaveProblems';
import type { Medal } from '../../gql/graphql';
import { IssueMedalsDocument } from './queries';
import './locale';
import '../roster/locale';
import { useFeedback } from '../../components/feedback';

interface Values {
  issuedOn: string;
  ceremony?: string;
  issuedBy: string;
}

/** Issues a medal to the members chosen: the day, the ceremony and who issues it. */
export function IssueMedalsModal({
  medal,
  memberIds,
  onClose,
  onIssued,
}: {
  medal: Medal;
  memberIds: string[];
  onClose: () => void;
  onIssued: () => void;
}) {
  const { t } = useI18n();
  const { message } = useFeedback();
  const [form] = Form.useForm<Values>();
  const saveProblems = useSaveProblems(form);
  const [saving, setSaving] = useState(false);
  const [issue] = useMutation(IssueMedalsDocument);
  const submit = async (values: Values) => {
    saveProblems.reset();
    setSaving(true);
    try {
      const res = await issue({
        variables: {
          input: {
            medal,
            memberIds,
            issuedOn: values.issuedOn,
            ceremony: values.ceremony ?? null,
            issuedBy: values.issuedBy,
          },
        },
      });
      if (!saveProblems.show(res.data!.issueMedals.userErrors)) return;
      void message.success(t('honours.issued.done', { count: memberIds.length }));
      onIssued();
      onClose();
    } catch (error) {
      saveProblems.fail(error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <FormModal
      title={t('honours.issue.title', {
        medal: t(`roster.medal.${medal}`),
        count: memberIds.length,
      })}
      width={520}
      okText={t('honours.issue')}
      saving={saving}
      form={form}
      onClose={onClose}
    >
      <FormProblems problems={saveProblems.problems} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{ issuedOn: chinaToday(), ceremony: '', issuedBy: '县委老干部局' }}
      >
        <Form.Item name="issuedOn" label={t('honours.field.issuedOn')} rules={[{ required: true }]}>
          <Input type="date" max={chinaToday()} aria-label={t('honours.field.issuedOn')} />
        </Form.Item>
        <Form.Item name="ceremony" label={t('honours.field.ceremony')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="issuedBy"
          label={t('honours.field.issuedBy')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
