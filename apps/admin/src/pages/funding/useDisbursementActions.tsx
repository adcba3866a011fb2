import { useMutation } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { errorMessage, localizeUserErrors } from '../../components/server-message';
import type { UserErrorLike } from '../../components/user-errors';
import type { DisbursementRowFragment } from '../../gql/graphql';
import { forgetFunding } from './funding-cache';
import { formatFen } from '@wanxia/schema';
import {
  ApproveDisbursementDocument,
  PayDisbursementDocument,
  VoidDisbursementDocument,
} from './queries';
import './locale';
import { useFeedback } from '../../components/feedback';

type Outcome = { userErrors: readonly UserErrorLike[] } | undefined;

/**
 * Approving, paying and voiding a payment, each asked for first; the version the row was read at
 * goes with it, so a payment changed meanwhile is refused (STALE), not overwritten. The server's
 * refusals (不能批准自己创建的支出, 预算余额不足…) are shown as messages. Each returns whether it
 * went through.
 */
export function useDisbursementActions(onChanged: () => void) {
  const { t, locale } = useI18n();
  const { message, modal } = useFeedback();
  const [approve] = useMutation(ApproveDisbursementDocument);
  const [pay] = useMutation(PayDisbursementDocument);
  const [voidDisbursement] = useMutation(VoidDisbursementDocument);

  const settle = async (send: () => Promise<Outcome>, success: string): Promise<boolean> => {
    try {
      const outcome = await send();
      if (!outcome) return false;
      if (outcome.userErrors.length) {
        message.error(
          localizeUserErrors(outcome.userErrors, locale)
            .map((e) => e.message)
            .join('；'),
        );
        return false;
      }
      message.success(success);
      onChanged();
      return true;
    } catch (e: unknown) {
      message.error(errorMessage(e, locale));
      return false;
    }
  };
  const update = (row: DisbursementRowFragment) => ({
    update: (cache: Parameters<typeof forgetFunding>[0]) => forgetFunding(cache, row.member?.id),
  });
  const input = (row: DisbursementRowFragment) => ({ id: row.id, expectedVersion: row.version });
  const what = (row: DisbursementRowFragment) => ({
    payee: row.payeeName,
    amount: formatFen(row.amountFen),
  });

  const confirm = (
    title: string,
    content: string,
    okText: string,
    action: () => Promise<boolean>,
  ) =>
    modal.confirm({
      title,
      content,
      okText,
      cancelText: t('common.cancel'),
      // Failing keeps nothing open: the message says why.
      onOk: () => action().then(() => undefined),
    });

  return {
    approve: (row: DisbursementRowFragment) =>
      confirm(
        t('funding.action.approveTitle', what(row)),
        t('funding.action.approveBody', { line: row.budget?.name ?? '—' }),
        t('funding.action.approve'),
        () =>
          settle(
            async () =>
              (await approve({ variables: { input: input(row) }, ...update(row) })).data
                ?.approveDisbursement,
            t('funding.action.approved', what(row)),
          ),
      ),
    pay: (row: DisbursementRowFragment) =>
      confirm(
        t('funding.action.payTitle', what(row)),
        t('funding.action.payBody'),
        t('funding.action.pay'),
        () =>
          settle(
            async () =>
              (await pay({ variables: { input: input(row) }, ...update(row) })).data
                ?.payDisbursement,
            t('funding.action.paid', what(row)),
          ),
      ),
    /** Voids with the reason given in the void dialog. */
    void: (row: DisbursementRowFragment, reason: string) =>
      settle(
        async () =>
          (
            await voidDisbursement({
              variables: { input: { ...input(row), reason } },
              ...update(row),
            })
          ).data?.voidDisbursement,
        t('funding.action.voided', what(row)),
      ),
  };
}
