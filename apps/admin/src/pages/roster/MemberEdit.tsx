import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Alert, Button, Flex, Form, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { errorMessage, localizeUserErrors } from '../../components/server-message';
import { FormProblems } from '../../components/FormProblems';
import { PageState } from '../../components/PageState';
import { useCommittedValue } from '../../components/useCommittedValue';
import { applyUserErrors } from '../../components/user-errors';
import type { MemberDetailFragment, MemberDetailQuery } from '../../gql/graphql';
import type { MessageKey } from '../../locales';
import { MemberForm } from './MemberForm';
import { MemberNotFound, isNotFound } from './MemberNotFound';
import {
  FORM_FIELDS,
  reapplyChanges,
  toFormValues,
  toUpdateInput,
  type FormField,
  type MemberFormValues,
} from './member-form';
import { personalDataOf, type PersonalData } from './personal-data';
import {
  MemberDetailDocument,
  MemberPersonalDataDocument,
  TownshipsDocument,
  UpdateMemberDocument,
} from './queries';
import './locale';
import { useFeedback } from '../../components/feedback';

const FIELD_LABELS: Record<FormField, MessageKey> = {
  name: 'roster.field.name',
  gender: 'roster.field.gender',
  ethnicity: 'roster.field.ethnicity',
  birthDate: 'roster.field.birthDate',
  branchId: 'roster.field.branch',
  idCardNumber: 'roster.field.idCardNumber',
  phone: 'roster.field.phone',
  address: 'roster.field.address',
  emergencyContactName: 'roster.field.emergencyContactName',
  emergencyContactRelation: 'roster.field.emergencyContactRelation',
  emergencyContactPhone: 'roster.field.emergencyContactPhone',
  retirementType: 'roster.field.retirementType',
  retirementDate: 'roster.field.retirementDate',
  workStartDate: 'roster.field.workStartDate',
  formerUnit: 'roster.field.formerUnit',
  formerPosition: 'roster.field.formerPosition',
  rank: 'roster.field.rank',
  partyMember: 'roster.field.partyMember',
  partyJoinDate: 'roster.field.partyJoinDate',
  fullMembershipDate: 'roster.field.fullMembershipDate',
  healthStatus: 'roster.field.healthStatus',
  healthNotes: 'roster.field.healthNotes',
  livingSituation: 'roster.field.livingSituation',
  spouseName: 'roster.field.spouseName',
  residenceKind: 'roster.field.residenceKind',
  residencePlace: 'roster.field.residence',
  carePlan: 'roster.field.carePlan',
  contactLeader: 'roster.field.contactLeader',
  tags: 'roster.field.tags',
};

type MemberRecord = MemberDetailFragment;

function memberOf(node: MemberDetailQuery['node'] | undefined): MemberRecord | null {
  return node?.__typename === 'Member' ? node : null;
}

/**
 * Edits a member: loads the latest version (and, for those allowed, the personal data in full
 * to fill the personal fields), then hands over to the form.
 */
export default function MemberEdit() {
  const id = useCommittedValue(useParams().id ?? '');
  const { access } = useViewer();
  // Always from the server: an edit must start from the latest version.
  const detail = useQuery(MemberDetailDocument, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const personal = useQuery(MemberPersonalDataDocument, {
    variables: { id },
    fetchPolicy: 'no-cache',
    skip: !access.canReadPersonalData,
  });

  if (!detail.data || (access.canReadPersonalData && personal.loading)) {
    if (isNotFound(detail.error)) return <MemberNotFound />;
    return (
      <PageState
        loading={detail.loading || personal.loading}
        error={detail.error}
        onRetry={() => void detail.refetch()}
      />
    );
  }
  const member = memberOf(detail.data.node);
  if (!member) return <MemberNotFound />;
  // Without the personal data (not allowed, or it failed), personal fields start empty.
  const personalData = access.canReadPersonalData ? personalDataOf(personal.data) : null;
  return <MemberEditor member={member} personal={personalData} />;
}

function MemberEditor({
  member,
  personal,
}: {
  member: MemberRecord;
  personal: PersonalData | null;
}) {
  const { t, locale } = useI18n();
  const { message } = useFeedback();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [form] = Form.useForm<MemberFormValues>();
  const { data: townships } = useQuery(TownshipsDocument);
  const [update, { loading: saving }] = useMutation(UpdateMemberDocument);
  const personalKnown = personal !== null;

  /** The version the person is editing, and its values: the changes are measured from it. */
  const [startedFrom, setStartedFrom] = useState(() => ({
    version: member.version,
    values: toFormValues(member, personal),
    name: member.name,
  }));
  const [problems, setProblems] = useState<string[]>([]);
  const [stale, setStale] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [reapplied, setReapplied] = useState<string | null>(null);

  const save = async (values: MemberFormValues) => {
    setProblems([]);
    setReapplied(null);
    const changes = toUpdateInput(values, startedFrom.values, personalKnown);
    if (!Object.keys(changes).length) {
      void message.info(t('roster.form.noChanges'));
      return;
    }
    try {
      const { data } = await update({
        variables: { input: { id: member.id, expectedVersion: startedFrom.version, ...changes } },
      });
      const payload = data?.updateMember;
      if (payload?.member) {
        void message.success(t('common.saved'));
        navigate(`/roster/${encodeURIComponent(member.id)}`, { replace: true });
        return;
      }
      const errors = localizeUserErrors(payload?.userErrors ?? [], locale);
      setStale(errors.some((e) => e.code === 'STALE'));
      setProblems(
        applyUserErrors(
          form,
          errors.filter((e) => e.code !== 'STALE'),
        ).map((e) => e.message),
      );
    } catch (error) {
      setProblems([errorMessage(error, locale)]);
    }
  };

  /** Someone saved first: take their version and lay this person's changes over it. */
  const reloadLatest = async () => {
    setReloading(true);
    try {
      const [latest, latestPersonal] = await Promise.all([
        client.query({
          query: MemberDetailDocument,
          variables: { id: member.id },
          fetchPolicy: 'network-only',
        }),
        personalKnown
          ? client.query({
              query: MemberPersonalDataDocument,
              variables: { id: member.id },
              fetchPolicy: 'no-cache',
            })
          : Promise.resolve(null),
      ]);
      const latestMember = memberOf(latest.data?.node);
      if (!latestMember) throw new Error(t('common.notFound'));
      const latestValues = toFormValues(
        latestMember,
        personalKnown ? personalDataOf(latestPersonal?.data) : null,
      );
      const current = form.getFieldsValue(true) as MemberFormValues;
      const { values, kept } = reapplyChanges(current, startedFrom.values, latestValues);
      form.setFields(FORM_FIELDS.map((name) => ({ name, value: values[name], errors: [] })));
      setStartedFrom({
        version: latestMember.version,
        values: latestValues,
        name: latestMember.name,
      });
      setStale(false);
      setProblems([]);
      setReapplied(
        kept.length
          ? t('roster.form.reapplied', {
              version: latestMember.version,
              count: kept.length,
              fields: kept.map((f) => t(FIELD_LABELS[f])).join(t('roster.form.listSeparator')),
            })
          : t('roster.form.reappliedNone', { version: latestMember.version }),
      );
    } catch (error) {
      setProblems([errorMessage(error, locale)]);
    } finally {
      setReloading(false);
    }
  };

  const notices = (
    <>
      {stale && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('roster.form.stale.title')}
          description={t('roster.form.stale.description')}
          action={
            <Button
              type="primary"
              icon={<ReloadOutlined />}
              loading={reloading}
              onClick={() => void reloadLatest()}
            >
              {t('roster.form.stale.reload')}
            </Button>
          }
        />
      )}
      {reapplied && (
        <Alert
          type="success"
          showIcon
          title={reapplied}
          closable={{ onClose: () => setReapplied(null) }}
        />
      )}
      <FormProblems problems={problems} />
      <Alert
        type="info"
        showIcon
        title={t(personalKnown ? 'roster.form.personalLoaded' : 'roster.form.personalHidden')}
      />
    </>
  );

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('roster.form.editTitle', { name: startedFrom.name })}
      </Typography.Title>
      <MemberForm
        form={form}
        mode="edit"
        initialValues={startedFrom.values}
        townships={townships?.townships ?? []}
        personalKnown={personalKnown}
        masked={{
          idCardNumber: member.idCardNumber,
          phone: member.phone,
          address: member.address,
          healthNotes: member.healthNotes,
          emergencyContactPhone: member.emergencyContactPhone,
        }}
        branchName={member.branch.name}
        submitting={saving}
        onSubmit={(values) => void save(values)}
        onCancel={() => navigate(`/roster/${encodeURIComponent(member.id)}`)}
        notices={notices}
      />
    </Flex>
  );
}
