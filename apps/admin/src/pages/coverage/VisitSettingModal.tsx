import { Form, InputNumber, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { StaleAlert } from '../../components/StaleAlert';
import { useSaveProblems } from '../../components/useSaveProblems';
import type { VisitSettingsQuery } from '../../gql/graphql';
import { UpdateVisitSettingDocument } from './queries';
import type { MustVisitOccasion } from './coverage-figures';
import './locale';
import { useFeedback } from '../../components/feedback';

export type VisitSettingRow = VisitSettingsQuery['visitSettings'][number];

/** The server's bounds (0–366 days), checked here too so a slip is caught before sending. */
const MAX_DAYS = 366;

interface FormValues {
  daysBefore: number;
  daysAfter: number;
}

/**
 * Changes an occasion's window: how many days before and after its trigger date a visit counts
 * as on time. Carries the version it started from; a STALE answer offers the latest.
 */
export function VisitSettingModal({
  setting,
  bureauId,
  onClose,
  onSaved,
  onReload,
}: {
  setting: VisitSettingRow;
  /** The county whose window changes; none: the account's own (the province's for the province). */
  bureauId: string | null;
  onClose: () => void;
  onSaved: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const { message } = useFeedback();
  const [form] = Form.useForm<FormValues>();
  const [update, { loading }] = useMutation(UpdateVisitSettingDocument);
  const save = useSaveProblems(form, { separateStale: true });
  const occasion = t(`enum.VisitOccasion.${setting.occasion}`);

  const submit = async (values: FormValues) => {
    save.reset();
    try {
      const { data } = await update({
        variables: {
          input: {
            occasion: setting.occasion,
            daysBefore: values.daysBefore,
            daysAfter: values.daysAfter,
            expectedVersion: setting.version,
            ...(bureauId ? { bureauId } : {}),
          },
        },
      });
      const result = data?.updateVisitSetting;
      if (!result) return;
      if (!save.show(result.userErrors) || !result.visitSetting) return;
      message.success(t('coverage.settings.saved', { occasion }));
      onSaved();
    } catch (e: unknown) {
      save.fail(e);
    }
  };

  const days = (name: keyof FormValues, label: string, help: string) => (
    <Form.Item
      name={name}
      label={label}
      extra={help}
      rules={[
        { required: true, message: t('coverage.settings.required') },
        {
          type: 'number',
          min: 0,
          max: MAX_DAYS,
          message: t('coverage.settings.range', { max: MAX_DAYS }),
        },
      ]}
    >
      <InputNumber precision={0} suffix={t('coverage.settings.days')} style={{ width: 160 }} />
    </Form.Item>
  );

  return (
    <FormModal
      title={t('coverage.settings.editTitle', { occasion })}
      form={form}
      saving={loading}
      onClose={onClose}
    >
      {save.stale && (
        <StaleAlert
          title={t('coverage.settings.stale')}
          message={save.stale}
          onReload={() => void onReload().catch(save.fail)}
        />
      )}
      <FormProblems problems={save.problems} title={t('coverage.settings.failed')} />
      <Form<FormValues>
        form={form}
        name="visitSetting"
        layout="vertical"
        initialValues={{ daysBefore: setting.daysBefore, daysAfter: setting.daysAfter }}
        onFinish={(values) => void submit(values)}
      >
        {days(
          'daysBefore',
          t('coverage.settings.daysBefore'),
          t('coverage.settings.daysBeforeHelp', {
            trigger: t(`coverage.settings.trigger.${setting.occasion as MustVisitOccasion}`),
          }),
        )}
        {days(
          'daysAfter',
          t('coverage.settings.daysAfter'),
          t('coverage.settings.daysAfterHelp', {
            trigger: t(`coverage.settings.trigger.${setting.occasion as MustVisitOccasion}`),
          }),
        )}
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('coverage.settings.appliesLater')}
        </Typography.Paragraph>
      </Form>
    </FormModal>
  );
}
