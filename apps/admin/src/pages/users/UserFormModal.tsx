import { useEffect, useState } from 'react';
import { Form, Input, Radio, Space, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { BranchTreeSelect } from '../../components/BranchTreeSelect';
import BureauSelect from '../../components/BureauSelect';
import { useBureau } from '../../components/useBureauScope';
import { picksBureau, useViewer } from '../../app/viewer';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { StaleAlert } from '../../components/StaleAlert';
import { useSaveProblems } from '../../components/useSaveProblems';
import type { Role, UserListFieldsFragment } from '../../gql/graphql';
import { CreateUserDocument, UpdateUserDocument } from './queries';
import { USERNAME_PATTERN } from '@wanxia/schema';
import { PasswordField } from './PasswordField';
import './locale';
import { useFeedback } from '../../components/feedback';

export type UserRecord = UserListFieldsFragment;

const ROLES: readonly Role[] = ['ADMIN', 'SECRETARY', 'VIEWER'];

interface FormValues {
  username: string;
  displayName: string;
  role: Role;
  branchId: string | null;
  bureauId: string | null;
  password: string;
}

function valuesOf(user: UserRecord | null): FormValues {
  return {
    username: user?.username ?? '',
    displayName: user?.displayName ?? '',
    role: user?.role ?? 'SECRETARY',
    branchId: user?.branch?.id ?? null,
    bureauId: null,
    password: '',
  };
}

/**
 * What an administrator or viewer account reaches, in words: the bureau picked in the form, else
 * the account's own (editing) or the maker's (a new account is made in the maker's bureau).
 */
function useReach(user: UserRecord | null, picked: string | null): string {
  const { t } = useI18n();
  const { viewer } = useViewer();
  const { bureau: pickedBureau } = useBureau(picked);
  if (picked && !pickedBureau) return t('users.reach.picked');
  const bureau = pickedBureau ?? (user ? user.bureau : viewer.bureau);
  return bureau && bureau.level !== 'PROVINCE'
    ? t(`users.reach.${bureau.level}`, { name: bureau.name })
    : t('users.reach.PROVINCE');
}

/**
 * Creates an account (username, name, role, the branch of a secretary, initial password) or
 * edits one (name, role, branch). Edits carry the version they started from (STALE otherwise);
 * the server's refusals, such as taking away one's own administrator role, are shown here.
 */
export function UserFormModal({
  user,
  onClose,
  onSaved,
  onReload,
}: {
  /** The account to edit; null to create one. */
  user: UserRecord | null;
  onClose: () => void;
  onSaved: () => void;
  onReload: () => Promise<void>;
}) {
  const { t } = useI18n();
  const { message } = useFeedback();
  const { viewer } = useViewer();
  const [form] = Form.useForm<FormValues>();
  const [create, creating] = useMutation(CreateUserDocument);
  const [update, updating] = useMutation(UpdateUserDocument);
  const save = useSaveProblems(form, { separateStale: true });
  const [baseVersion, setBaseVersion] = useState(user?.version ?? 0);
  const role = Form.useWatch('role', form);
  const username = (Form.useWatch('username', form) as string | undefined) ?? '';
  const reach = useReach(user, Form.useWatch('bureauId', form) ?? null);

  // After "load the latest", the fresh account comes in as a new prop: show it.
  useEffect(() => {
    if (!user || !save.stale || user.version === baseVersion) return;
    form.setFieldsValue(valuesOf(user));
    setBaseVersion(user.version);
    save.clearStale();
  }, [user, save.stale, baseVersion, form]);

  const submit = async (values: FormValues) => {
    save.reset();
    const branchId = values.role === 'SECRETARY' ? values.branchId : null;
    try {
      const result = user
        ? (
            await update({
              variables: {
                input: {
                  id: user.id,
                  expectedVersion: baseVersion,
                  displayName: values.displayName.trim(),
                  role: values.role,
                  branchId,
                },
              },
            })
          ).data?.updateUser
        : (
            await create({
              variables: {
                input: {
                  username: values.username.trim(),
                  displayName: values.displayName.trim(),
                  role: values.role,
                  branchId,
                  // Named only when picked: the maker's own bureau otherwise.
                  ...(!branchId && values.bureauId ? { bureauId: values.bureauId } : {}),
                  password: values.password,
                },
              },
            })
          ).data?.createUser;
      if (!result) return;
      if (!save.show(result.userErrors) || !result.user) return;
      message.success(
        t(user ? 'users.form.saved' : 'users.form.created', { name: result.user.displayName }),
      );
      onSaved();
    } catch (e: unknown) {
      save.fail(e);
    }
  };

  return (
    <FormModal
      title={
        user ? t('users.form.editTitle', { name: user.displayName }) : t('users.form.createTitle')
      }
      width={600}
      form={form}
      saving={creating.loading || updating.loading}
      onClose={onClose}
    >
      {save.stale && (
        <StaleAlert
          title={t('users.stale.title')}
          message={save.stale}
          onReload={() => void onReload().catch(save.fail)}
        />
      )}
      <FormProblems problems={save.problems} title={t('users.form.failed')} />
      <Form<FormValues>
        form={form}
        name="userForm"
        layout="vertical"
        initialValues={valuesOf(user)}
        onFinish={(values) => void submit(values)}
        requiredMark="optional"
      >
        <Form.Item
          name="username"
          label={t('users.form.username')}
          extra={user ? undefined : t('users.form.usernameHelp')}
          rules={[
            { required: true, message: t('users.form.usernameRequired') },
            { pattern: USERNAME_PATTERN, message: t('users.form.usernameInvalid') },
          ]}
        >
          <Input disabled={Boolean(user)} autoComplete="off" maxLength={50} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('users.form.displayName')}
          extra={t('users.form.displayNameHelp')}
          rules={[
            { required: true, whitespace: true, message: t('users.form.displayNameRequired') },
          ]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="role" label={t('users.form.role')} rules={[{ required: true }]}>
          <Radio.Group>
            <Space orientation="vertical" size={4}>
              {ROLES.map((value) => (
                <Radio key={value} value={value}>
                  {t(`users.role.${value}`)}
                  <Typography.Text style={{ color: 'rgba(0, 0, 0, 0.65)', marginInlineStart: 8 }}>
                    {t(`users.roleHelp.${value}`, {
                      reach: value === 'SECRETARY' ? t('users.reach.BRANCH') : reach,
                    })}
                  </Typography.Text>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        {role === 'SECRETARY' && (
          <Form.Item
            name="branchId"
            label={t('users.form.branch')}
            extra={t('users.form.branchHelp')}
            rules={[{ required: true, message: t('users.form.branchRequired') }]}
          >
            <BranchTreeSelect
              placeholder={t('users.form.branchPlaceholder')}
              valueLabel={user?.branch?.name}
            />
          </Form.Item>
        )}
        {!user && role !== 'SECRETARY' && picksBureau(viewer) && (
          <Form.Item
            name="bureauId"
            label={t('users.form.bureau')}
            extra={t('users.form.bureauHelp')}
          >
            <BureauSelect placeholder={t('users.form.bureauPlaceholder')} />
          </Form.Item>
        )}
        {user ? (
          <Typography.Paragraph style={{ color: 'rgba(0, 0, 0, 0.65)', marginBottom: 0 }}>
            {t('users.form.sessionsNote')}
          </Typography.Paragraph>
        ) : (
          <PasswordField name="password" label={t('users.form.password')} username={username} />
        )}
      </Form>
    </FormModal>
  );
}
