import { useState } from 'react';
import { Empty, Flex, Rate, Spin, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { FormModal } from '../../components/FormModal';
import { FormProblems } from '../../components/FormProblems';
import { PageState } from '../../components/PageState';
import { errorMessage, localizeUserErrors } from '../../components/server-message';
import type { LectureOrderRowFragment } from '../../gql/graphql';
import { presentRaters, ratingsInput, ratingText, type Rater } from './education-view';
import { LectureRatersDocument, RateLectureDocument } from './queries';
import './locale';
import { useFeedback } from '../../components/feedback';

/**
 * 评分: the participants present at a held lecture, each rated 1 to 5; the scores given are saved
 * in one request, each replacing the one kept. A score is not shown back (the API keeps only
 * the average), so everyone starts unrated.
 */
export function RatingModal({
  order,
  onClose,
}: {
  order: LectureOrderRowFragment;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const { message } = useFeedback();
  const activityId = order.activity!.id;
  const raters = useQuery(LectureRatersDocument, { variables: { id: activityId } });
  const [rate] = useMutation(RateLectureDocument);
  const [scores, setScores] = useState<Record<string, number>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const node = raters.data?.node;
  const present: Rater[] = node?.__typename === 'Activity' ? presentRaters(node.participants) : [];

  const save = async () => {
    const ratings = ratingsInput(present, scores);
    if (ratings.length === 0) {
      setProblems([t('education.rating.none')]);
      return;
    }
    setProblems([]);
    setSaving(true);
    try {
      const res = await rate({ variables: { input: { orderId: order.id, ratings } } });
      const errors = localizeUserErrors(res.data!.rateLecture.userErrors, locale);
      if (errors.length) {
        // A problem of one rating names the member it is about.
        const named = (field: readonly string[]) =>
          field[0] === 'ratings'
            ? present.find((p) => p.memberId === ratings[Number(field[1])]?.memberId)?.name
            : undefined;
        setProblems(
          errors.map((e) => {
            const name = named(e.field);
            return name ? `${name}：${e.message}` : e.message;
          }),
        );
        return;
      }
      // The order comes back with its new average, which the list shows from the cache.
      void message.success(t('education.rating.saved', { count: ratings.length }));
      onClose();
    } catch (error) {
      setProblems([errorMessage(error, locale)]);
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormModal
      title={t('education.rating.title', { topic: order.lecture.topic })}
      width={520}
      saving={saving}
      onOk={() => void save()}
      onClose={onClose}
    >
      <FormProblems problems={problems} />
      <Typography.Text type="secondary">
        {order.rating.average == null
          ? t('education.rating.hint')
          : `${t('education.rating.current', {
              average: ratingText(order.rating.average),
              count: order.rating.count,
            })} ${t('education.rating.hint')}`}
      </Typography.Text>
      {raters.error && !raters.data ? (
        <PageState error={raters.error} onRetry={() => void raters.refetch()} />
      ) : raters.loading && !raters.data ? (
        <Spin />
      ) : present.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('education.rating.nobody')} />
      ) : (
        <Flex vertical gap={4} role="list" aria-label={t('education.rating.list')}>
          {present.map((p) => (
            <Flex
              key={p.memberId}
              role="listitem"
              justify="space-between"
              align="center"
              wrap
              gap={8}
              style={{ minHeight: 44 }}
            >
              <span>{p.name}</span>
              <Rate
                aria-label={t('education.rating.member', { name: p.name })}
                value={scores[p.memberId] ?? 0}
                onChange={(score) => setScores((s) => ({ ...s, [p.memberId]: score }))}
              />
            </Flex>
          ))}
        </Flex>
      )}
    </FormModal>
  );
}
