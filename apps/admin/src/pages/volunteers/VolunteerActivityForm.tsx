import { useState } from 'react';
import { Alert, Button, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { chinaToday, yuanToFen } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { useSaveProblems } from '../../components/useSaveProblems';
import type { ActivityKind, ServiceCategory } from '../../gql/graphql';
import { Attachments, StagedUploads, type StagedUpload } from '../party-life/Attachments';
import { chinaInstant } from '../party-life/party-life-view';
import {
  CreateVolunteerActivityDocument,
  RecordVolunteerServiceDocument,
  TeamVolunteersDocument,
  VolunteerActivityDetailDocument,
  VolunteerTeamOptionsDocument,
} from './queries';
import { SERVICE_CATEGORIES, VOLUNTEER_KINDS } from './volunteers-view';
import './locale';

interface Values {
  teamId: string;
  kind: ActivityKind;
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  place?: string;
  beneficiaries?: number | null;
  category: ServiceCategory;
  couplets?: number | null;
  donations?: { donor: string; amount: string }[];
}

/**
 * Records a team's activity: what, when, where and for how many, its category, who served and
 * for how long, the couplets and donations; once saved, its photos. Fills the screen on a phone.
 */
export function VolunteerActivityForm({
  onClose,
  onSaved,
}: {
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { access } = useViewer();
  const [form] = Form.useForm<Values>();
  const saveProblems = useSaveProblems(form);
  const [activityId, setActivityId] = useState<string | null>(null);
  const [hours, setHours] = useState<Record<string, number | null>>({});
  const [saving, setSaving] = useState(false);
  const teamId = Form.useWatch('teamId', form) ?? null;
  const teams = useQuery(VolunteerTeamOptionsDocument);
  const volunteers = useQuery(TeamVolunteersDocument, {
    variables: { teamId: teamId ?? '' },
    skip: !teamId,
  });
  const detail = useQuery(VolunteerActivityDetailDocument, {
    variables: { id: activityId ?? '' },
    skip: !activityId,
  });
  const node = detail.data?.node;
  const saved = node && 'attachments' in node ? node : null;
  const [uploads, setUploads] = useState<StagedUpload[]>([]);
  const [create] = useMutation(CreateVolunteerActivityDocument);
  const [record] = useMutation(RecordVolunteerServiceDocument);

  const submit = async (values: Values) => {
    saveProblems.reset();
    const donations = (values.donations ?? []).map((d) => ({
      donor: d.donor,
      amountFen: yuanToFen(d.amount ?? '') ?? 0,
    }));
    setSaving(true);
    try {
      let id = activityId;
      if (!id) {
        const res = await create({
          variables: {
            input: {
              kind: values.kind,
              title: values.title,
              startsAt: chinaInstant(values.date, values.startTime),
              endsAt: chinaInstant(values.date, values.endTime),
              place: values.place ?? '',
              beneficiaries: values.beneficiaries ?? 0,
              organiser: { kind: 'TEAM', teamId: values.teamId },
              attachmentUploadIds: uploads.map((u) => u.id),
            },
          },
        });
        const payload = res.data!.createActivity;
        if (!saveProblems.show(payload.userErrors)) return;
        id = payload.activity!.id;
        setActivityId(id);
        setUploads([]);
      }
      const res = await record({
        variables: {
          input: {
            activityId: id,
            category: values.category,
            couplets: values.couplets ?? 0,
            volunteers: Object.entries(hours)
              .filter(([, h]) => h != null && h > 0)
              .map(([volunteerId, h]) => ({ volunteerId, hours: h! })),
            donations,
          },
        },
      });
      if (!saveProblems.show(res.data!.recordVolunteerService.userErrors)) return;
      onSaved();
    } catch (error) {
      saveProblems.fail(error);
    } finally {
      setSaving(false);
    }
  };

  const team = volunteers.data?.volunteers.nodes ?? [];
  return (
    <FormModal
      title={t('volunteers.activities.new')}
      width={760}
      saving={saving}
      form={form}
      onClose={onClose}
    >
      <FormProblems problems={saveProblems.problems} />
      {saved && <Alert type="success" showIcon title={t('volunteers.saved')} />}
      <Form<Values>
        form={form}
        layout="vertical"
        disabled={Boolean(saved)}
        onFinish={(values) => void submit(values)}
        initialValues={{
          kind: 'VOLUNTEER_SERVICE',
          category: 'OTHER',
          date: chinaToday(),
          startTime: '09:00',
          endTime: '11:00',
          beneficiaries: 0,
          couplets: 0,
          donations: [],
        }}
      >
        <Form.Item name="teamId" label={t('volunteers.field.team')} rules={[{ required: true }]}>
          <Select
            aria-label={t('volunteers.field.team')}
            showSearch={{ optionFilterProp: 'label' }}
            loading={teams.loading}
            options={(teams.data?.volunteerTeams.nodes ?? []).map((n) => ({
              value: n.id,
              label: n.name,
            }))}
            onChange={() => setHours({})}
          />
        </Form.Item>
        <Form.Item name="kind" label={t('volunteers.field.kind')} rules={[{ required: true }]}>
          <Select
            aria-label={t('volunteers.field.kind')}
            options={VOLUNTEER_KINDS.map((k) => ({ value: k, label: t(`volunteers.kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="category"
          label={t('volunteers.field.category')}
          rules={[{ required: true }]}
        >
          <Select
            aria-label={t('volunteers.field.category')}
            options={SERVICE_CATEGORIES.map((c) => ({
              value: c,
              label: t(`volunteers.category.${c}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('volunteers.field.title')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="date" label={t('volunteers.field.date')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="startTime"
            label={t('volunteers.field.startsAt')}
            rules={[{ required: true }]}
          >
            <Input type="time" />
          </Form.Item>
          <Form.Item
            name="endTime"
            label={t('volunteers.field.endsAt')}
            rules={[{ required: true }]}
          >
            <Input type="time" />
          </Form.Item>
        </Flex>
        <Form.Item name="place" label={t('volunteers.field.place')}>
          <Input maxLength={200} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="beneficiaries" label={t('volunteers.field.beneficiaries')}>
            <InputNumber min={0} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="couplets" label={t('volunteers.field.couplets')}>
            <InputNumber min={0} precision={0} style={{ width: 160 }} />
          </Form.Item>
        </Flex>
        <section aria-label={t('volunteers.field.volunteers')}>
          <Typography.Title level={5}>{t('volunteers.field.volunteers')}</Typography.Title>
          {!teamId ? (
            <Typography.Text type="secondary">{t('volunteers.team.none')}</Typography.Text>
          ) : team.length === 0 && !volunteers.loading ? (
            <Typography.Text type="secondary">{t('volunteers.team.empty')}</Typography.Text>
          ) : (
            <Flex vertical gap={8}>
              {team.map((v) => (
                <Flex key={v.id} gap={12} align="center" justify="space-between">
                  <Typography.Text>{v.name}</Typography.Text>
                  <InputNumber
                    aria-label={t('volunteers.field.hoursOf', { name: v.name })}
                    min={0}
                    max={24}
                    step={0.5}
                    precision={1}
                    value={hours[v.id] ?? null}
                    onChange={(h) => setHours((all) => ({ ...all, [v.id]: h }))}
                    style={{ width: 120 }}
                  />
                </Flex>
              ))}
            </Flex>
          )}
        </section>
        <section aria-label={t('volunteers.field.donations')}>
          <Typography.Title level={5}>{t('volunteers.field.donations')}</Typography.Title>
          <Form.List name="donations">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8}>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} align="start" wrap>
                    <Form.Item
                      name={[field.name, 'donor']}
                      label={t('volunteers.field.donor')}
                      rules={[{ required: true, whitespace: true }]}
                    >
                      <Input maxLength={100} style={{ width: 150 }} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'amount']}
                      label={t('volunteers.field.amount')}
                      rules={[
                        {
                          validator: (_, value: string | undefined) =>
                            yuanToFen(value ?? '')
                              ? Promise.resolve()
                              : Promise.reject(new Error(t('volunteers.donation.badAmount'))),
                        },
                      ]}
                    >
                      <Input inputMode="decimal" style={{ width: 120 }} />
                    </Form.Item>
                    <Button
                      aria-label={t('volunteers.donation.remove')}
                      icon={<DeleteOutlined />}
                      onClick={() => remove(field.name)}
                      style={{ marginTop: 30 }}
                    />
                  </Flex>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ donor: '', amount: '' })}>
                  {t('volunteers.donation.add')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </section>
      </Form>
      <section aria-label={t('volunteers.field.photos')}>
        <Typography.Title level={5}>{t('volunteers.field.photos')}</Typography.Title>
        {saved ? (
          <Attachments
            activityId={saved.id}
            items={saved.attachments}
            canWrite={access.canWriteMembers}
            onChanged={() => void detail.refetch()}
          />
        ) : (
          access.canWriteMembers && <StagedUploads uploads={uploads} onChange={setUploads} />
        )}
      </section>
    </FormModal>
  );
}
