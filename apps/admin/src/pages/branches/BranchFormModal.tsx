import { useEffect, useMemo, useState } from 'react';
import { Alert, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Switch } from 'antd';
import { useMutation } from '@apollo/client/react';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../../app/i18n';
import { chinaToday } from '@wanxia/schema';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { StaleAlert } from '../../components/StaleAlert';
import { useSaveProblems } from '../../components/useSaveProblems';
import type { BranchKind, DemonstrationLevel } from '../../gql/graphql';
import { CreateBranchDocument, UpdateBranchDocument } from './queries';
import { LEVELS } from './branch-view';
import { MemberPicker } from './MemberPicker';
import { ParentBranchSelect } from './ParentBranchSelect';
import type { BranchIndex, BranchNode } from './tree';
import './locale';
import { useFeedback } from '../../components/feedback';

export type BranchFormMode =
  { kind: 'create'; parentId: string | null } | { kind: 'edit'; branch: BranchNode };

interface FormValues {
  name: string;
  kind: BranchKind;
  parentId: string | null;
  demonstrationLevel: DemonstrationLevel | null;
  demonstrationYear: number | null;
  hasMembersHome: boolean;
  foundedOn: Dayjs | null;
  address: string;
  meetingPlace: string;
  secretaryId: string | null;
}

function valuesOf(mode: BranchFormMode): FormValues {
  if (mode.kind === 'create') {
    return {
      name: '',
      kind: mode.parentId ? 'BRANCH' : 'GENERAL_BRANCH',
      parentId: mode.parentId,
      demonstrationLevel: null,
      demonstrationYear: null,
      hasMembersHome: false,
      foundedOn: null,
      address: '',
      meetingPlace: '',
      secretaryId: null,
    };
  }
  const { branch } = mode;
  return {
    name: branch.name,
    kind: branch.kind,
    parentId: branch.parent?.id ?? null,
    demonstrationLevel: branch.demonstrationLevel,
    demonstrationYear: branch.demonstrationYear,
    hasMembersHome: branch.hasMembersHome,
    foundedOn: branch.foundedOn ? dayjs(branch.foundedOn) : null,
    address: branch.address ?? '',
    meetingPlace: branch.meetingPlace ?? '',
    secretaryId: branch.secretary?.id ?? null,
  };
}

/** The details both create and update take; empty text is sent as null (not given). */
function details(values: FormValues) {
  return {
    name: values.name.trim(),
    demonstrationLevel: values.demonstrationLevel ?? null,
    demonstrationYear: values.demonstrationLevel ? (values.demonstrationYear ?? null) : null,
    hasMembersHome: values.hasMembersHome,
    foundedOn: values.foundedOn ? values.foundedOn.format('YYYY-MM-DD') : null,
    address: values.address.trim() || null,
    meetingPlace: values.meetingPlace.trim() || null,
  };
}

/**
 * Creates a branch (kind, parent and details) or edits one (details and secretary). Edits send
 * the version the form was filled from, so a concurrent change is refused (STALE) rather than
 * overwritten; the person can then load the latest and redo theirs.
 */
export function BranchFormModal({
  mode,
  index,
  onClose,
  onSaved,
  onReload,
}: {
  mode: BranchFormMode;
  index: BranchIndex;
  onClose: () => void;
  onSaved: (branch: BranchNode) => void;
  /** Loads the tree again; the edited branch then arrives here anew. */
  onReload: () => Promise<void>;
}) {
  const { t } = useI18n();
  const { message } = useFeedback();
  const [form] = Form.useForm<FormValues>();
  const [create, creating] = useMutation(CreateBranchDocument);
  const [update, updating] = useMutation(UpdateBranchDocument);
  const save = useSaveProblems(form, { separateStale: true });
  const [reloaded, setReloaded] = useState(false);
  const editing = mode.kind === 'edit' ? mode.branch : null;
  // The version the form shows; a newer one on the server means someone else saved first.
  const [baseVersion, setBaseVersion] = useState(editing?.version ?? 0);
  const today = chinaToday();
  const thisYear = Number(today.slice(0, 4));
  const initialValues = useMemo(() => valuesOf(mode), [mode]);
  const level = Form.useWatch('demonstrationLevel', form);

  // After "load the latest", the fresh branch comes in as a new prop: show it in the form.
  useEffect(() => {
    if (!editing || !save.stale || editing.version === baseVersion) return;
    form.setFieldsValue(valuesOf({ kind: 'edit', branch: editing }));
    setBaseVersion(editing.version);
    save.clearStale();
    setReloaded(true);
  }, [editing, save.stale, baseVersion, form]);

  const submit = async (values: FormValues) => {
    save.reset();
    setReloaded(false);
    try {
      const result = editing
        ? (
            await update({
              variables: {
                input: {
                  id: editing.id,
                  expectedVersion: baseVersion,
                  ...details(values),
                  secretaryId: values.secretaryId ?? null,
                },
              },
            })
          ).data?.updateBranch
        : (
            await create({
              variables: {
                input: { ...details(values), kind: values.kind, parentId: values.parentId ?? null },
              },
            })
          ).data?.createBranch;
      if (!result) return;
      if (!save.show(result.userErrors) || !result.branch) return;
      message.success(
        t(editing ? 'branches.form.saved' : 'branches.form.created', { name: result.branch.name }),
      );
      onSaved(result.branch);
    } catch (e: unknown) {
      save.fail(e);
    }
  };

  const reload = async () => {
    try {
      await onReload();
    } catch (e: unknown) {
      save.fail(e);
    }
  };

  return (
    <FormModal
      title={
        editing
          ? t('branches.form.editTitle', { name: editing.name })
          : t('branches.form.createTitle')
      }
      width={720}
      form={form}
      saving={creating.loading || updating.loading}
      onClose={onClose}
    >
      {save.stale && (
        <StaleAlert
          title={t('branches.stale.title')}
          message={save.stale}
          onReload={() => void reload()}
        />
      )}
      {reloaded && <Alert type="info" showIcon title={t('branches.stale.reloaded')} />}
      <FormProblems problems={save.problems} title={t('branches.failed')} />
      <Form<FormValues>
        form={form}
        name="branchForm"
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void submit(values)}
        requiredMark="optional"
      >
        <Form.Item
          name="name"
          label={t('branches.form.name')}
          rules={[{ required: true, whitespace: true, message: t('branches.form.nameRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        {!editing && (
          <Row gutter={16}>
            <Col xs={24} sm={10}>
              <Form.Item name="kind" label={t('branches.form.kind')} rules={[{ required: true }]}>
                <Radio.Group
                  optionType="button"
                  options={(['GENERAL_BRANCH', 'BRANCH'] as const).map((value) => ({
                    value,
                    label: t(`branches.kind.${value}`),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={14}>
              <Form.Item name="parentId" label={t('branches.form.parent')}>
                <ParentBranchSelect
                  index={index}
                  placeholder={t('branches.form.parentPlaceholder')}
                />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="demonstrationLevel" label={t('branches.form.level')}>
              <Select
                allowClear
                placeholder={t('branches.form.levelNone')}
                options={LEVELS.map((value) => ({ value, label: t(`branches.level.${value}`) }))}
                onChange={(value: DemonstrationLevel | undefined) => {
                  if (!value) form.setFieldValue('demonstrationYear', null);
                }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="demonstrationYear"
              label={t('branches.form.year')}
              dependencies={['demonstrationLevel']}
              rules={[
                ({ getFieldValue }) => ({
                  validator(_, value: number | null) {
                    if (getFieldValue('demonstrationLevel') && value == null)
                      return Promise.reject(new Error(t('branches.form.yearRequired')));
                    if (value != null && (value < 1949 || value > thisYear))
                      return Promise.reject(
                        new Error(t('branches.form.yearRange', { year: thisYear })),
                      );
                    return Promise.resolve();
                  },
                }),
              ]}
            >
              <InputNumber
                min={1949}
                max={thisYear}
                precision={0}
                disabled={!level}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="foundedOn"
              label={t('branches.form.foundedOn')}
              rules={[
                {
                  validator: (_, value: Dayjs | null) =>
                    value && value.format('YYYY-MM-DD') > today
                      ? Promise.reject(new Error(t('branches.form.foundedInFuture')))
                      : Promise.resolve(),
                },
              ]}
            >
              <DatePicker
                style={{ width: '100%' }}
                disabledDate={(date) => date.format('YYYY-MM-DD') > today}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="hasMembersHome"
              label={t('branches.form.home')}
              valuePropName="checked"
            >
              <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="address" label={t('branches.form.address')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="meetingPlace" label={t('branches.form.meetingPlace')}>
          <Input maxLength={200} />
        </Form.Item>
        {editing && (
          <Form.Item
            name="secretaryId"
            label={t('branches.form.secretary')}
            extra={t('branches.form.secretaryHelp')}
          >
            <MemberPicker
              branchId={editing.id}
              current={editing.secretary}
              placeholder={t('branches.form.secretaryPlaceholder')}
            />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}
