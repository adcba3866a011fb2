import { Col, DatePicker, Form, Input, Radio, Row, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../../app/i18n';
import { chinaToday } from '@wanxia/schema';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { useSaveProblems } from '../../components/useSaveProblems';
import type { LifeEventKind, ReportLifeEventInput } from '../../gql/graphql';
import { LIFE_EVENT_KINDS } from './occasions';
import { ReportLifeEventDocument } from './queries';
import { forgetVisitLists } from './visit-cache';
import './locale';
import { useFeedback } from '../../components/feedback';

interface FormValues {
  kind: LifeEventKind;
  occurredOn: Dayjs;
  place: string;
  admittedOn: Dayjs | null;
  dischargedOn: Dayjs | null;
  note: string;
}

const day = (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null);

/**
 * Reports what happened to a member (住院, 矛盾纠纷, 天灾人祸). The server creates the visit it
 * obliges in the same step; the person is told by when that visit is due.
 */
export function ReportLifeEventModal({
  member,
  onClose,
}: {
  member: { id: string; name: string };
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = useFeedback();
  const [form] = Form.useForm<FormValues>();
  const [report, { loading }] = useMutation(ReportLifeEventDocument);
  const save = useSaveProblems(form);
  const kind = Form.useWatch('kind', form) ?? 'HOSPITALIZED';
  const hospital = kind === 'HOSPITALIZED';
  const today = chinaToday();
  const future = (date: Dayjs) => date.format('YYYY-MM-DD') > today;

  const submit = async (values: FormValues) => {
    save.reset();
    const input: ReportLifeEventInput = {
      memberId: member.id,
      kind: values.kind,
      occurredOn: values.occurredOn.format('YYYY-MM-DD'),
      place: values.place.trim() || null,
      note: values.note.trim() || null,
      admittedOn: hospital ? day(values.admittedOn) : null,
      dischargedOn: hospital ? day(values.dischargedOn) : null,
    };
    try {
      const { data } = await report({
        variables: { input },
        update: (cache, { data: answer }) => {
          if (answer?.reportLifeEvent.lifeEvent) forgetVisitLists(cache, member.id);
        },
      });
      const result = data?.reportLifeEvent;
      if (!result) return;
      if (!save.show(result.userErrors) || !result.lifeEvent) return;
      const task = result.visitTask;
      message.success(
        task
          ? t('visits.event.reported', {
              name: member.name,
              occasion: t(`enum.VisitOccasion.${task.occasion}`),
              dueBy: task.dueBy,
            })
          : t('visits.event.reportedNoTask', { name: member.name }),
      );
      onClose();
    } catch (e: unknown) {
      save.fail(e);
    }
  };

  return (
    <FormModal
      title={t('visits.event.title', { name: member.name })}
      width={600}
      okText={t('visits.event.submit')}
      form={form}
      saving={loading}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('visits.event.intro')}
      </Typography.Paragraph>
      <FormProblems problems={save.problems} />
      <Form<FormValues>
        form={form}
        name="reportLifeEvent"
        layout="vertical"
        requiredMark="optional"
        initialValues={{
          kind: 'HOSPITALIZED',
          occurredOn: dayjs(today),
          place: '',
          admittedOn: null,
          dischargedOn: null,
          note: '',
        }}
        onFinish={(values) => void submit(values)}
        disabled={loading}
      >
        <Form.Item name="kind" label={t('visits.field.kind')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={LIFE_EVENT_KINDS.map((k) => ({ value: k, label: t(`visits.eventKind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="occurredOn"
          label={t('visits.field.occurredOn')}
          rules={[{ required: true, message: t('visits.event.occurredOnRequired') }]}
        >
          <DatePicker style={{ width: '100%' }} allowClear={false} disabledDate={future} />
        </Form.Item>
        <Form.Item
          name="place"
          label={t(hospital ? 'visits.field.hospital' : 'visits.field.eventPlace')}
        >
          <Input maxLength={200} />
        </Form.Item>
        {hospital && (
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name="admittedOn" label={t('visits.field.admittedOn')}>
                <DatePicker style={{ width: '100%' }} disabledDate={future} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                name="dischargedOn"
                label={t('visits.field.dischargedOn')}
                dependencies={['admittedOn']}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: async (_rule, value: Dayjs | null) => {
                      const admitted = getFieldValue('admittedOn') as Dayjs | null;
                      if (value && admitted && value.isBefore(admitted, 'day')) {
                        throw new Error(t('visits.event.dischargedBeforeAdmitted'));
                      }
                    },
                  }),
                ]}
              >
                <DatePicker style={{ width: '100%' }} disabledDate={future} />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Form.Item name="note" label={t('visits.field.note')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
