import { useState } from 'react';
import { Button, DatePicker, Flex, Switch, Tabs, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useI18n } from '../../app/i18n';
import { useUrlState, type UrlCodec } from '../../components/useUrlState';
import { readMonth, thisMonth } from './month-param';
import { DecadeBirthdayList, MedalList, PoliticalBirthdayList } from './MemberLists';
import { noPrint } from './PrintableList';
import { PageTitle } from '../../components/PageTitle';
import './locale';

const LISTS = ['decade', 'political', 'medal'] as const;
type ListKind = (typeof LISTS)[number];

interface ListsView {
  list: ListKind;
  month: string;
}

const listsCodec: UrlCodec<ListsView> = {
  parse: (params) => {
    const list = params.get('list');
    return {
      list: LISTS.find((l) => l === list) ?? 'decade',
      month: readMonth(params.get('month'), thisMonth()),
    };
  },
  format: ({ list, month }) => {
    const params = new URLSearchParams();
    if (list !== 'decade') params.set('list', list);
    if (month !== thisMonth()) params.set('month', month);
    return params;
  },
};

/**
 * 名单打印: the lists the bureau prints each month (decade birthdays, political birthdays) and
 * each year (the 50-year medal), on screen and, with the print button, on A4 paper.
 */
export default function ListsPage() {
  const { t } = useI18n();
  const [view, setView] = useUrlState(listsCodec);
  const [signature, setSignature] = useState(false);
  const thisYear = Number(thisMonth().slice(0, 4));

  return (
    <Flex vertical gap={16}>
      <PageTitle
        title={t('coverage.lists.title')}
        lead={t('coverage.lists.lead')}
        className={noPrint}
      />
      <Flex className={noPrint} justify="space-between" align="center" wrap gap={12}>
        <Tabs
          activeKey={view.list}
          onChange={(key) => setView((current) => ({ ...current, list: key as ListKind }))}
          items={LISTS.map((key) => ({ key, label: t(`coverage.lists.${key}.tab`) }))}
          style={{ marginBottom: -16 }}
        />
        <Flex align="center" gap={12} wrap>
          {view.list === 'medal' ? (
            <Typography.Text type="secondary">
              {t('coverage.lists.medal.yearNote', { year: thisYear })}
            </Typography.Text>
          ) : (
            <DatePicker
              picker="month"
              aria-label={t('coverage.lists.month')}
              value={dayjs(`${view.month}-01`)}
              allowClear={false}
              onChange={(date) =>
                date && setView((current) => ({ ...current, month: date.format('YYYY-MM') }))
              }
              format={t('coverage.lists.monthFormat')}
            />
          )}
          <Flex align="center" gap={6}>
            <Switch
              id="signature-column"
              size="small"
              checked={signature}
              onChange={setSignature}
            />
            <label htmlFor="signature-column">{t('coverage.lists.signature')}</label>
          </Flex>
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('coverage.lists.print')}
          </Button>
        </Flex>
      </Flex>
      {view.list === 'decade' && <DecadeBirthdayList month={view.month} signature={signature} />}
      {view.list === 'political' && (
        <PoliticalBirthdayList month={view.month} signature={signature} />
      )}
      {view.list === 'medal' && <MedalList year={thisYear} signature={signature} />}
    </Flex>
  );
}
