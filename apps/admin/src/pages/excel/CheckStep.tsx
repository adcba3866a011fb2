import { Alert, Button, Col, Flex, Row, Statistic, Table, Tabs, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useI18n } from '../../app/i18n';
import { errorMessage } from '../../components/server-message';
import {
  type FieldChange,
  type ImportProblem,
  type ImportReport,
  type Locale,
  messageForCode,
} from '@wanxia/schema';
import './locale';

/** The columns a new member's row shows in the preview (of those the file has). */
const CREATE_COLUMNS = ['身份证号', '性别', '出生日期', '所在支部', '离退休类型', '居住地'];

interface Props {
  report: ImportReport;
  onAgain: () => void;
  onCommit: () => void;
  committing: boolean;
  /** Saves the file back with its problems marked, to correct in Excel. */
  onDownloadProblems: () => void;
  downloading: boolean;
  /** Why the server refused the file, if it did. */
  refusal: unknown;
}

const CJK = /[\u3400-\u9fff]/;

/**
 * A problem in the reader's language. The import's messages say more than their code (which
 * rule, which row), written “中文 (English)”: the reader's half, else the code's message.
 */
export function problemMessage(problem: ImportProblem, locale: Locale): string {
  const { message } = problem;
  for (let at = message.indexOf(' ('); at > 0; at = message.indexOf(' (', at + 1)) {
    const english = message.slice(at + 2);
    if (english.endsWith(')') && !CJK.test(english)) {
      return locale === 'zh-CN' ? message.slice(0, at) : english.slice(0, -1);
    }
  }
  return messageForCode(problem, locale);
}

function Change({ change }: { change: FieldChange }) {
  const { t } = useI18n();
  return (
    <Flex gap={6} align="baseline" wrap>
      <Tag style={{ marginInlineEnd: 0 }}>{change.column}</Tag>
      {change.before && (
        <Typography.Text type="secondary" delete>
          {change.before}
        </Typography.Text>
      )}
      <span aria-hidden>→</span>
      <Typography.Text mark>{change.after || t('excel.check.cleared')}</Typography.Text>
    </Flex>
  );
}

/** Step 2: every problem by row and column; or what the import would create and change. */
export function CheckStep({
  report,
  onAgain,
  onCommit,
  committing,
  onDownloadProblems,
  downloading,
  refusal,
}: Props) {
  const { t, locale } = useI18n();
  const { counts, problems, preview } = report;
  const writes = counts.create + counts.update;
  const rowColumn = { title: t('excel.check.row'), dataIndex: 'row', width: 72 };
  const nameColumn = { title: t('excel.check.name'), dataIndex: 'name', width: 110 };

  return (
    <Flex vertical gap={16}>
      <Row gutter={[16, 16]}>
        {(
          [
            ['excel.check.rows', report.rows, undefined],
            ['excel.check.create', counts.create, undefined],
            ['excel.check.update', counts.update, undefined],
            ['excel.check.unchanged', counts.unchanged, undefined],
            ['excel.check.invalid', report.invalidRows, report.invalidRows ? '#a8071a' : undefined],
          ] as const
        ).map(([key, value, color]) => (
          <Col key={key} xs={12} sm={8} md={4}>
            <Statistic
              title={t(key)}
              value={value}
              styles={color ? { content: { color } } : undefined}
            />
          </Col>
        ))}
      </Row>

      {report.ignoredColumns.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={t('excel.check.ignored', { columns: report.ignoredColumns.join('、') })}
        />
      )}
      {refusal != null && (
        <Alert type="error" showIcon role="alert" title={errorMessage(refusal, locale)} />
      )}

      {problems.length > 0 ? (
        <>
          <Alert
            type="error"
            showIcon
            title={t('excel.check.problems', {
              count: problems.length,
              rows: report.invalidRows,
            })}
            action={
              <Button
                icon={<DownloadOutlined aria-hidden />}
                loading={downloading}
                onClick={onDownloadProblems}
              >
                {t('excel.check.download')}
              </Button>
            }
          />
          <Table<ImportProblem>
            rowKey={(p) => `${p.row}:${p.field}:${p.code}`}
            size="small"
            dataSource={problems}
            scroll={{ x: 'max-content' }}
            pagination={{
              pageSize: 20,
              showSizeChanger: false,
              showQuickJumper: problems.length > 100,
              showTotal: (total) => t('common.total', { total }),
            }}
            columns={[
              rowColumn,
              { title: t('excel.check.column'), dataIndex: 'column', width: 120 },
              {
                ...nameColumn,
                render: (name: string | null) => name ?? '',
              },
              {
                title: t('excel.check.value'),
                dataIndex: 'value',
                width: 180,
                render: (value: string) =>
                  value ? (
                    <Typography.Text code>{value}</Typography.Text>
                  ) : (
                    <Typography.Text type="secondary">{t('excel.check.empty')}</Typography.Text>
                  ),
              },
              {
                title: t('excel.check.problem'),
                key: 'message',
                render: (_, problem) => problemMessage(problem, locale),
              },
            ]}
          />
        </>
      ) : (
        <>
          <Alert
            type={writes ? 'success' : 'info'}
            showIcon
            title={writes ? t('excel.check.passed', counts) : t('excel.check.nothing')}
          />
          <Tabs
            items={[
              {
                key: 'create',
                label: `${t('excel.check.create')} (${counts.create})`,
                children: (
                  <Table
                    rowKey="row"
                    size="small"
                    dataSource={preview.create}
                    pagination={false}
                    scroll={{ x: 'max-content', y: 420 }}
                    columns={[
                      rowColumn,
                      nameColumn,
                      ...CREATE_COLUMNS.map((column) => ({
                        title: column,
                        key: column,
                        render: (_: unknown, r: ImportReport['preview']['create'][number]) =>
                          r.values[column] ?? '',
                      })),
                    ]}
                  />
                ),
              },
              {
                key: 'update',
                label: `${t('excel.check.update')} (${counts.update})`,
                children: (
                  <Table
                    rowKey="row"
                    size="small"
                    dataSource={preview.update}
                    pagination={false}
                    scroll={{ y: 420 }}
                    columns={[
                      rowColumn,
                      nameColumn,
                      {
                        title: t('excel.check.changes'),
                        key: 'changes',
                        render: (_, r) => (
                          <Flex vertical gap={4}>
                            {r.changes.map((c) => (
                              <Change key={c.field} change={c} />
                            ))}
                          </Flex>
                        ),
                      },
                    ]}
                  />
                ),
              },
              {
                key: 'unchanged',
                label: `${t('excel.check.unchanged')} (${counts.unchanged})`,
                children: (
                  <Table
                    rowKey="row"
                    size="small"
                    dataSource={preview.unchanged}
                    pagination={false}
                    scroll={{ y: 420 }}
                    columns={[rowColumn, nameColumn]}
                  />
                ),
              },
            ]}
          />
          <Typography.Text type="secondary">{t('excel.check.firstRows')}</Typography.Text>
        </>
      )}

      <Flex justify="flex-end" gap={8}>
        <Button onClick={onAgain}>{t('excel.check.again')}</Button>
        {problems.length === 0 && (
          <Button type="primary" disabled={!writes} loading={committing} onClick={onCommit}>
            {t('excel.check.commit')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}
