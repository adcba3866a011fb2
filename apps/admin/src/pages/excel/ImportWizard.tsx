import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Card, Flex, Result, Steps, Typography } from 'antd';
import { useI18n } from '../../app/i18n';
import { ChooseFileStep } from './ChooseFileStep';
import { CheckStep } from './CheckStep';
import { type ImportMode, type ImportReport } from '@wanxia/schema';
import { downloadProblemWorkbook, importRoster } from './import-api';
import './locale';
import { useFeedback } from '../../components/feedback';

/** Where the roster shows the members just written first. */
const RECENT_ROSTER = '/roster?sort=UPDATED_AT&dir=DESC';

/**
 * 批量导入: choose a filled-in template, see every problem (or what would change) from a dry
 * run, then import all rows at once and go to the roster.
 */
export default function ImportWizard() {
  const { t } = useI18n();
  const { modal, message } = useFeedback();
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<ImportReport | null>(null);
  const [done, setDone] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState<ImportMode | 'download' | null>(null);
  const [refusal, setRefusal] = useState<unknown>(null);

  const send = async (mode: ImportMode) => {
    if (!file) return;
    setBusy(mode);
    setRefusal(null);
    try {
      const report = await importRoster(file, mode);
      if (report.committed) setDone(report);
      else setChecked(report);
    } catch (e: unknown) {
      setRefusal(e);
    } finally {
      setBusy(null);
    }
  };
  const downloadProblems = async () => {
    if (!file) return;
    setBusy('download');
    setRefusal(null);
    try {
      const name = await downloadProblemWorkbook(file);
      void message.success(t('excel.check.downloaded', { name }));
    } catch (e: unknown) {
      setRefusal(e);
    } finally {
      setBusy(null);
    }
  };
  const restart = () => {
    setFile(null);
    setChecked(null);
    setDone(null);
    setRefusal(null);
  };
  const confirmCommit = (report: ImportReport) =>
    modal.confirm({
      title: t('excel.check.confirmTitle'),
      content: t('excel.check.confirmBody', report.counts),
      okText: t('excel.check.commit'),
      cancelText: t('common.cancel'),
      onOk: () => send('commit'),
    });

  const step = done ? 2 : checked ? 1 : 0;
  return (
    <Flex vertical gap={16}>
      <Flex vertical gap={4}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('excel.import.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('excel.import.lead')}</Typography.Text>
      </Flex>
      <Card>
        <Flex vertical gap={24}>
          <Steps
            current={step}
            items={[
              { title: t('excel.step.choose') },
              { title: t('excel.step.check') },
              { title: t('excel.step.done') },
            ]}
          />
          {done ? (
            <Result
              status="success"
              title={t('excel.done.title')}
              subTitle={t('excel.done.summary', done.counts)}
              extra={[
                <Button key="view" type="primary" onClick={() => navigate(RECENT_ROSTER)}>
                  {t('excel.done.view')}
                </Button>,
                <Button key="more" onClick={restart}>
                  {t('excel.done.more')}
                </Button>,
              ]}
            />
          ) : checked ? (
            <CheckStep
              report={checked}
              onAgain={restart}
              onCommit={() => confirmCommit(checked)}
              committing={busy === 'commit'}
              onDownloadProblems={() => void downloadProblems()}
              downloading={busy === 'download'}
              refusal={refusal}
            />
          ) : (
            <ChooseFileStep
              file={file}
              onFile={(chosen) => {
                setFile(chosen);
                setRefusal(null);
              }}
              onCheck={() => void send('dry-run')}
              checking={busy === 'dry-run'}
              refusal={refusal}
            />
          )}
        </Flex>
      </Card>
    </Flex>
  );
}
