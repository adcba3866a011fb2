import { useMemo } from 'react';
import { Alert, Form, Input, InputNumber, Select, TreeSelect } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { buildBranchTree, useBranchOptions } from '../../components/BranchTreeSelect';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { useSaveProblems } from '../../components/useSaveProblems';
import { useWholeList } from '../../components/useWholeList';
import { graphql } from '../../gql';
import type { WorkGroupFieldsFragment } from '../../gql/graphql';
import { CampaignUsersDocument, CreateWorkGroupDocument, UpdateWorkGroupDocument } from './queries';
import './locale';
import { useFeedback } from '../../components/feedback';

const TownshipsDocument = graphql(`
  query CampaignTownships {
    townships
  }
`);

interface FormValues {
  name: string;
  position: number;
  leader: string;
  leaderUserId: string | null;
  visitors: string[];
  visitorUserIds: string[];
  branchIds: string[];
  townships: string[];
  places: string[];
}

/**
 * A work group (慰问工作组): its leader and visitors (accounts, whose 我的待办 then lists the
 * group's members, or named people), and what it covers — branches, townships of the county and
 * places elsewhere. Its order decides who goes to whom when two groups cover the same member.
 */
export function WorkGroupFormModal({
  campaignId,
  group,
  nextPosition,
  onClose,
}: {
  campaignId: string;
  group?: WorkGroupFieldsFragment;
  nextPosition: number;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = useFeedback();
  const [form] = Form.useForm<FormValues>();
  const save = useSaveProblems(form, { separateStale: true });
  const [create, creating] = useMutation(CreateWorkGroupDocument);
  const [update, updating] = useMutation(UpdateWorkGroupDocument);
  const saving = creating.loading || updating.loading;
  const { branches } = useBranchOptions(true);
  const branchTree = useMemo(() => (branches ? buildBranchTree(branches) : []), [branches]);
  const townships = useQuery(TownshipsDocument);
  const users = useWholeList({
    query: CampaignUsersDocument,
    variables: (after) => ({ after }),
    connection: (data) => data.users,
  });
  const userOptions = (users.nodes ?? [])
    .filter((u) => !u.disabledAt)
    .map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }));

  const submit = async (values: FormValues) => {
    save.reset();
    const fields = {
      name: values.name.trim(),
      position: values.position,
      leader: values.leader.trim(),
      leaderUserId: values.leaderUserId ?? null,
      visitors: values.visitors.map((v) => v.trim()).filter(Boolean),
      visitorUserIds: values.visitorUserIds,
      branchIds: values.branchIds,
      townships: values.townships,
      places: values.places.map((p) => p.trim()).filter(Boolean),
    };
    try {
      const payload = group
        ? (
            await update({
              variables: {
                input: {
                  id: group.id,
                  expectedVersion: group.version,
                  ...fields,
                  // An empty id takes the account away.
                  leaderUserId: fields.leaderUserId ?? '',
                },
              },
              refetchQueries: ['Campaign'],
            })
          ).data?.updateWorkGroup
        : (
            await create({
              variables: { input: { campaignId, ...fields } },
              refetchQueries: ['Campaign'],
            })
          ).data?.createWorkGroup;
      if (!payload || !save.show(payload.userErrors) || !payload.workGroup) return;
      message.success(t('campaigns.group.saved', { name: payload.workGroup.name }));
      onClose();
    } catch (e: unknown) {
      save.fail(e);
    }
  };

  return (
    <FormModal
      title={t(group ? 'campaigns.groups.edit' : 'campaigns.groups.new')}
      width={720}
      form={form}
      saving={saving}
      onClose={onClose}
    >
      {save.stale && <Alert type="warning" showIcon title={save.stale} />}
      <FormProblems problems={save.problems} />
      <Form<FormValues>
        form={form}
        name="workGroup"
        layout="vertical"
        requiredMark="optional"
        disabled={saving}
        initialValues={
          group
            ? {
                name: group.name,
                position: group.position,
                leader: group.leader,
                leaderUserId: group.leaderUser?.id ?? null,
                visitors: group.visitors,
                visitorUserIds: group.visitorUsers.map((u) => u.id),
                branchIds: group.branches.map((b) => b.id),
                townships: group.townships,
                places: group.places,
              }
            : {
                name: '',
                position: nextPosition,
                leader: '',
                leaderUserId: null,
                visitors: [],
                visitorUserIds: [],
                branchIds: [],
                townships: [],
                places: [],
              }
        }
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="name"
          label={t('campaigns.group.name')}
          rules={[
            { required: true, whitespace: true, message: t('campaigns.group.name.required') },
          ]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="position"
          label={t('campaigns.group.position')}
          extra={t('campaigns.group.positionHelp')}
          rules={[{ required: true }]}
        >
          <InputNumber min={1} max={999} precision={0} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item
          name="leader"
          label={t('campaigns.group.leader')}
          rules={[
            { required: true, whitespace: true, message: t('campaigns.group.leader.required') },
          ]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="leaderUserId" label={t('campaigns.group.leaderUser')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={users.loading}
            options={userOptions}
          />
        </Form.Item>
        <Form.Item
          name="visitorUserIds"
          label={t('campaigns.group.visitorUsers')}
          extra={t('campaigns.group.visitorUsersHelp')}
        >
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            loading={users.loading}
            options={userOptions}
          />
        </Form.Item>
        <Form.Item
          name="visitors"
          label={t('campaigns.group.visitors')}
          extra={t('campaigns.group.visitorsHelp')}
        >
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={['、', ',', '，']} />
        </Form.Item>
        <Form.Item name="branchIds" label={t('campaigns.group.branches')}>
          <TreeSelect
            multiple
            treeData={branchTree}
            showSearch
            treeNodeFilterProp="title"
            treeCheckable={false}
            popupMatchSelectWidth={false}
            styles={{ popup: { root: { minWidth: 320, maxWidth: 480 } } }}
          />
        </Form.Item>
        <Form.Item name="townships" label={t('campaigns.group.townships')}>
          <Select
            mode="multiple"
            loading={townships.loading}
            options={(townships.data?.townships ?? []).map((value) => ({ value, label: value }))}
          />
        </Form.Item>
        <Form.Item
          name="places"
          label={t('campaigns.group.places')}
          extra={t('campaigns.group.placesHelp')}
          rules={[
            {
              validator: async () => {
                const v = form.getFieldsValue(['branchIds', 'townships', 'places']);
                if (!v.branchIds?.length && !v.townships?.length && !v.places?.length)
                  throw new Error(t('campaigns.group.coverage.required'));
              },
            },
          ]}
        >
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={['、', ',', '，']} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
