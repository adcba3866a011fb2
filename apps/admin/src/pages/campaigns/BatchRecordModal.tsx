import { useState } from 'react';
import { Alert, DatePicker, Flex, Form, Input, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import dayjs, { type Dayjs } from 'dayjs';
import { chinaToday, formatFen, formatYuan, sumFen } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { errorMessage, localizeUserErrors } from '../../components/server-message';
import type { CampaignEntryRowFragment, RecordCampaignVisitsInput } from '../../gql/graphql';
import { YuanInput, useYuanRules } from '../funding/YuanInput';
import {
  batchRowInput,
  differsFromStandard,
  newBatchKey,
  refusalsByRow,
  rowAmountFen,
  sendBatch,
  standardRow,
  type BatchRowValues,
} from './batch';
import { RecordCampaignVisitsDocument } from './queries';
import './locale';
import '../visits/locale';
import { useFeedback } from '../../components/feedback';

interface FormValues {
  visitedOn: Dayjs;
  visitors: string;
  rows: BatchRowValues[];
}

/**
 * Records the ticked members' visits in one batch: the day, the visitors (the group's, unless
 * changed) and per member the gift and sum of the standard, editable with a reason. The batch
 * key is made when the form opens; a send that met a dropped connection goes again with the same
 * key, so the server records the batch once. A refused row is named on its row; then nothing was
 * written.
 */
export function BatchRecordModal({
  campaignId,
  entries,
  visitors,
  onClose,
}: {
  campaignId: string;
  entries: readonly CampaignEntryRowFragment[];
  /** The group's leader and visitors, to start from. */
  visitors: string;
  onClose: (recorded: boolean) => void;
}) {
  const { t, locale } = useI18n();
  const { message } = useFeedback();
  const [form] = Form.useForm<FormValues>();
  const [key] = useState(newBatchKey);
  const [record] = useMutation(RecordCampaignVisitsDocument);
  const [sending, setSending] = useState(false);
  const [retrying, setRetrying] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [rowProblems, setRowProblems] = useState<Map<number, string[]>>(new Map());
  const rows = Form.useWatch('rows', form);
  const amountRules = useYuanRules(false, 0);
  const today = chinaToday();
  const total = sumFen(
    entries.map((entry, i) => (rows?.[i] ? (rowAmountFen(entry, rows[i]) ?? 0) : entry.amountFen)),
  );

  const submit = async (values: FormValues) => {
    setProblems([]);
    setRowProblems(new Map());
    const input: RecordCampaignVisitsInput = {
      campaignId,
      idempotencyKey: key,
      visitedOn: values.visitedOn.format('YYYY-MM-DD'),
      visitors: values.visitors.trim() || null,
      rows: entries.map((entry, i) => batchRowInput(entry, values.rows[i])),
    };
    setSending(true);
    try {
      const { data } = await sendBatch(
        () => record({ variables: { input }, refetchQueries: ['Campaign', 'Campaigns'] }),
        { onRetry: () => setRetrying(true) },
      );
      const result = data?.recordCampaignVisits;
      if (!result) return;
      if (result.userErrors.length) {
        const { byRow, other } = refusalsByRow(localizeUserErrors(result.userErrors, locale));
        setRowProblems(new Map([...byRow].map(([i, errors]) => [i, errors.map((e) => e.message)])));
        setProblems([
          t('campaigns.record.refused'),
          ...[...byRow].map(([i, errors]) =>
            t('campaigns.record.rowProblem', {
              name: entries[i]?.member.name ?? `#${i + 1}`,
              message: errors.map((e) => e.message).join('；'),
            }),
          ),
          ...other.map((e) => e.message),
        ]);
        return;
      }
      const figures = { count: result.visitCount, amount: formatFen(result.paidFen) };
      if (result.replayed) message.info(t('campaigns.record.replayed', figures));
      else message.success(t('campaigns.record.saved', figures));
      onClose(true);
    } catch (e: unknown) {
      // Still the same key: sending again (OK) cannot record the batch twice.
      setProblems([errorMessage(e, locale)]);
    } finally {
      setSending(false);
      setRetrying(false);
    }
  };

  return (
    <FormModal
      title={t('campaigns.record.formTitle', { count: entries.length })}
      width={860}
      form={form}
      okText={t('campaigns.record.submit', { count: entries.length })}
      saving={sending}
      onClose={() => onClose(false)}
    >
      {retrying && <Alert type="warning" showIcon title={t('campaigns.record.retrying')} />}
      <FormProblems problems={problems} />
      <Form<FormValues>
        form={form}
        name="campaignBatch"
        layout="vertical"
        requiredMark="optional"
        disabled={sending}
        initialValues={{ visitedOn: dayjs(today), visitors, rows: entries.map(standardRow) }}
        onFinish={(values) => void submit(values)}
      >
        <Flex gap={16} wrap>
          <Form.Item
            name="visitedOn"
            label={t('campaigns.record.visitedOn')}
            rules={[{ required: true, message: t('visits.record.visitedOnRequired') }]}
            style={{ flex: '1 1 180px' }}
          >
            <DatePicker
              style={{ width: '100%' }}
              allowClear={false}
              disabledDate={(date) => date.format('YYYY-MM-DD') > today}
            />
          </Form.Item>
          <Form.Item
            name="visitors"
            label={t('campaigns.record.visitors')}
            extra={t('campaigns.record.visitorsHelp')}
            style={{ flex: '3 1 260px' }}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Flex>
        <Typography.Text strong>{t('campaigns.record.rows')}</Typography.Text>
        <ol
          aria-label={t('campaigns.record.rows')}
          style={{ listStyle: 'none', padding: 0, margin: '8px 0 0' }}
        >
          {entries.map((entry, i) => {
            const differs = rows?.[i] ? differsFromStandard(entry, rows[i]) : false;
            const refused = rowProblems.get(i);
            return (
              <li
                key={entry.id}
                aria-label={entry.member.name}
                style={{
                  borderTop: '1px solid #f0f0f0',
                  padding: '8px 0',
                  background: refused ? '#fff2f0' : undefined,
                }}
              >
                <Flex gap={8} wrap align="baseline">
                  <Typography.Text strong style={{ minWidth: 72 }}>
                    {entry.member.name}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {t('campaigns.record.standard', {
                      gift: entry.gift ?? '—',
                      amount: formatFen(entry.amountFen),
                    })}
                  </Typography.Text>
                </Flex>
                {refused && (
                  <Typography.Text type="danger" role="alert">
                    {refused.join('；')}
                  </Typography.Text>
                )}
                <Flex gap={8} wrap style={{ marginTop: 4 }}>
                  <Form.Item
                    name={['rows', i, 'amountYuan']}
                    rules={amountRules}
                    style={{ flex: '1 1 120px', marginBottom: 0 }}
                  >
                    <YuanInput
                      aria-label={`${t('campaigns.entries.col.amount')}（${entry.member.name}）`}
                      placeholder={formatYuan(entry.amountFen)}
                    />
                  </Form.Item>
                  <Form.Item
                    name={['rows', i, 'gift']}
                    style={{ flex: '2 1 160px', marginBottom: 0 }}
                  >
                    <Input
                      aria-label={`${t('campaigns.entries.col.gift')}（${entry.member.name}）`}
                      maxLength={200}
                    />
                  </Form.Item>
                  {differs && (
                    <Form.Item
                      name={['rows', i, 'reason']}
                      rules={[
                        {
                          required: true,
                          whitespace: true,
                          message: t('campaigns.record.reason.required'),
                        },
                      ]}
                      style={{ flex: '3 1 200px', marginBottom: 0 }}
                    >
                      <Input
                        aria-label={`${t('campaigns.record.reason')}（${entry.member.name}）`}
                        placeholder={t('campaigns.record.reason')}
                        maxLength={200}
                      />
                    </Form.Item>
                  )}
                </Flex>
              </li>
            );
          })}
        </ol>
        <Typography.Text strong>
          {t('campaigns.record.total', { count: entries.length, amount: formatFen(total) })}
        </Typography.Text>
      </Form>
    </FormModal>
  );
}
