import { Button, Card, Col, Flex, Form, Input, Row, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { FormProblems } from '../../components/FormProblems';
import { useSaveProblems } from '../../components/useSaveProblems';
import { PasswordField } from '../users/PasswordField';
import { ChangePasswordDocument, UpdateProfileDocument } from './queries';
import './locale';
import { useFeedback } from '../../components/feedback';

/** 显示名称: the name the console and the audit trail show for this person. */
function ProfileForm({ displayName }: { displayName: string }) {
  const { t } = useI18n();
  const { message } = useFeedback();
  const [form] = Form.useForm<{ displayName: string }>();
  const [update, { loading }] = useMutation(UpdateProfileDocument);
  const save = useSaveProblems(form);
  const submit = async ({ displayName: name }: { displayName: string }) => {
    save.reset();
    try {
      const { data } = await update({ variables: { input: { displayName: name.trim() } } });
      const result = data?.updateProfile;
      if (!result || !save.show(result.userErrors)) return;
      message.success(t('settings.profileSaved'));
    } catch (e: unknown) {
      save.fail(e);
    }
  };
  return (
    <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('settings.profile')}</h2>}>
      <FormProblems problems={save.problems} />
      <Form
        form={form}
        name="profile"
        layout="vertical"
        initialValues={{ displayName }}
        onFinish={(values) => void submit(values)}
        disabled={loading}
      >
        <Form.Item
          name="displayName"
          label={t('settings.displayName')}
          rules={[{ required: true, whitespace: true, message: t('settings.displayNameRequired') }]}
        >
          <Input maxLength={50} autoComplete="name" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** 修改密码: the current one, then the new one twice, under the server's rules. */
function PasswordForm({ username }: { username: string }) {
  const { t } = useI18n();
  const { message } = useFeedback();
  const [form] = Form.useForm<PasswordValues>();
  const [change, { loading }] = useMutation(ChangePasswordDocument);
  const save = useSaveProblems(form);
  const submit = async (values: PasswordValues) => {
    save.reset();
    try {
      const { data } = await change({
        variables: {
          input: { currentPassword: values.currentPassword, newPassword: values.newPassword },
        },
      });
      const result = data?.changePassword;
      if (!result || !save.show(result.userErrors)) return;
      form.resetFields();
      message.success(t('settings.passwordSaved'));
    } catch (e: unknown) {
      save.fail(e);
    }
  };
  return (
    <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('settings.password')}</h2>}>
      <Typography.Paragraph type="secondary">{t('settings.passwordHint')}</Typography.Paragraph>
      <FormProblems problems={save.problems} />
      <Form<PasswordValues>
        form={form}
        name="password"
        layout="vertical"
        onFinish={(values) => void submit(values)}
        disabled={loading}
      >
        {/* Lets password managers tie the new password to the account. */}
        <input type="hidden" name="username" autoComplete="username" value={username} readOnly />
        <Form.Item
          name="currentPassword"
          label={t('settings.currentPassword')}
          rules={[{ required: true, message: t('settings.currentRequired') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <PasswordField name="newPassword" label={t('settings.newPassword')} username={username} />
        <Form.Item
          name="confirm"
          label={t('settings.confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('settings.confirmMismatch') },
            ({ getFieldValue }) => ({
              validator: async (_rule, value: string) => {
                if (value && value !== getFieldValue('newPassword')) {
                  throw new Error(t('settings.confirmMismatch'));
                }
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading}>
          {t('settings.changePassword')}
        </Button>
      </Form>
    </Card>
  );
}

/** 个人设置: everyone changes their own display name and password here. */
export default function SettingsPage() {
  const { t } = useI18n();
  const { viewer } = useViewer();
  const user = viewer.user;
  if (!user) return null;
  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('settings.title')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t('settings.account', {
            username: user.username,
            role: t(`layout.role.${user.role}`),
          })}
        </Typography.Text>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <ProfileForm displayName={user.displayName} />
        </Col>
        <Col xs={24} lg={14}>
          <PasswordForm username={user.username} />
        </Col>
      </Row>
    </Flex>
  );
}
