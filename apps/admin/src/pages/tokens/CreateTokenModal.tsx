import { Checkbox, DatePicker, Form, Input, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../../app/i18n';
import { BranchTreeSelect } from '../../components/BranchTreeSelect';
import BureauSelect from '../../components/BureauSelect';
import { picksBureau, useViewer } from '../../app/viewer';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { useSaveProblems } from '../../components/useSaveProblems';
import { CreateApiTokenDocument } from './queries';
import { TOKEN_SCOPES, type TokenScope } from './scopes';
import './locale';

interface FormValues {
  name: string;
  scopes: TokenScope[];
  branchId: string | null;
  bureauId: string | null;
  expiresAt: Dayjs | null;
}

/** Names a token, picks its scopes, optionally a branch and an expiry; hands back the secret. */
export function CreateTokenModal({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (created: { name: string; secret: string }) => void;
}) {
  const { t } = useI18n();
  const { viewer } = useViewer();
  const [form] = Form.useForm<FormValues>();
  const branchId = Form.useWatch('branchId', form);
  const [create, { loading }] = useMutation(CreateApiTokenDocument);
  const save = useSaveProblems(form);

  const submit = async (values: FormValues) => {
    save.reset();
    try {
      const { data } = await create({
        variables: {
          input: {
            name: values.name.trim(),
            scopes: values.scopes,
            branchId: values.branchId ?? null,
            // Named only when picked: the maker's own bureau otherwise.
            ...(!values.branchId && values.bureauId ? { bureauId: values.bureauId } : {}),
            expiresAt: values.expiresAt ? values.expiresAt.toISOString() : null,
          },
        },
      });
      const result = data?.createApiToken;
      if (!result) return;
      if (!save.show(result.userErrors) || !result.secret || !result.apiToken) return;
      onCreated({ name: result.apiToken.name, secret: result.secret });
    } catch (e: unknown) {
      save.fail(e);
    }
  };

  return (
    <FormModal
      title={t('tokens.form.title')}
      width={640}
      okText={t('tokens.form.submit')}
      form={form}
      saving={loading}
      onClose={onClose}
    >
      <FormProblems problems={save.problems} title={t('tokens.form.failed')} />
      <Form<FormValues>
        form={form}
        name="tokenForm"
        layout="vertical"
        initialValues={{ name: '', scopes: [], branchId: null, bureauId: null, expiresAt: null }}
        onFinish={(values) => void submit(values)}
        requiredMark="optional"
      >
        <Form.Item
          name="name"
          label={t('tokens.form.name')}
          extra={t('tokens.form.nameHelp')}
          rules={[{ required: true, whitespace: true, message: t('tokens.form.nameRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="scopes"
          label={t('tokens.form.scopes')}
          extra={t('tokens.form.scopesHelp')}
          rules={[
            { required: true, type: 'array', min: 1, message: t('tokens.form.scopesRequired') },
          ]}
        >
          <Checkbox.Group style={{ display: 'grid', gap: 8 }}>
            {TOKEN_SCOPES.map((scope) => (
              <Checkbox key={scope} value={scope}>
                {t(`tokens.scope.${scope}`)}
                <Typography.Text style={{ color: 'rgba(0, 0, 0, 0.65)', marginInlineStart: 8 }}>
                  {t(`tokens.scopeHelp.${scope}`)}
                </Typography.Text>
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
        <Form.Item
          name="branchId"
          label={t('tokens.form.branch')}
          extra={t('tokens.form.branchHelp')}
        >
          <BranchTreeSelect placeholder={t('tokens.form.branchPlaceholder')} />
        </Form.Item>
        {!branchId && picksBureau(viewer) && (
          <Form.Item
            name="bureauId"
            label={t('tokens.form.bureau')}
            extra={t('tokens.form.bureauHelp')}
          >
            <BureauSelect placeholder={t('tokens.form.bureauPlaceholder')} />
          </Form.Item>
        )}
        <Form.Item
          name="expiresAt"
          label={t('tokens.form.expiresAt')}
          rules={[
            {
              validator: (_, value: Dayjs | null) =>
                value && !value.isAfter(dayjs())
                  ? Promise.reject(new Error(t('tokens.form.expiresInPast')))
                  : Promise.resolve(),
            },
          ]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            placeholder={t('tokens.form.expiresPlaceholder')}
            disabledDate={(date) => date.isBefore(dayjs(), 'day')}
            presets={[
              { label: t('tokens.form.preset.month'), value: dayjs().add(30, 'day').endOf('day') },
              {
                label: t('tokens.form.preset.quarter'),
                value: dayjs().add(90, 'day').endOf('day'),
              },
              { label: t('tokens.form.preset.year'), value: dayjs().add(1, 'year').endOf('day') },
            ]}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
