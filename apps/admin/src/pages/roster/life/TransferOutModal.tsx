import { DatePicker, Form, Input, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../../../app/i18n';
import { chinaToday } from '@wanxia/schema';
import { FormModal } from '../../../components/FormModal';
import { FormProblems } from '../../../components/FormProblems';
import { useSaveProblems } from '../../../components/useSaveProblems';
import { RecordTransferOutDocument } from './queries';
import { forgetRosterLists } from './roster-cache';
import './locale';
import { useFeedback } from '../../../components/feedback';

interface FormValues {
  destination: string;
  date: Dayjs;
}

/** 转出: the membership leaves the county, and the member the roster. */
export function TransferOutModal({
  member,
  onClose,
}: {
  member: { id: string; name: string; version: number };
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = useFeedback();
  const [form] = Form.useForm<FormValues>();
  const [transferOut, { loading }] = useMutation(RecordTransferOutDocument);
  const save = useSaveProblems(form);
  const today = chinaToday();

  const submit = async (values: FormValues) => {
    save.reset();
    const destination = values.destination.trim();
    try {
      const { data } = await transferOut({
        variables: {
          input: {
            memberId: member.id,
            expectedVersion: member.version,
            destination,
            date: values.date.format('YYYY-MM-DD'),
          },
        },
        update: (cache, { data: answer }) => {
          if (answer?.recordTransferOut.member) forgetRosterLists(cache, member.id);
        },
      });
      const result = data?.recordTransferOut;
      if (!result || !save.show(result.userErrors) || !result.member) return;
      message.success(t('life.out.done', { name: member.name, destination }));
      onClose();
    } catch (e: unknown) {
      save.fail(e);
    }
  };

  return (
    <FormModal
      title={t('life.out.title', { name: member.name })}
      width={520}
      okText={t('life.out.submit')}
      danger
      form={form}
      saving={loading}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('life.out.intro')}
      </Typography.Paragraph>
      <FormProblems problems={save.problems} />
      <Form<FormValues>
        form={form}
        name="recordTransferOut"
        layout="vertical"
        requiredMark="optional"
        initialValues={{ destination: '', date: dayjs(today) }}
        onFinish={(values) => void submit(values)}
        disabled={loading}
      >
        <Form.Item
          name="destination"
          label={t('life.out.destination')}
          rules={[{ required: true, whitespace: true, message: t('life.out.destinationRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="date" label={t('life.out.date')} rules={[{ required: true }]}>
          <DatePicker
            style={{ width: '100%' }}
            allowClear={false}
            disabledDate={(d) => d.format('YYYY-MM-DD') > today}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
