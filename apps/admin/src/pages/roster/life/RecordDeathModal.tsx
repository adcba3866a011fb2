import { DatePicker, Form, Input, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../../../app/i18n';
import { chinaToday } from '@wanxia/schema';
import { FormModal } from '../../../components/FormModal';
import { FormProblems } from '../../../components/FormProblems';
import { useSaveProblems } from '../../../components/useSaveProblems';
import { RecordDeathDocument } from './queries';
import { forgetRosterLists } from './roster-cache';
import './locale';
import { useFeedback } from '../../../components/feedback';

interface FormValues {
  deathDate: Dayjs;
  cause: string;
  familyContactName: string;
  familyContactRelation: string;
  familyContactPhone: string;
}

/** The bereavement visit the death created, for the member page to point at. */
export interface BereavementTask {
  id: string;
  dueFrom: string;
  dueBy: string;
}

/**
 * 记录逝世: the date, what the member died of and whom of the family to call on. The server
 * takes the member off the roster and creates the bereavement visit in the same step.
 */
export function RecordDeathModal({
  member,
  onClose,
  onRecorded,
}: {
  member: { id: string; name: string; version: number; birthDate: string };
  onClose: () => void;
  onRecorded: (task: BereavementTask | null) => void;
}) {
  const { t } = useI18n();
  const { message } = useFeedback();
  const [form] = Form.useForm<FormValues>();
  const [record, { loading }] = useMutation(RecordDeathDocument);
  const save = useSaveProblems(form);
  const today = chinaToday();
  const outside = (date: Dayjs) => {
    const day = date.format('YYYY-MM-DD');
    return day > today || day < member.birthDate;
  };

  const submit = async (values: FormValues) => {
    save.reset();
    try {
      const { data } = await record({
        variables: {
          input: {
            memberId: member.id,
            expectedVersion: member.version,
            deathDate: values.deathDate.format('YYYY-MM-DD'),
            cause: values.cause.trim() || null,
            familyContactName: values.familyContactName.trim() || null,
            familyContactRelation: values.familyContactRelation.trim() || null,
            familyContactPhone: values.familyContactPhone.trim() || null,
          },
        },
        update: (cache, { data: answer }) => {
          if (answer?.recordDeath.member) forgetRosterLists(cache, member.id);
        },
      });
      const result = data?.recordDeath;
      if (!result || !save.show(result.userErrors) || !result.member) return;
      message.success(t('life.death.done', { name: member.name }));
      onRecorded(result.member.bereavement.nodes[0] ?? null);
    } catch (e: unknown) {
      save.fail(e);
    }
  };

  return (
    <FormModal
      title={t('life.death.title', { name: member.name })}
      width={560}
      okText={t('life.death.submit')}
      danger
      form={form}
      saving={loading}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('life.death.intro')}
      </Typography.Paragraph>
      <FormProblems problems={save.problems} />
      <Form<FormValues>
        form={form}
        name="recordDeath"
        layout="vertical"
        requiredMark="optional"
        initialValues={{
          deathDate: dayjs(today),
          cause: '',
          familyContactName: '',
          familyContactRelation: '',
          familyContactPhone: '',
        }}
        onFinish={(values) => void submit(values)}
        disabled={loading}
      >
        <Form.Item
          name="deathDate"
          label={t('life.death.date')}
          rules={[{ required: true, message: t('life.death.dateRequired') }]}
        >
          <DatePicker style={{ width: '100%' }} allowClear={false} disabledDate={outside} />
        </Form.Item>
        <Form.Item name="cause" label={t('life.death.cause')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="familyContactName"
          label={t('life.death.familyName')}
          extra={t('life.death.familyHint')}
        >
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
        <Form.Item name="familyContactRelation" label={t('life.death.familyRelation')}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="familyContactPhone" label={t('life.death.familyPhone')}>
          <Input inputMode="tel" maxLength={20} autoComplete="off" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
