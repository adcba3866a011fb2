import { Button, Flex, Form, Input, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useI18n } from '../../app/i18n';
import { AWARD_LEVELS } from './associations-view';
import './locale';
import '../education/locale';

/**
 * The awards won at an activity, a list inside a form (`awards`): each its name, level and who
 * won it; a refusal of the whole list shows under it.
 */
export function AwardsFields() {
  const { t } = useI18n();
  return (
    <section aria-label={t('associations.field.awardsWon')}>
      <Typography.Title level={5}>{t('associations.field.awardsWon')}</Typography.Title>
      <Form.List name="awards">
        {(fields, { add, remove }, { errors }) => (
          <Flex vertical gap={8}>
            {fields.length === 0 && (
              <Typography.Text type="secondary">{t('associations.awards.none')}</Typography.Text>
            )}
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="start" wrap>
                <Form.Item
                  name={[field.name, 'award']}
                  label={t('associations.award.name')}
                  rules={[
                    {
                      required: true,
                      whitespace: true,
                      message: t('associations.award.nameRequired'),
                    },
                  ]}
                  style={{ flex: '1 1 200px', marginBottom: 0 }}
                >
                  <Input
                    maxLength={200}
                    aria-label={t('associations.award.nameOf', { n: index + 1 })}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'level']}
                  label={t('associations.award.level')}
                  rules={[{ required: true, message: t('associations.award.levelRequired') }]}
                  style={{ width: 120, marginBottom: 0 }}
                >
                  <Select
                    aria-label={t('associations.award.levelOf', { n: index + 1 })}
                    options={AWARD_LEVELS.map((level) => ({
                      value: level,
                      label: t(`education.level.${level}`),
                    }))}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'recipient']}
                  label={t('associations.award.recipient')}
                  style={{ flex: '1 1 140px', marginBottom: 0 }}
                >
                  <Input
                    maxLength={200}
                    aria-label={t('associations.award.recipientOf', { n: index + 1 })}
                  />
                </Form.Item>
                <Button
                  aria-label={t('associations.award.remove', { n: index + 1 })}
                  icon={<DeleteOutlined />}
                  onClick={() => remove(field.name)}
                  style={{ marginTop: 30 }}
                />
              </Flex>
            ))}
            <Form.ErrorList errors={errors} />
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ award: '', level: 'COUNTY', recipient: '' })}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('associations.award.add')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </section>
  );
}
