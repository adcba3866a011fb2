import { Link } from 'react-router';
import { Button, Flex, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { DisbursementRowFragment } from '../../gql/graphql';
import type { MessageKey } from '../../locales';
import { StatusTag } from './labels';
import { chinaDateTime, formatFen } from '@wanxia/schema';
import './locale';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export interface RowActions {
  approve: (row: DisbursementRowFragment) => void;
  /** Whether this person may approve the draft (not their own: offered disabled, saying why). */
  mayApprove: (row: DisbursementRowFragment) => boolean;
  pay: (row: DisbursementRowFragment) => void;
  void: (row: DisbursementRowFragment) => void;
}

const secondary = { fontSize: 12 } as const;

/**
 * Who did each step, oldest first: 登记 → 批准 → 支付 (→ 作废), one line each; when, in the
 * line's tooltip.
 */
function Trail({ row, t }: { row: DisbursementRowFragment; t: Translate }) {
  const steps = [
    { key: 'funding.trail.created', by: row.createdBy, at: row.createdAt },
    { key: 'funding.trail.approved', by: row.approvedBy, at: row.approvedAt },
    { key: 'funding.trail.paid', by: row.paidBy, at: row.paidAt },
    { key: 'funding.trail.voided', by: row.voidedBy, at: row.voidedAt },
  ] as const;
  return (
    <Flex vertical gap={0}>
      {steps
        .filter((step) => step.by && step.at)
        .map((step) => (
          <Typography.Text
            key={step.key}
            type="secondary"
            style={secondary}
            title={chinaDateTime(step.at!)}
          >
            {t(step.key, { by: step.by! })}
          </Typography.Text>
        ))}
    </Flex>
  );
}

/** The payee, linked to the member's page when it is a member. */
function Payee({ row, t }: { row: DisbursementRowFragment; t: Translate }) {
  return (
    <Flex vertical gap={0}>
      {row.member ? (
        <Link to={`/roster/${encodeURIComponent(row.member.id)}`}>{row.payeeName}</Link>
      ) : (
        <span>{row.payeeName}</span>
      )}
      <Typography.Text type="secondary" style={secondary}>
        {t(`enum.PayeeKind.${row.payeeKind}`)}
      </Typography.Text>
    </Flex>
  );
}

/**
 * The columns of the payments list. With `actions` (those who manage the money), each row offers
 * what its state allows: 批准 a draft (not one's own), 支付 an approved one, 作废 any not yet void.
 */
export function disbursementColumns(
  t: Translate,
  actions: RowActions | null,
): TableColumnsType<DisbursementRowFragment> {
  return [
    { key: 'date', title: t('funding.field.date'), dataIndex: 'date', width: 100 },
    {
      key: 'purpose',
      title: t('funding.field.purpose'),
      render: (_, row) => (
        <Flex vertical gap={0}>
          <span>{row.purpose}</span>
          {row.visit && (
            <Typography.Text type="secondary" style={secondary}>
              {t('funding.list.onVisit', {
                date: row.visit.visitedOn,
                occasion: t(`enum.VisitOccasion.${row.visit.occasion}`),
              })}
            </Typography.Text>
          )}
          {row.note && (
            <Typography.Text type="secondary" style={secondary}>
              {row.note}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'payee',
      title: t('funding.field.payee'),
      width: 130,
      render: (_, row) => <Payee row={row} t={t} />,
    },
    {
      key: 'line',
      title: t('funding.field.line'),
      width: 150,
      render: (_, row) =>
        row.budget ? (
          <Flex vertical gap={0}>
            <span>{row.budget.name}</span>
            <Typography.Text type="secondary" style={secondary}>
              {t('funding.yearOption', { year: row.budget.year })}
            </Typography.Text>
          </Flex>
        ) : (
          '—'
        ),
    },
    {
      key: 'amount',
      title: t('funding.field.amount'),
      width: 116,
      align: 'right',
      render: (_, row) => (
        <span
          style={{
            whiteSpace: 'nowrap',
            textDecoration: row.status === 'VOID' ? 'line-through' : undefined,
          }}
        >
          {formatFen(row.amountFen)}
        </span>
      ),
    },
    {
      key: 'status',
      title: t('funding.field.status'),
      width: 84,
      render: (_, row) =>
        row.status === 'VOID' && row.voidReason ? (
          <Flex vertical gap={2} align="start">
            <StatusTag status={row.status} />
            <Typography.Text type="secondary" style={secondary}>
              {row.voidReason}
            </Typography.Text>
          </Flex>
        ) : (
          <StatusTag status={row.status} />
        ),
    },
    {
      key: 'trail',
      title: t('funding.list.trail'),
      width: 160,
      render: (_, row) => <Trail row={row} t={t} />,
    },
    ...(actions
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            width: 110,
            fixed: 'right' as const,
            render: (_: unknown, row: DisbursementRowFragment) => (
              <Flex gap={0} wrap>
                {row.status === 'DRAFT' &&
                  (actions.mayApprove(row) ? (
                    <Button type="link" size="small" onClick={() => actions.approve(row)}>
                      {t('funding.action.approve')}
                    </Button>
                  ) : (
                    <Tooltip title={t('funding.action.approveOwn')}>
                      <Button type="link" size="small" disabled>
                        {t('funding.action.approve')}
                      </Button>
                    </Tooltip>
                  ))}
                {row.status === 'APPROVED' && (
                  <Button type="link" size="small" onClick={() => actions.pay(row)}>
                    {t('funding.action.pay')}
                  </Button>
                )}
                {row.status !== 'VOID' && (
                  <Tooltip title={t('funding.action.voidHelp')}>
                    <Button type="link" size="small" danger onClick={() => actions.void(row)}>
                      {t('funding.action.void')}
                    </Button>
                  </Tooltip>
                )}
              </Flex>
            ),
          },
        ]
      : []),
  ];
}
