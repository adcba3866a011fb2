import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Alert, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { chinaToday } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { BranchTreeSelect } from '../../components/BranchTreeSelect';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { useSaveProblems } from '../../components/useSaveProblems';
import type { UserErrorLike } from '../../components/user-errors';
import type { ActivityKind, OrganiserKind } from '../../gql/graphql';
import { AttendancePicker } from './AttendancePicker';
import { Attachments, StagedUploads, type StagedUpload } from './Attachments';
import {
  ActivityDetailDocument,
  BranchMembersDocument,
  CreateActivityDocument,
  RecordAttendanceDocument,
  UpdateActivityDocument,
} from './queries';
import {
  ALL_KINDS,
  PARTY_LIFE_KINDS,
  attendanceRows,
  chinaInstant,
  chinaParts,
  participantsInput,
  type AttendanceRow,
} from './party-life-view';
import './locale';

interface Values {
  kind: ActivityKind;
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  place?: string;
  organiserKind: OrganiserKind;
  branchId?: string | null;
  externalAttendance?: number | null;
  summary?: string;
}

/** An association as the fixed organiser of a new activity: its kinds, its members to pick. */
export interface FixedAssociation {
  id: string;
  name: string;
  kinds: readonly ActivityKind[];
  members: readonly { id: string; name: string }[];
}

/**
 * Records an activity or changes one: what, when, where, which branch, who attended (picked from
 * the branch's members), the minutes, its photos and files (a new one's saved with it).
 * With `association`, the association organises it (its kinds, its members to pick); `extra`
 * adds fields to the form and `afterSave` saves them once the activity is (the dialog then
 * stays on the activity saved, an edit, when what it answers is refused).
 */
export function ActivityFormModal({
  activityId: initialId,
  branchId: defaultBranch,
  association,
  extra,
  afterSave,
  onClose,
  onSaved,
}: {
  activityId: string | null;
  branchId?: string | null;
  association?: FixedAssociation;
  extra?: ReactNode;
  afterSave?: (
    activity: { id: string; version: number },
    values: Record<string, unknown>,
  ) => Promise<readonly UserErrorLike[]>;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { access } = useViewer();
  const [form] = Form.useForm<Values>();
  const saveProblems = useSaveProblems(form);
  const [activityId, setActivityId] = useState(initialId);
  const [rows, setRows] = useState<AttendanceRow[] | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [uploads, setUploads] = useState<StagedUpload[]>([]);

  const detail = useQuery(ActivityDetailDocument, {
    variables: { id: activityId ?? '' },
    skip: !activityId,
    fetchPolicy: 'cache-and-network',
  });
  const node = detail.data?.node;
  const activity = node && 'kind' in node ? node : null;
  const branchId = Form.useWatch('branchId', form) ?? null;
  const chosenOrganiser = Form.useWatch('organiserKind', form) ?? 'BRANCH';
  const organiserKind: OrganiserKind = association ? 'ASSOCIATION' : chosenOrganiser;
  const members = useQuery(BranchMembersDocument, {
    variables: { branchId: branchId ?? '' },
    skip: !branchId || organiserKind !== 'BRANCH',
  });

  // The form shows the record once it has loaded; the picker the branch's members with it.
  useEffect(() => {
    if (!activity || form.isFieldsTouched()) return;
    const start = chinaParts(activity.startsAt);
    form.setFieldsValue({
      kind: activity.kind,
      title: activity.title,
      date: start.date,
      startTime: start.time,
      endTime: chinaParts(activity.endsAt).time,
      place: activity.place ?? '',
      organiserKind: activity.organiser.kind,
      branchId: activity.organiser.branch?.id ?? null,
      externalAttendance: activity.externalAttendance,
      summary: activity.summary ?? '',
    });
  }, [activity, form]);
  const branchMembers = members.data?.members.nodes;
  // A new activity's picker follows the branch chosen, everyone present to begin with.
  // An association's starts from its members, none taking part (they are picked).
  const associationMembers = association?.members;
  useEffect(() => {
    if (initialId || activityId) return;
    if (associationMembers) setRows(attendanceRows(associationMembers, []));
    else setRows(branchMembers ? attendanceRows(branchMembers, null) : null);
  }, [branchMembers, associationMembers, activityId, initialId]);
  // A recorded one's shows what was recorded, once the record and the branch's members are in;
  // one held with sign-ups and no attendance yet starts from the members signed up, present.
  useEffect(() => {
    if (!initialId || rows !== null || !activity) return;
    const signedUp = activity.signup?.signedUpMembers ?? [];
    const held = activity.startsAt <= new Date().toISOString();
    if (held && signedUp.length && !activity.participants.length)
      setRows(attendanceRows(signedUp, null));
    else if (branchMembers) setRows(attendanceRows(branchMembers, activity.participants));
  }, [initialId, rows, activity, branchMembers]);

  const [create] = useMutation(CreateActivityDocument);
  const [update] = useMutation(UpdateActivityDocument);
  const [record] = useMutation(RecordAttendanceDocument);

  const kinds = useMemo(
    () =>
      association
        ? association.kinds
        : organiserKind === 'BRANCH'
          ? ALL_KINDS
          : ALL_KINDS.filter((k) => !PARTY_LIFE_KINDS.includes(k)),
    [organiserKind, association],
  );

  const submit = async (values: Values & Record<string, unknown>) => {
    saveProblems.reset();
    setSaving(true);
    const common = {
      kind: values.kind,
      title: values.title,
      startsAt: chinaInstant(values.date, values.startTime),
      endsAt: chinaInstant(values.date, values.endTime),
      place: values.place ?? '',
      externalAttendance: values.externalAttendance ?? 0,
      summary: values.summary ?? '',
    };
    const participants = rows === null ? null : participantsInput(rows);
    try {
      let saved: { id: string; version: number };
      if (!activityId) {
        const res = await create({
          variables: {
            input: {
              ...common,
              organiser: {
                kind: organiserKind,
                branchId: organiserKind === 'BRANCH' ? values.branchId : null,
                associationId: association?.id ?? null,
              },
              participants: participants ?? [],
              attachmentUploadIds: uploads.map((u) => u.id),
            },
          },
        });
        const payload = res.data!.createActivity;
        if (!saveProblems.show(payload.userErrors)) return;
        saved = payload.activity!;
        setActivityId(saved.id);
        setUploads([]);
      } else {
        const res = await update({ variables: { input: { activityId, ...common } } });
        if (!saveProblems.show(res.data!.updateActivity.userErrors)) return;
        saved = res.data!.updateActivity.activity!;
        if (participants) {
          const attended = await record({ variables: { input: { activityId, participants } } });
          if (!saveProblems.show(attended.data!.recordAttendance.userErrors)) return;
          saved = attended.data!.recordAttendance.activity!;
        }
      }
      if (afterSave && !saveProblems.show(await afterSave(saved, values))) return;
      setSaved(true);
      onSaved();
    } catch (error) {
      saveProblems.fail(error);
    } finally {
      setSaving(false);
    }
  };

  const today = chinaToday();
  return (
    <FormModal
      title={activityId ? t('partyLife.activities.edit') : t('partyLife.activities.new')}
      width={760}
      saving={saving}
      form={form}
      onClose={onClose}
    >
      <FormProblems problems={saveProblems.problems} />
      {saved && <Alert type="success" showIcon title={t('partyLife.saved')} />}
      <Form<Values>
        form={form}
        layout="vertical"
        // Fields a secretary is not shown (the organiser, their one branch) keep their initial
        // values in the store, not in what onFinish passes: take the whole store.
        onFinish={(values) =>
          void submit({ ...(form.getFieldsValue(true) as Values), ...values } as Values &
            Record<string, unknown>)
        }
        initialValues={{
          kind: association?.kinds[0] ?? 'BRANCH_MEMBERS_MEETING',
          organiserKind: 'BRANCH',
          branchId: defaultBranch ?? null,
          date: today,
          startTime: '09:00',
          endTime: '11:00',
          externalAttendance: 0,
        }}
      >
        {association && (
          <Form.Item label={t('partyLife.field.organiser')}>
            <Typography.Text>{association.name}</Typography.Text>
          </Form.Item>
        )}
        {access.canAdmin && !activityId && !association && (
          <Form.Item name="organiserKind" label={t('partyLife.field.organiser')}>
            <Radio.Group
              options={[
                { value: 'BRANCH', label: t('partyLife.field.branch') },
                { value: 'BUREAU', label: t('partyLife.bureau') },
              ]}
            />
          </Form.Item>
        )}
        {organiserKind === 'BRANCH' && (
          <Form.Item
            name="branchId"
            label={t('partyLife.field.branch')}
            rules={[{ required: true, message: t('partyLife.participants.none') }]}
          >
            <BranchTreeSelect
              disabled={Boolean(activityId)}
              valueLabel={activity?.organiser.branch?.name}
              aria-label={t('partyLife.field.branch')}
            />
          </Form.Item>
        )}
        <Form.Item name="kind" label={t('partyLife.field.kind')} rules={[{ required: true }]}>
          <Select
            aria-label={t('partyLife.field.kind')}
            options={kinds.map((k) => ({ value: k, label: t(`partyLife.kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('partyLife.field.title')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="date" label={t('partyLife.field.time')} rules={[{ required: true }]}>
          <Input type="date" aria-label={t('partyLife.field.time')} />
        </Form.Item>
        <Form.Item
          name="startTime"
          label={t('partyLife.field.startsAt')}
          rules={[{ required: true }]}
        >
          <Input type="time" />
        </Form.Item>
        <Form.Item name="endTime" label={t('partyLife.field.endsAt')} rules={[{ required: true }]}>
          <Input type="time" />
        </Form.Item>
        <Form.Item name="place" label={t('partyLife.field.place')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="externalAttendance"
          label={t(association ? 'partyLife.field.audience' : 'partyLife.field.externalAttendance')}
        >
          <InputNumber min={0} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="summary"
          label={t(association ? 'partyLife.field.activitySummary' : 'partyLife.field.summary')}
        >
          <Input.TextArea rows={4} maxLength={20000} />
        </Form.Item>
        {extra}
      </Form>
      {(organiserKind === 'BRANCH' || rows !== null) && (
        <section aria-label={t('partyLife.participants')}>
          <Typography.Title level={5}>{t('partyLife.participants')}</Typography.Title>
          <Typography.Paragraph type="secondary">
            {t(
              association
                ? 'partyLife.participants.hintAssociation'
                : 'partyLife.participants.hint',
            )}
          </Typography.Paragraph>
          {rows ? (
            <AttendancePicker rows={rows} onChange={setRows} />
          ) : (
            <Typography.Text type="secondary">{t('partyLife.participants.none')}</Typography.Text>
          )}
        </section>
      )}
      <section aria-label={t('partyLife.field.attachments')}>
        <Typography.Title level={5}>{t('partyLife.field.attachments')}</Typography.Title>
        {activityId ? (
          <Attachments
            activityId={activityId}
            items={activity?.attachments ?? []}
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
