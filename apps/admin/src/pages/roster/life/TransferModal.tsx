import { DatePicker, Form, Input, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../../../app/i18n';
import { BranchTreeSelect } from '../../../components/BranchTreeSelect';
import { chinaToday } from '@wanxia/schema';
import { FormModal } from '../../../components/FormModal';
import { FormProblems } from '../../../components/FormProblems';
import { useSaveProblems } from '../../../components/useSaveProblems';
import { TransferMemberDocument } from './queries';
import { forgetRosterLists } from './roster-cache';
import './locale';
import { useFeedback } from '../../../components/feedback';

interface FormValues {
  branchId: string | null;
  date: Dayjs;
  note: string;
}

/** 转支部: the membership moves to another branch of the county; the history keeps the old one. */
export function TransferModal({
  member,
  onClose,
}: {
  member: { id: string; name: string; version: number; branch: { id: string } };
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = useFeedback();
  const [form] = Form.useForm<FormValues>();
  const [transfer, { loading }] = useMutation(TransferMemberDocument);
  const save = useSaveProblems(form);
  const today = chinaToday();

  const submit = async (values: FormValues) => {
    save.reset();
    try {
      const { data } = await transfer({
        variables: {
          input: {
            memberId: member.id,
            expectedVersion: member.version,
            branchId: values.branchId!,
            date: values.date.format('YYYY-MM-DD'),
            note: values.note.trim() || null,
          },
        },
        update: (cache, { data: answer }) => {
          if (answer?.transferMember.member) forgetRosterLists(cache, member.id);
        },
      });
      const result = data?.transferMember;
      if (!result || !save.show(result.userErrors) || !result.member) return;
      message.success(
        t('life.transfer.done', { name: member.name, branch: result.member.branch.name }),
      );
      onClose();
    } catch (e: unknown) {
      save.fail(e);
    }
  };

  return (
    <FormModal
      title={t('life.transfer.title', { name: member.name })}
      width={560}
      okText={t('life.transfer.submit')}
      form={form}
      saving={loading}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('life.transfer.intro')}
      </Typography.Paragraph>
      <FormProblems problems={save.problems} />
      <Form<FormValues>
        form={form}
        name="transferMember"
        layout="vertical"
        requiredMark="optional"
        initialValues={{ branchId: null, date: dayjs(today), note: '' }}
        onFinish={(values) => void submit(values)}
        disabled={loading}
      >
        <Form.Item
          name="branchId"
          label={t('life.transfer.branch')}
          rules={[{ required: true, message: t('life.transfer.branchRequired') }]}
        >
          <BranchTreeSelect branchesOnly style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="date" label={t('life.transfer.date')} rules={[{ required: true }]}>
          <DatePicker
            style={{ width: '100%' }}
            allowClear={false}
            disabledDate={(d) => d.format('YYYY-MM-DD') > today}
          />
        </Form.Item>
        <Form.Item name="note" label={t('life.transfer.note')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
