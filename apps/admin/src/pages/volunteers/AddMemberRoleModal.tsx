import { useState } from 'react';
import { Flex, Form, Input, Select } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { chinaToday } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { useSaveProblems } from '../../components/useSaveProblems';
import type { MemberRoleKind } from '../../gql/graphql';
import { AddMemberRoleDocument, EldersStudioOptionsDocument } from './queries';
import { MEMBER_ROLE_KINDS } from './volunteers-view';
import './locale';
import { useFeedback } from '../../components/feedback';

interface Values {
  kind: MemberRoleKind;
  organisation: string;
  studioId: string | null;
  title: string;
  startedOn: string;
  endedOn: string;
}

/**
 * Records a community or advisory role of a member: the organisation (a 五老工作室 is chosen
 * among the county's studios instead), the title and from when (to when, if it is over).
 */
export function AddMemberRoleModal({
  member,
  onClose,
  onSaved,
}: {
  member: { id: string; name: string };
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { message } = useFeedback();
  const [form] = Form.useForm<Values>();
  const saveProblems = useSaveProblems(form);
  const [kind, setKind] = useState<MemberRoleKind>('COMMUNITY_BRANCH_SECRETARY');
  const inStudio = kind === 'ELDERS_STUDIO';
  const studios = useQuery(EldersStudioOptionsDocument, { skip: !inStudio });
  const [add, { loading }] = useMutation(AddMemberRoleDocument);
  const submit = async (values: Values) => {
    saveProblems.reset();
    try {
      const res = await add({
        variables: {
          input: {
            memberId: member.id,
            kind: values.kind,
            organisation: inStudio ? null : values.organisation,
            studioId: inStudio ? values.studioId : null,
            title: values.title.trim() || null,
            startedOn: values.startedOn,
            endedOn: values.endedOn || null,
          },
        },
      });
      if (!saveProblems.show(res.data!.addMemberRole.userErrors)) return;
      message.success(t('volunteers.roles.added'));
      onSaved();
      onClose();
    } catch (error) {
      saveProblems.fail(error);
    }
  };
  return (
    <FormModal
      title={t('volunteers.roles.addTitle', { name: member.name })}
      width={560}
      saving={loading}
      form={form}
      onClose={onClose}
    >
      <FormProblems problems={saveProblems.problems} />
      <Form<Values>
        form={form}
        name="addMemberRole"
        layout="vertical"
        onFinish={(values) => void submit(values)}
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.kind) setKind(changed.kind);
        }}
        initialValues={{
          kind: 'COMMUNITY_BRANCH_SECRETARY',
          organisation: '',
          studioId: null,
          title: '',
          startedOn: chinaToday(),
          endedOn: '',
        }}
      >
        <Form.Item name="kind" label={t('volunteers.field.roleKind')} rules={[{ required: true }]}>
          <Select<MemberRoleKind>
            aria-label={t('volunteers.field.roleKind')}
            options={MEMBER_ROLE_KINDS.map((k) => ({
              value: k,
              label: t(`volunteers.roleKind.${k}`),
            }))}
          />
        </Form.Item>
        {inStudio ? (
          <Form.Item
            name="studioId"
            label={t('volunteers.field.studio')}
            rules={[{ required: true }]}
          >
            <Select<string>
              aria-label={t('volunteers.field.studio')}
              loading={studios.loading}
              notFoundContent={t('volunteers.studio.none')}
              options={(studios.data?.eldersStudios.nodes ?? []).map((s) => ({
                value: s.id,
                label: s.name,
              }))}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="organisation"
            label={t('volunteers.field.organisation')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input maxLength={200} />
          </Form.Item>
        )}
        <Form.Item name="title" label={t('volunteers.field.roleTitle')}>
          <Input maxLength={100} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="startedOn"
            label={t('volunteers.field.startedOn')}
            rules={[{ required: true }]}
          >
            <Input type="date" />
          </Form.Item>
          <Form.Item name="endedOn" label={t('volunteers.field.endedOn')}>
            <Input type="date" />
          </Form.Item>
        </Flex>
      </Form>
    </FormModal>
  );
}
