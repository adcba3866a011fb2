import type { ReactNode } from 'react';
import { Alert, Button, Descriptions, Flex, Tag, Typography, type DescriptionsProps } from 'antd';
import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { useI18n } from '../../app/i18n';
import type { MemberDetailFragment } from '../../gql/graphql';
import type { PersonalData } from './personal-data';
import { RetirementTag } from './labels';
import { chinaDateTime } from '@wanxia/schema';
import './locale';

const COLUMNS: DescriptionsProps['column'] = { xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 };

const none = <Typography.Text type="secondary">—</Typography.Text>;

/** A value, or a quiet dash when there is none. */
function show(value: ReactNode | null | undefined): ReactNode {
  return value === null || value === undefined || value === '' ? none : value;
}

/** Text kept as the person typed it, line breaks included (care plans run to paragraphs). */
function prose(value: string | null | undefined): ReactNode {
  return value ? <span style={{ whiteSpace: 'pre-wrap' }}>{value}</span> : none;
}

/** The reveal control: for those allowed, with a note that each look is audited. */
function RevealControl({
  revealed,
  loading,
  onReveal,
  onHide,
}: {
  revealed: boolean;
  loading: boolean;
  onReveal: () => void;
  onHide: () => void;
}) {
  const { t } = useI18n();
  return revealed ? (
    <Flex gap={8} align="center" wrap>
      <Typography.Text type="warning">{t('roster.show.revealed')}</Typography.Text>
      <Button size="small" icon={<EyeInvisibleOutlined />} onClick={onHide}>
        {t('roster.show.hide')}
      </Button>
    </Flex>
  ) : (
    <Flex gap={8} align="center" wrap>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('roster.show.revealNote')}
      </Typography.Text>
      <Button size="small" icon={<EyeOutlined />} loading={loading} onClick={onReveal}>
        {t('roster.show.reveal')}
      </Button>
    </Flex>
  );
}

/**
 * The member's record in sections, as the form groups it. Personal fields show as the API
 * gives them (masked), or in full once revealed.
 */
export function MemberProfile({
  member,
  personal,
  canReveal,
  revealing,
  revealError,
  onReveal,
  onHide,
}: {
  member: MemberDetailFragment;
  personal: PersonalData | null;
  canReveal: boolean;
  revealing: boolean;
  revealError: string | null;
  onReveal: () => void;
  onHide: () => void;
}) {
  const { t } = useI18n();
  const pick = <K extends keyof PersonalData>(field: K) =>
    personal ? personal[field] : member[field];
  const mono = (value: string | null) =>
    value ? <span style={{ fontVariantNumeric: 'tabular-nums' }}>{value}</span> : none;

  const sections: {
    key: string;
    title: string;
    extra?: ReactNode;
    items: DescriptionsProps['items'];
  }[] = [
    {
      key: 'basic',
      title: t('roster.section.basic'),
      items: [
        { key: 'name', label: t('roster.field.name'), children: member.name },
        {
          key: 'gender',
          label: t('roster.field.gender'),
          children: t(`enum.Gender.${member.gender}`),
        },
        { key: 'ethnicity', label: t('roster.field.ethnicity'), children: member.ethnicity },
        { key: 'birthDate', label: t('roster.field.birthDate'), children: member.birthDate },
        { key: 'branch', label: t('roster.field.branch'), children: member.branch.name },
        {
          key: 'residence',
          label: t('roster.field.residence'),
          children: `${member.residencePlace}（${t(`enum.ResidenceKind.${member.residenceKind}`)}）`,
        },
        ...(member.deathDate
          ? [{ key: 'deathDate', label: t('roster.field.deathDate'), children: member.deathDate }]
          : []),
        ...(member.transferredOutOn
          ? [
              {
                key: 'transfer',
                label: t('roster.field.transferDestination'),
                children: t('roster.show.transferredOut', {
                  date: member.transferredOutOn,
                  destination: member.transferDestination ?? '—',
                }),
              },
            ]
          : []),
      ],
    },
    {
      key: 'identity',
      title: t('roster.section.identity'),
      extra: canReveal && (
        <RevealControl
          revealed={Boolean(personal)}
          loading={revealing}
          onReveal={onReveal}
          onHide={onHide}
        />
      ),
      items: [
        {
          key: 'idCardNumber',
          label: t('roster.field.idCardNumber'),
          children: mono(pick('idCardNumber')),
        },
        { key: 'phone', label: t('roster.field.phone'), children: mono(pick('phone')) },
        { key: 'address', label: t('roster.field.address'), children: show(pick('address')) },
        {
          key: 'emergencyContact',
          label: t('roster.field.emergencyContactName'),
          children: member.emergencyContactName
            ? `${member.emergencyContactName}${member.emergencyContactRelation ? `（${member.emergencyContactRelation}）` : ''}`
            : none,
        },
        {
          key: 'emergencyContactPhone',
          label: t('roster.field.emergencyContactPhone'),
          children: mono(pick('emergencyContactPhone')),
        },
      ],
    },
    {
      key: 'retirement',
      title: t('roster.section.retirement'),
      items: [
        {
          key: 'retirementType',
          label: t('roster.field.retirementType'),
          children: <RetirementTag type={member.retirementType} />,
        },
        {
          key: 'retirementDate',
          label: t('roster.field.retirementDate'),
          children: show(member.retirementDate),
        },
        {
          key: 'workStartDate',
          label: t('roster.field.workStartDate'),
          children: show(member.workStartDate),
        },
        {
          key: 'formerUnit',
          label: t('roster.field.formerUnit'),
          children: show(member.formerUnit),
        },
        {
          key: 'formerPosition',
          label: t('roster.field.formerPosition'),
          children: show(member.formerPosition),
        },
        { key: 'rank', label: t('roster.field.rank'), children: show(member.rank) },
      ],
    },
    {
      key: 'party',
      title: t('roster.section.party'),
      items: [
        {
          key: 'partyMember',
          label: t('roster.field.partyMember'),
          children: member.partyMember ? t('common.yes') : t('roster.show.notPartyMember'),
        },
        {
          key: 'partyJoinDate',
          label: t('roster.field.partyJoinDate'),
          children: show(member.partyJoinDate),
        },
        {
          key: 'fullMembershipDate',
          label: t('roster.field.fullMembershipDate'),
          children: member.partyMember
            ? (member.fullMembershipDate ?? t('roster.show.fullMembershipUnknown'))
            : none,
        },
        {
          key: 'partyYears',
          label: t('roster.field.partyYears'),
          children:
            member.partyYears === null
              ? none
              : t(
                  member.partyStandingEstimated
                    ? 'roster.value.partyYearsEstimated'
                    : 'roster.value.partyYears',
                  { n: member.partyYears, from: member.partyStandingFrom ?? '' },
                ),
        },
      ],
    },
    {
      key: 'health',
      title: t('roster.section.health'),
      items: [
        {
          key: 'healthStatus',
          label: t('roster.field.healthStatus'),
          children: member.healthStatus ? t(`enum.HealthStatus.${member.healthStatus}`) : none,
        },
        {
          key: 'livingSituation',
          label: t('roster.field.livingSituation'),
          children: member.livingSituation
            ? t(`enum.LivingSituation.${member.livingSituation}`)
            : none,
        },
        {
          key: 'spouseName',
          label: t('roster.field.spouseName'),
          children: show(member.spouseName),
        },
        {
          key: 'healthNotes',
          label: t('roster.field.healthNotes'),
          span: 'filled',
          children: prose(pick('healthNotes')),
        },
      ],
    },
    {
      key: 'care',
      title: t('roster.section.care'),
      items: [
        {
          key: 'carePlan',
          label: t('roster.field.carePlan'),
          span: 'filled',
          children: member.carePlan ? (
            prose(member.carePlan)
          ) : (
            <Typography.Text type="secondary">{t('roster.show.noCarePlan')}</Typography.Text>
          ),
        },
        {
          key: 'contactLeader',
          label: t('roster.field.contactLeader'),
          children: show(member.contactLeader),
        },
        {
          key: 'tags',
          label: t('roster.field.tags'),
          span: 'filled',
          children: member.tags.length
            ? member.tags.map((tag) => (
                <Tag key={tag} color="orange">
                  {tag}
                </Tag>
              ))
            : none,
        },
        {
          key: 'createdAt',
          label: t('roster.field.createdAt'),
          children: chinaDateTime(member.createdAt),
        },
        {
          key: 'updatedAt',
          label: t('roster.field.updatedAt'),
          children: chinaDateTime(member.updatedAt),
        },
      ],
    },
  ];

  return (
    <Flex vertical gap={24}>
      {revealError && (
        <Alert
          type="error"
          showIcon
          title={t('roster.show.revealFailed', { message: revealError })}
        />
      )}
      {sections.map((section) => (
        <Descriptions
          key={section.key}
          title={section.title}
          extra={section.extra}
          items={section.items}
          column={COLUMNS}
          bordered
          size="small"
          styles={{ label: { width: 132, whiteSpace: 'nowrap' } }}
        />
      ))}
    </Flex>
  );
}
