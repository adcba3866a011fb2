import { useRef, type ReactNode } from 'react';
import {
  AutoComplete,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Switch,
  type FormInstance,
  type FormItemProps,
  type FormRule,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../../app/i18n';
import { BranchTreeSelect } from '../../components/BranchTreeSelect';
import { chinaToday, idCardBirthDate, idCardGender } from '@wanxia/schema';
import type { MessageKey } from '../../locales';
import {
  GENDERS,
  HEALTH_STATUSES,
  LIVING_SITUATIONS,
  RESIDENCE_KINDS,
  RETIREMENT_TYPES,
} from './labels';
import type { FormField, MemberFormValues } from './member-form';
import {
  birthDateProblem,
  effectiveBirthDate,
  genderProblem,
  idCardRuleProblem,
  lifeDateProblem,
  nameProblem,
  NAME_MAX,
  partyJoinDateProblem,
  fullMembershipDateProblem,
  phoneProblem,
  validIdCard,
  type Problem,
} from './member-rules';
import type { PersonalField } from './personal-data';
import './locale';

/** Cities members commonly move to (condolence trips go there too); any other may be typed. */
const CITIES = ['长沙市', '益阳市', '株洲市', '湘潭市', '常德市', '娄底市', '广州市', '深圳市'];
const ETHNICITIES = ['汉族', '土家族', '苗族', '瑶族', '侗族', '回族', '白族', '壮族', '满族'];

type Getter = <K extends FormField>(field: K) => MemberFormValues[K];

/** Dates travel as `YYYY-MM-DD` strings; the date picker works with dayjs. */
const DATE_ITEM: Pick<FormItemProps, 'getValueProps' | 'normalize'> = {
  getValueProps: (value?: string) => ({ value: value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : undefined),
};

export interface MemberFormProps {
  form: FormInstance<MemberFormValues>;
  mode: 'create' | 'edit';
  initialValues: MemberFormValues;
  townships: readonly string[];
  /** Edit only: whether the personal fields were filled from the full personal data. */
  personalKnown?: boolean;
  /** Edit only: the masked values, shown in the hint of an empty personal field. */
  masked?: Partial<Record<PersonalField, string | null>>;
  /** Edit only: the branch, which changes by transfer, not here. */
  branchName?: string;
  submitting: boolean;
  onSubmit: (values: MemberFormValues) => void;
  onCancel: () => void;
  /** Alerts above the form: problems from the server, a stale version. */
  notices?: ReactNode;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card size="small" title={title} styles={{ body: { paddingBottom: 0 } }}>
      <Row gutter={24}>{children}</Row>
    </Card>
  );
}

/** One field in the grid: three to a row on a wide screen, two on a laptop, one on a phone. */
function Cell({ wide, children }: { wide?: boolean; children: ReactNode }) {
  return wide ? (
    <Col span={24}>{children}</Col>
  ) : (
    <Col xs={24} md={12} xl={8}>
      {children}
    </Col>
  );
}

/**
 * The member form shared by create and edit, in the sections of the paper ledger. It checks
 * what the server checks, and fills the birth date and gender from the ID number.
 */
export function MemberForm({
  form,
  mode,
  initialValues,
  townships,
  personalKnown = true,
  masked = {},
  branchName,
  submitting,
  onSubmit,
  onCancel,
  notices,
}: MemberFormProps) {
  const { t } = useI18n();
  const today = chinaToday();
  /** Fields this form filled from the ID number (and may refill), not typed by the person. */
  const derived = useRef(new Set<'birthDate' | 'gender'>());
  const residenceKind = Form.useWatch('residenceKind', form) ?? initialValues.residenceKind;
  const partyMember = Form.useWatch('partyMember', form) ?? initialValues.partyMember;

  const message = (problem: Problem | null) => problem && t(problem.key, problem.values);
  /** A rule from one of the shared checks; `problem` may look at the other fields. */
  const check =
    <K extends FormField>(
      _field: K,
      problem: (value: MemberFormValues[K], get: Getter) => Problem | null,
    ): FormRule =>
    ({ getFieldValue }) => ({
      validator: async (_rule, value: MemberFormValues[K]) => {
        const text = message(problem(value, getFieldValue as Getter));
        if (text) throw new Error(text);
      },
    });
  const required = (label: MessageKey, choice = false): FormRule => ({
    required: true,
    whitespace: true,
    message: t(choice ? 'roster.form.requiredChoice' : 'roster.form.required', { label: t(label) }),
  });
  const birth = (get: Getter) => effectiveBirthDate(get('birthDate'), get('idCardNumber'));
  const personalHint = (field: PersonalField) =>
    !personalKnown && masked[field]
      ? t('roster.form.keepHint', { masked: masked[field] ?? '' })
      : undefined;
  const futureDisabled = (date: Dayjs) => date.format('YYYY-MM-DD') > today;

  const onValuesChange = (changed: Partial<MemberFormValues>, all: MemberFormValues) => {
    if ('birthDate' in changed) derived.current.delete('birthDate');
    if ('gender' in changed) derived.current.delete('gender');
    if ('idCardNumber' in changed) {
      const valid = validIdCard(changed.idCardNumber);
      if (!valid) return;
      // Filled when empty, and refilled while they still hold what this form put there.
      if (!all.birthDate || derived.current.has('birthDate')) {
        form.setFieldValue('birthDate', idCardBirthDate(valid));
        derived.current.add('birthDate');
      }
      if (!all.gender || derived.current.has('gender')) {
        form.setFieldValue('gender', idCardGender(valid));
        derived.current.add('gender');
      }
      void form
        .validateFields(['birthDate', 'gender'], { recursive: false })
        .catch(() => undefined);
    }
    if ('residenceKind' in changed) {
      const place = all.residencePlace;
      const fits =
        changed.residenceKind === 'TOWNSHIP'
          ? townships.includes(place ?? '')
          : !townships.includes(place ?? '');
      if (!fits) form.setFieldValue('residencePlace', undefined);
    }
  };

  return (
    <Form<MemberFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      // The whole store, not just the fields on screen: a hidden joining date still counts.
      onFinish={() => onSubmit(form.getFieldsValue(true) as MemberFormValues)}
      onValuesChange={onValuesChange}
      scrollToFirstError={{ block: 'center' }}
      disabled={submitting}
    >
      <Flex vertical gap={16}>
        {notices}

        <Section title={t('roster.section.basic')}>
          <Cell>
            <Form.Item
              name="name"
              label={t('roster.field.name')}
              rules={[required('roster.field.name'), check('name', nameProblem)]}
            >
              <Input maxLength={NAME_MAX + 10} autoComplete="off" />
            </Form.Item>
          </Cell>
          <Cell>
            <Form.Item
              name="gender"
              label={t('roster.field.gender')}
              dependencies={['idCardNumber']}
              extra={mode === 'create' ? t('roster.form.derivedHint') : undefined}
              rules={[check('gender', (v, get) => genderProblem(v, get('idCardNumber')))]}
            >
              <Radio.Group
                options={GENDERS.map((g) => ({ value: g, label: t(`enum.Gender.${g}`) }))}
              />
            </Form.Item>
          </Cell>
          <Cell>
            <Form.Item
              name="birthDate"
              label={t('roster.field.birthDate')}
              dependencies={['idCardNumber']}
              extra={mode === 'create' ? t('roster.form.derivedHint') : undefined}
              rules={[
                check('birthDate', (v, get) => birthDateProblem(v, get('idCardNumber'), today)),
              ]}
              {...DATE_ITEM}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={futureDisabled} />
            </Form.Item>
          </Cell>
          <Cell>
            <Form.Item name="ethnicity" label={t('roster.field.ethnicity')}>
              <AutoComplete
                options={ETHNICITIES.map((value) => ({ value }))}
                placeholder={t('roster.form.ethnicityPlaceholder')}
                maxLength={20}
              />
            </Form.Item>
          </Cell>
          <Cell>
            {mode === 'create' ? (
              <Form.Item
                name="branchId"
                label={t('roster.field.branch')}
                rules={[required('roster.field.branch', true)]}
              >
                <BranchTreeSelect
                  branchesOnly
                  allowClear={false}
                  placeholder={t('roster.form.branchPlaceholder')}
                />
              </Form.Item>
            ) : (
              <Form.Item
                label={t('roster.field.branch')}
                extra={t('roster.form.branchFixed')}
                htmlFor="member-branch"
              >
                <Input id="member-branch" value={branchName} readOnly variant="filled" />
              </Form.Item>
            )}
          </Cell>
        </Section>

        <Section title={t('roster.section.identity')}>
          <Cell>
            <Form.Item
              name="idCardNumber"
              label={t('roster.field.idCardNumber')}
              extra={personalHint('idCardNumber')}
              normalize={(value?: string) => value?.replace(/\s+/g, '').toUpperCase()}
              validateDebounce={300}
              rules={[
                ...(personalKnown ? [required('roster.field.idCardNumber')] : []),
                check('idCardNumber', idCardRuleProblem),
              ]}
            >
              <Input
                maxLength={18}
                autoComplete="off"
                inputMode="text"
                style={{ fontVariantNumeric: 'tabular-nums' }}
              />
            </Form.Item>
          </Cell>
          <Cell>
            <Form.Item
              name="phone"
              label={t('roster.field.phone')}
              extra={personalHint('phone')}
              rules={[check('phone', phoneProblem)]}
            >
              <Input maxLength={20} autoComplete="off" inputMode="tel" />
            </Form.Item>
          </Cell>
          <Cell>
            <Form.Item
              name="address"
              label={t('roster.field.address')}
              extra={personalHint('address')}
            >
              <Input maxLength={200} autoComplete="off" />
            </Form.Item>
          </Cell>
          <Cell>
            <Form.Item name="emergencyContactName" label={t('roster.field.emergencyContactName')}>
              <Input maxLength={50} autoComplete="off" />
            </Form.Item>
          </Cell>
          <Cell>
            <Form.Item
              name="emergencyContactRelation"
              label={t('roster.field.emergencyContactRelation')}
            >
              <Input maxLength={20} autoComplete="off" />
            </Form.Item>
          </Cell>
          <Cell>
            <Form.Item
              name="emergencyContactPhone"
              label={t('roster.field.emergencyContactPhone')}
              extra={personalHint('emergencyContactPhone')}
              rules={[check('emergencyContactPhone', phoneProblem)]}
            >
              <Input maxLength={20} autoComplete="off" inputMode="tel" />
            </Form.Item>
          </Cell>
        </Section>

        <Section title={t('roster.section.retirement')}>
          <Cell>
            <Form.Item
              name="retirementType"
              label={t('roster.field.retirementType')}
              rules={[required('roster.field.retirementType', true)]}
            >
              <Radio.Group
                optionType="button"
                options={RETIREMENT_TYPES.map((r) => ({
                  value: r,
                  label: t(`enum.RetirementType.${r}`),
                }))}
              />
            </Form.Item>
          </Cell>
          <Cell>
            <Form.Item
              name="retirementDate"
              label={t('roster.field.retirementDate')}
              dependencies={['birthDate', 'idCardNumber']}
              rules={[check('retirementDate', (v, get) => lifeDateProblem(v, birth(get), today))]}
              {...DATE_ITEM}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={futureDisabled} />
            </Form.Item>
          </Cell>
          <Cell>
            <Form.Item
              name="workStartDate"
              label={t('roster.field.workStartDate')}
              dependencies={['birthDate', 'idCardNumber']}
              rules={[check('workStartDate', (v, get) => lifeDateProblem(v, birth(get), today))]}
              {...DATE_ITEM}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={futureDisabled} />
            </Form.Item>
          </Cell>
          <Cell>
            <Form.Item name="formerUnit" label={t('roster.field.formerUnit')}>
              <Input maxLength={100} />
            </Form.Item>
          </Cell>
          <Cell>
            <Form.Item name="formerPosition" label={t('roster.field.formerPosition')}>
              <Input maxLength={100} />
            </Form.Item>
          </Cell>
          <Cell>
            <Form.Item name="rank" label={t('roster.field.rank')}>
              <Input maxLength={50} placeholder="正科级" />
            </Form.Item>
          </Cell>
        </Section>

        <Section title={t('roster.section.party')}>
          <Cell>
            <Form.Item
              name="partyMember"
              label={t('roster.field.partyMember')}
              valuePropName="checked"
            >
              <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
            </Form.Item>
          </Cell>
          {partyMember && (
            <Cell>
              <Form.Item
                name="partyJoinDate"
                label={t('roster.field.partyJoinDate')}
                dependencies={['birthDate', 'idCardNumber']}
                rules={[
                  check('partyJoinDate', (v, get) => partyJoinDateProblem(v, birth(get), today)),
                ]}
                {...DATE_ITEM}
              >
                <DatePicker style={{ width: '100%' }} disabledDate={futureDisabled} />
              </Form.Item>
            </Cell>
          )}
          {partyMember && (
            <Cell>
              <Form.Item
                name="fullMembershipDate"
                label={t('roster.field.fullMembershipDate')}
                extra={t('roster.form.fullMembershipHelp')}
                dependencies={['partyJoinDate']}
                rules={[
                  check('fullMembershipDate', (v, get) =>
                    fullMembershipDateProblem(v, get('partyJoinDate'), today),
                  ),
                ]}
                {...DATE_ITEM}
              >
                <DatePicker style={{ width: '100%' }} disabledDate={futureDisabled} />
              </Form.Item>
            </Cell>
          )}
        </Section>

        <Section title={t('roster.section.health')}>
          <Cell>
            <Form.Item name="healthStatus" label={t('roster.field.healthStatus')}>
              <Select
                allowClear
                options={HEALTH_STATUSES.map((h) => ({
                  value: h,
                  label: t(`enum.HealthStatus.${h}`),
                }))}
              />
            </Form.Item>
          </Cell>
          <Cell>
            <Form.Item name="livingSituation" label={t('roster.field.livingSituation')}>
              <Select
                allowClear
                options={LIVING_SITUATIONS.map((l) => ({
                  value: l,
                  label: t(`enum.LivingSituation.${l}`),
                }))}
              />
            </Form.Item>
          </Cell>
          <Cell>
            <Form.Item name="spouseName" label={t('roster.field.spouseName')}>
              <Input maxLength={50} />
            </Form.Item>
          </Cell>
          <Cell>
            <Form.Item
              name="residenceKind"
              label={t('roster.field.residenceKind')}
              rules={[required('roster.field.residenceKind', true)]}
            >
              <Radio.Group
                optionType="button"
                options={RESIDENCE_KINDS.map((r) => ({
                  value: r,
                  label: t(`enum.ResidenceKind.${r}`),
                }))}
              />
            </Form.Item>
          </Cell>
          <Cell>
            {residenceKind === 'TOWNSHIP' ? (
              <Form.Item
                name="residencePlace"
                label={t('roster.field.township')}
                rules={[
                  required('roster.field.township', true),
                  check('residencePlace', (v) =>
                    v && townships.length && !townships.includes(v)
                      ? { key: 'roster.form.townshipInvalid' }
                      : null,
                  ),
                ]}
              >
                <Select
                  showSearch
                  placeholder={t('roster.form.townshipPlaceholder')}
                  options={townships.map((value) => ({ value, label: value }))}
                />
              </Form.Item>
            ) : (
              <Form.Item
                name="residencePlace"
                label={t('roster.field.city')}
                rules={[required('roster.field.city')]}
              >
                <AutoComplete
                  options={CITIES.map((value) => ({ value }))}
                  placeholder={t('roster.form.cityPlaceholder')}
                  maxLength={50}
                />
              </Form.Item>
            )}
          </Cell>
          <Cell wide>
            <Form.Item
              name="healthNotes"
              label={t('roster.field.healthNotes')}
              extra={personalHint('healthNotes')}
            >
              <Input.TextArea rows={2} maxLength={2000} showCount style={{ resize: 'vertical' }} />
            </Form.Item>
          </Cell>
        </Section>

        <Section title={t('roster.section.care')}>
          <Cell wide>
            <Form.Item name="carePlan" label={t('roster.field.carePlan')}>
              <Input.TextArea
                rows={4}
                style={{ resize: 'vertical' }}
                maxLength={5000}
                showCount
                placeholder={t('roster.form.carePlanPlaceholder')}
              />
            </Form.Item>
          </Cell>
          <Cell>
            <Form.Item name="contactLeader" label={t('roster.field.contactLeader')}>
              <Input maxLength={50} placeholder={t('roster.form.contactLeaderPlaceholder')} />
            </Form.Item>
          </Cell>
          <Col xs={24} xl={16}>
            <Form.Item name="tags" label={t('roster.field.tags')}>
              <Select
                mode="tags"
                maxCount={20}
                tokenSeparators={[',', '，', '、']}
                placeholder={t('roster.form.tagsPlaceholder')}
                suffixIcon={null}
              />
            </Form.Item>
          </Col>
        </Section>

        <Card size="small" style={{ position: 'sticky', bottom: 0, zIndex: 3 }}>
          <Flex gap={8} justify="end">
            <Button onClick={onCancel} disabled={false}>
              {t('roster.form.cancel')}
            </Button>
            <Button type="primary" htmlType="submit" loading={submitting}>
              {t('roster.form.save')}
            </Button>
          </Flex>
        </Card>
      </Flex>
    </Form>
  );
}
