import { useState } from 'react';
import { useNavigate } from 'react-router';
import { App, Flex, Form, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { errorMessage, localizeUserErrors } from '../../components/bilingual-message';
import { FormProblems } from '../../components/FormProblems';
import { applyUserErrors } from '../../components/user-errors';
import { MemberForm } from './MemberForm';
import { NEW_MEMBER_VALUES, toCreateInput, type MemberFormValues } from './member-form';
import { CreateMemberDocument, TownshipsDocument } from './queries';

/** Enrols a member on the roster; afterwards, the member's page. */
export default function MemberCreate() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<MemberFormValues>();
  const { data: townships } = useQuery(TownshipsDocument);
  const [create, { loading }] = useMutation(CreateMemberDocument);
  const [problems, setProblems] = useState<string[]>([]);

  const submit = async (values: MemberFormValues) => {
    setProblems([]);
    try {
      const { data } = await create({ variables: { input: toCreateInput(values) } });
      const payload = data?.createMember;
      if (payload?.member) {
        void message.success(t('common.saved'));
        navigate(`/roster/${encodeURIComponent(payload.member.id)}`, { replace: true });
        return;
      }
      const errors = localizeUserErrors(payload?.userErrors ?? [], locale);
      setProblems(applyUserErrors(form, errors).map((e) => e.message));
    } catch (error) {
      setProblems([errorMessage(error, locale)]);
    }
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('roster.form.createTitle')}
      </Typography.Title>
      <MemberForm
        form={form}
        mode="create"
        initialValues={NEW_MEMBER_VALUES}
        townships={townships?.townships ?? []}
        submitting={loading}
        onSubmit={(values) => void submit(values)}
        onCancel={() => navigate('/roster')}
        notices={<FormProblems problems={problems} />}
      />
    </Flex>
  );
}
