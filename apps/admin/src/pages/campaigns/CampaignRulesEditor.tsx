import { Button, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import { ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { enumValues } from '@wanxia/schema';
import { useI18n } from '../../app/i18n';
import { useCompact } from '../../components/useCompact';
import { YuanInput, useYuanRules } from '../funding/YuanInput';
import { EMPTY_RULE } from './rules';
import './locale';

const RETIREMENT_TYPES = enumValues('RetirementType');

/**
 * 发放标准 as an editable table, one line per rule: 退休类别 / 年龄 ≥ / 标签 → 礼品, 金额 (yuan,
 * turned into fen on saving). The first line a member matches decides, so lines can move up.
 * On a phone each line stacks its fields.
 */
export function CampaignRulesEditor() {
  const { t } = useI18n();
  const compact = useCompact();
  const amountRules = useYuanRules(false, 0);
  const cell = { flex: compact ? '1 1 100%' : '1 1 0', minWidth: 0, marginBottom: 0 };
  return (
    <Form.List
      name="rules"
      rules={[
        {
          validator: async (_, rows: unknown[] | undefined) => {
            if (!rows?.length) throw new Error(t('campaigns.rules.required'));
          },
        },
      ]}
    >
      {(fields, { add, remove, move }, { errors }) => (
        <Flex vertical gap={8} role="group" aria-label={t('campaigns.field.rules')}>
          {fields.map((field, index) => {
            const n = index + 1;
            const label = (key: Parameters<typeof t>[0]) =>
              `${t(key)}（${t('campaigns.rule.row', { n })}）`;
            return (
              <Flex
                key={field.key}
                gap={8}
                wrap={compact}
                align="flex-start"
                style={
                  compact ? { borderBottom: '1px solid #f0f0f0', paddingBottom: 8 } : undefined
                }
              >
                <Typography.Text type="secondary" style={{ width: 48, lineHeight: '32px' }}>
                  {t('campaigns.rule.row', { n })}
                </Typography.Text>
                <Form.Item name={[field.name, 'retirementType']} style={cell}>
                  <Select
                    aria-label={label('campaigns.rule.retirementType')}
                    placeholder={t('campaigns.rule.any')}
                    allowClear
                    options={RETIREMENT_TYPES.map((value) => ({
                      value,
                      label: t(`enum.RetirementType.${value}`),
                    }))}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'minAge']} style={cell}>
                  <InputNumber
                    aria-label={label('campaigns.rule.minAge')}
                    placeholder={t('campaigns.rule.any')}
                    min={0}
                    max={130}
                    precision={0}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'tag']} style={cell}>
                  <Input
                    aria-label={label('campaigns.rule.tag')}
                    placeholder={t('campaigns.rule.any')}
                    maxLength={50}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'gift']}
                  style={{ ...cell, flexGrow: 2 }}
                  rules={[
                    {
                      required: true,
                      whitespace: true,
                      message: t('campaigns.rule.gift.required'),
                    },
                  ]}
                >
                  <Input aria-label={label('campaigns.rule.gift')} maxLength={200} />
                </Form.Item>
                <Form.Item name={[field.name, 'amountYuan']} style={cell} rules={amountRules}>
                  <YuanInput aria-label={label('campaigns.rule.amount')} placeholder="0.00" />
                </Form.Item>
                <Flex gap={4}>
                  <Button
                    icon={<ArrowUpOutlined />}
                    aria-label={t('campaigns.rule.moveUp', { n })}
                    disabled={index === 0}
                    onClick={() => move(index, index - 1)}
                  />
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('campaigns.rule.remove', { n })}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              </Flex>
            );
          })}
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ ...EMPTY_RULE })}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('campaigns.rule.add')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

/** The table's column heads, above the lines on a desktop. */
export function CampaignRulesHeader() {
  const { t } = useI18n();
  const compact = useCompact();
  if (compact) return null;
  const head = { flex: '1 1 0', minWidth: 0 };
  return (
    <Flex gap={8} aria-hidden style={{ color: 'rgba(0,0,0,0.65)', fontSize: 13 }}>
      <span style={{ width: 48 }} />
      <span style={head}>{t('campaigns.rule.retirementType')}</span>
      <span style={head}>{t('campaigns.rule.minAge')}</span>
      <span style={head}>{t('campaigns.rule.tag')}</span>
      <span style={{ ...head, flexGrow: 2 }}>→ {t('campaigns.rule.gift')}</span>
      <span style={head}>{t('campaigns.rule.amount')}</span>
      <span style={{ width: 68 }} />
    </Flex>
  );
}
