import { useEffect } from 'react';
import { Button, Card, Flex, Form, Switch } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { PageState } from '../../components/PageState';
import { FormProblems } from '../../components/FormProblems';
import { type UserErrorLike } from '../../components/user-errors';
import { useSaveProblems } from '../../components/useSaveProblems';
import type { FundingSettingsPageQuery } from '../../gql/graphql';
import { plainYuan, yuanToFen } from '@wanxia/schema';
import { FundingSettingsDocument, UpdateFundingSettingsDocument } from './queries';
import { YuanInput, useYuanRules } from './YuanInput';
import { PageTitle } from '../../components/PageTitle';
import './locale';
import { useFeedback } from '../../components/feedback';

type Settings = FundingSettingsPageQuery['fundingSettings'];

interface FormValues {
  allowSelfApproval: boolean;
  /** Yuan, as typed; empty for no cap. */
  cap: string | null;
  secretariesSeeCountyLines: boolean;
}

const valuesOf = (settings: Settings): FormValues => ({
  allowSelfApproval: settings.allowSelfApproval,
  cap: settings.condolenceYearlyCapFen === null ? null : plainYuan(settings.condolenceYearlyCapFen),
  secretariesSeeCountyLines: settings.secretariesSeeCountyLines,
});

/** The API names the cap in fen; the form holds it in yuan. */
const toFormField = (error: UserErrorLike): UserErrorLike =>
  error.field[0] === 'condolenceYearlyCapFen' ? { ...error, field: ['cap'] } : error;

/**
 * 经费设置: how the bureau handles its money — whether the creator of a payment may approve it,
 * the most a member may receive from assistance lines in a year, and whether secretaries see
 * the county's lines. Saved with the version it was read at (STALE otherwise).
 */
export default function FundingSettingsPage() {
  const { t } = useI18n();
  const { message } = useFeedback();
  const [form] = Form.useForm<FormValues>();
  const { data, loading, error, refetch } = useQuery(FundingSettingsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [update, saving] = useMutation(UpdateFundingSettingsDocument);
  const save = useSaveProblems(form, { toFormFields: (errors) => errors.map(toFormField) });
  const capRules = useYuanRules(false);
  const settings = data?.fundingSettings;

  useEffect(() => {
    if (settings) form.setFieldsValue(valuesOf(settings));
  }, [settings, form]);

  const submit = async (values: FormValues) => {
    if (!settings) return;
    save.reset();
    try {
      const { data: answer } = await update({
        variables: {
          input: {
            expectedVersion: settings.version,
            allowSelfApproval: values.allowSelfApproval,
            condolenceYearlyCapFen: values.cap ? yuanToFen(values.cap) : null,
            secretariesSeeCountyLines: values.secretariesSeeCountyLines,
          },
        },
      });
      const result = answer?.updateFundingSettings;
      if (!result) return;
      if (!save.show(result.userErrors) || !result.fundingSettings) return;
      message.success(t('funding.settings.saved'));
      // The settings are one record without an id: read the new version before the next save.
      void refetch();
    } catch (e: unknown) {
      save.fail(e);
    }
  };

  return (
    <Flex vertical gap={16}>
      <PageTitle title={t('funding.settings.title')} lead={t('funding.settings.lead')} />
      <Card style={{ maxWidth: 720 }}>
        {!settings ? (
          <PageState loading={loading} error={error} onRetry={() => void refetch()} />
        ) : (
          <>
            <FormProblems problems={save.problems} />
            <Form<FormValues>
              form={form}
              name="fundingSettings"
              layout="vertical"
              initialValues={valuesOf(settings)}
              onFinish={(values) => void submit(values)}
              disabled={saving.loading}
              style={{ marginTop: save.problems.length ? 16 : 0 }}
            >
              <Form.Item
                name="allowSelfApproval"
                label={t('funding.settings.allowSelfApproval')}
                extra={t('funding.settings.allowSelfApprovalHelp')}
                valuePropName="checked"
              >
                <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
              </Form.Item>
              <Form.Item
                name="cap"
                label={t('funding.settings.cap')}
                extra={t('funding.settings.capHelp')}
                rules={capRules}
              >
                <YuanInput placeholder={t('funding.settings.capNone')} />
              </Form.Item>
              <Form.Item
                name="secretariesSeeCountyLines"
                label={t('funding.settings.secretaries')}
                extra={t('funding.settings.secretariesHelp')}
                valuePropName="checked"
              >
                <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
              </Form.Item>
              <Flex gap={8}>
                <Button type="primary" htmlType="submit" loading={saving.loading}>
                  {t('common.save')}
                </Button>
                <Button onClick={() => form.setFieldsValue(valuesOf(settings))}>
                  {t('common.reset')}
                </Button>
              </Flex>
            </Form>
          </>
        )}
      </Card>
    </Flex>
  );
}
