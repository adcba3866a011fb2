import { Alert, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import dayjs, { type Dayjs } from 'dayjs';
import { formatFen } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { BranchTreeSelect } from '../../components/BranchTreeSelect';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { useSaveProblems } from '../../components/useSaveProblems';
import type { UserErrorLike } from '../../components/user-errors';
import type {
  CampaignDetailFragment,
  CreateCampaignInput,
  Holiday,
  VisitOccasion,
} from '../../gql/graphql';
import { BudgetLineSelect } from '../funding/BudgetLineSelect';
import { FundingLinesDocument } from '../funding/queries';
import { OCCASIONS } from '../visits/occasions';
import { CampaignRulesEditor, CampaignRulesHeader } from './CampaignRulesEditor';
import { EMPTY_RULE, ruleRow, rulesInput, type RuleRow } from './rules';
import { CreateCampaignDocument, UpdateCampaignDocument } from './queries';
import './locale';
import '../visits/locale';
import { useFeedback } from '../../components/feedback';

const HOLIDAYS: readonly Holiday[] = ['SPRING_FESTIVAL', 'DOUBLE_NINTH'];

interface FormValues {
  name: string;
  occasion: VisitOccasion;
  holiday: Holiday | null;
  year: number;
  period: [Dayjs, Dayjs] | null;
  branchId: string | null;
  budgetId: string | null;
  rules: RuleRow[];
}

type Translate = ReturnType<typeof useI18n>['t'];

/** The API's fields on the form's: the period's two ends on the period, a rule's on the table. */
function formFields(t: Translate) {
  return (errors: UserErrorLike[]): UserErrorLike[] =>
    errors.map((error) => {
      const [name, index] = error.field;
      if (name === 'startsOn' || name === 'endsOn') return { ...error, field: ['period'] };
      if (name === 'rules' && index !== undefined && /^\d+$/.test(index)) {
        const row = t('campaigns.rule.row', { n: Number(index) + 1 });
        return { ...error, field: ['rules'], message: `${row}：${error.message}` };
      }
      return error;
    });
}

/**
 * Plans a campaign, or changes its plan while it is a draft: name, occasion (and holiday), year,
 * period, scope, the budget line it pays from and the standard. The line's room is shown, and
 * against it the total the plan comes to over the current roster (computed by the server on
 * each save).
 */
export function CampaignFormModal({
  campaign,
  year: defaultYear,
  onClose,
}: {
  campaign?: CampaignDetailFragment;
  year: number;
  onClose: (saved?: { id: string }) => void;
}) {
  const { t } = useI18n();
  const { message } = useFeedback();
  const [form] = Form.useForm<FormValues>();
  const save = useSaveProblems(form, { separateStale: true, toFormFields: formFields(t) });
  const [create, creating] = useMutation(CreateCampaignDocument);
  const [update, updating] = useMutation(UpdateCampaignDocument);
  const occasion = Form.useWatch('occasion', form);
  const year = Form.useWatch('year', form) ?? campaign?.year ?? defaultYear;
  const budgetId = Form.useWatch('budgetId', form);
  const lines = useQuery(FundingLinesDocument, {
    variables: { filter: { year } },
    fetchPolicy: 'cache-first',
  });
  const line = lines.data?.budgets.nodes.find((l) => l.id === budgetId);

  const submit = async (values: FormValues) => {
    save.reset();
    const rules = rulesInput(values.rules);
    if (!rules || !values.period || !values.budgetId) return;
    const fields: Omit<CreateCampaignInput, 'budgetId'> & { budgetId: string } = {
      name: values.name.trim(),
      occasion: values.occasion,
      holiday: values.occasion === 'HOLIDAY' ? values.holiday : null,
      year: values.year,
      startsOn: values.period[0].format('YYYY-MM-DD'),
      endsOn: values.period[1].format('YYYY-MM-DD'),
      branchId: values.branchId ?? null,
      budgetId: values.budgetId,
      rules,
    };
    try {
      const payload = campaign
        ? (
            await update({
              variables: {
                input: {
                  id: campaign.id,
                  expectedVersion: campaign.version,
                  ...fields,
                  // An empty id takes the branch away: the whole county.
                  branchId: fields.branchId ?? '',
                },
              },
              refetchQueries: ['Campaign', 'Campaigns'],
            })
          ).data?.updateCampaign
        : (await create({ variables: { input: fields }, refetchQueries: ['Campaigns'] })).data
            ?.createCampaign;
      if (!payload || !save.show(payload.userErrors) || !payload.campaign) return;
      message.success(t('campaigns.saved', { name: payload.campaign.name }));
      onClose(payload.campaign);
    } catch (e: unknown) {
      save.fail(e);
    }
  };

  const room = line?.remainingFen;
  const missing = campaign && room !== undefined ? campaign.plannedTotalFen - room : 0;

  return (
    <FormModal
      title={t(campaign ? 'campaigns.form.edit' : 'campaigns.form.create')}
      width={960}
      form={form}
      saving={creating.loading || updating.loading}
      onClose={() => onClose()}
    >
      {save.stale && <Alert type="warning" showIcon title={save.stale} />}
      <FormProblems problems={save.problems} />
      <Form<FormValues>
        form={form}
        name="campaign"
        layout="vertical"
        requiredMark="optional"
        initialValues={
          campaign
            ? {
                name: campaign.name,
                occasion: campaign.occasion,
                holiday: campaign.holiday ?? null,
                year: campaign.year,
                period: [dayjs(campaign.startsOn), dayjs(campaign.endsOn)],
                branchId: campaign.branch?.id ?? null,
                budgetId: campaign.budget.id,
                rules: campaign.rules.map(ruleRow),
              }
            : {
                name: '',
                occasion: 'HOLIDAY',
                holiday: 'SPRING_FESTIVAL',
                year: defaultYear,
                period: null,
                branchId: null,
                budgetId: null,
                rules: [{ ...EMPTY_RULE }],
              }
        }
        onFinish={(values) => void submit(values)}
        disabled={creating.loading || updating.loading}
      >
        <Form.Item
          name="name"
          label={t('campaigns.field.name')}
          rules={[{ required: true, whitespace: true, message: t('campaigns.name.required') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <div
          style={{
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
            columnGap: 16,
          }}
        >
          <Form.Item
            name="occasion"
            label={t('campaigns.field.occasion')}
            rules={[{ required: true }]}
          >
            <Select
              options={OCCASIONS.map((o) => ({ value: o, label: t(`enum.VisitOccasion.${o}`) }))}
            />
          </Form.Item>
          {occasion === 'HOLIDAY' && (
            <Form.Item
              name="holiday"
              label={t('campaigns.field.holiday')}
              rules={[{ required: true, message: t('campaigns.holiday.required') }]}
            >
              <Select
                options={HOLIDAYS.map((h) => ({ value: h, label: t(`visits.holiday.${h}`) }))}
              />
            </Form.Item>
          )}
          <Form.Item name="year" label={t('campaigns.field.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="period"
            label={t('campaigns.field.period')}
            rules={[{ required: true, message: t('campaigns.period.required') }]}
          >
            <DatePicker.RangePicker style={{ width: '100%' }} />
          </Form.Item>
        </div>
        <Form.Item
          name="branchId"
          label={t('campaigns.field.branch')}
          extra={t('campaigns.field.branchHelp')}
        >
          <BranchTreeSelect valueLabel={campaign?.branch?.name} />
        </Form.Item>
        <Form.Item
          name="budgetId"
          label={t('campaigns.field.budget')}
          rules={[{ required: true, message: t('campaigns.budget.required') }]}
          extra={
            room !== undefined &&
            [
              t('campaigns.room', { remaining: formatFen(room) }),
              missing > 0 &&
                t('campaigns.roomShort', {
                  planned: formatFen(campaign!.plannedTotalFen),
                  missing: formatFen(missing),
                }),
            ]
              .filter(Boolean)
              .join('；')
          }
        >
          <BudgetLineSelect year={year} prefer="ASSISTANCE" />
        </Form.Item>
        <Form.Item
          label={t('campaigns.field.rules')}
          extra={t('campaigns.field.rulesHelp')}
          required
        >
          <CampaignRulesHeader />
          <CampaignRulesEditor />
        </Form.Item>
      </Form>
      <Alert
        type={missing > 0 ? 'warning' : 'info'}
        showIcon
        title={
          campaign
            ? t('campaigns.planned', {
                count: campaign.plannedMemberCount,
                amount: formatFen(campaign.plannedTotalFen),
              })
            : t('campaigns.plannedAfterSave')
        }
      />
    </FormModal>
  );
}
