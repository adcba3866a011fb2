import { Button, Checkbox, Divider, Flex, Popover } from 'antd';
import { SettingOutlined } from '@ant-design/icons';
import { useI18n } from '../../app/i18n';
import { COLUMN_KEYS, COLUMN_LABELS, FIXED_COLUMNS, type ColumnKey } from './roster-columns';
import './locale';

/** Shows or hides the roster's columns; the choice is remembered in this browser. */
export default function ColumnChooser({
  hidden,
  onChange,
}: {
  hidden: ReadonlySet<ColumnKey>;
  onChange: (hidden: ColumnKey[] | null) => void;
}) {
  const { t } = useI18n();
  const content = (
    <Flex vertical gap={6} style={{ minWidth: 160 }}>
      {COLUMN_KEYS.map((key) => (
        <Checkbox
          key={key}
          checked={!hidden.has(key)}
          disabled={FIXED_COLUMNS.includes(key)}
          onChange={(e) =>
            onChange(e.target.checked ? [...hidden].filter((k) => k !== key) : [...hidden, key])
          }
        >
          {t(COLUMN_LABELS[key])}
        </Checkbox>
      ))}
      <Divider style={{ margin: '4px 0' }} />
      <Button
        size="small"
        type="link"
        onClick={() => onChange(null)}
        style={{ alignSelf: 'start', padding: 0 }}
      >
        {t('roster.list.columnsReset')}
      </Button>
    </Flex>
  );
  return (
    <Popover
      content={content}
      trigger="click"
      placement="bottomRight"
      title={t('roster.list.columns')}
    >
      <Button icon={<SettingOutlined />}>{t('roster.list.columns')}</Button>
    </Popover>
  );
}
