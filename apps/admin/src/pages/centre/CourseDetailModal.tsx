import { useState } from 'react';
import { Button, Checkbox, Flex, List, Modal, Select, Tag, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useI18n } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { PageState } from '../../components/PageState';
import { localizeUserErrors } from '../../components/server-message';
import { useCompact } from '../../components/useCompact';
import { useDebouncedCallback } from '../../components/useDebouncedCallback';
import { timeRange } from '../party-life/party-life-view';
import {
  CourseDetailDocument,
  CourseMemberSearchDocument,
  EnrolInCourseDocument,
  RecordCourseAttendanceDocument,
  WithdrawFromCourseDocument,
} from './queries';
import './locale';
import { useFeedback } from '../../components/feedback';

/**
 * A course's enrolment (the enrolled, then the waiting list in order) and its sessions' attendance:
 * enrol a member (over capacity they wait), withdraw one (the first waiting moves up), record who
 * came to a session held.
 */
export function CourseDetailModal({
  courseId,
  onClose,
  onChanged,
}: {
  courseId: string;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t, locale } = useI18n();
  const { message } = useFeedback();
  const compact = useCompact();
  const { access } = useViewer();
  const [search, setSearch] = useState('');
  const [recording, setRecording] = useState<{ id: string; present: string[] } | null>(null);
  const detail = useQuery(CourseDetailDocument, {
    variables: { id: courseId },
    fetchPolicy: 'cache-and-network',
  });
  const found = useQuery(CourseMemberSearchDocument, {
    variables: { search },
    skip: !search,
  });
  const [enrol] = useMutation(EnrolInCourseDocument);
  const [withdraw] = useMutation(WithdrawFromCourseDocument);
  const [record] = useMutation(RecordCourseAttendanceDocument);
  const debounced = useDebouncedCallback((value: string) => setSearch(value.trim()), 300);

  const node = detail.data?.node;
  const course = node && 'enrolments' in node ? node : null;
  const refused = (
    errors: readonly { code: string; message: string; field: readonly string[] }[],
  ) => {
    const localized = localizeUserErrors(errors, locale);
    if (localized.length) void message.error(localized[0].message);
    return localized.length > 0;
  };
  const changed = () => {
    void detail.refetch();
    onChanged();
  };

  const add = async (memberId: string, name: string) => {
    const res = await enrol({ variables: { input: { courseId, memberId } } });
    const payload = res.data!.enrolInCourse;
    if (refused(payload.userErrors)) return;
    const e = payload.enrolment!;
    void message.success(
      e.status === 'WAITING'
        ? t('centre.enrolment.waitingNow', { name, position: e.waitingPosition ?? 0 })
        : t('centre.enrolment.enrolledNow', { name }),
    );
    changed();
  };
  const remove = async (memberId: string) => {
    const res = await withdraw({ variables: { input: { courseId, memberId } } });
    if (!refused(res.data!.withdrawFromCourse.userErrors)) changed();
  };
  const saveAttendance = async () => {
    if (!recording) return;
    const res = await record({
      variables: { input: { sessionId: recording.id, presentMemberIds: recording.present } },
    });
    if (refused(res.data!.recordCourseAttendance.userErrors)) return;
    setRecording(null);
    changed();
  };

  const enrolled = course?.enrolments.filter((e) => e.status === 'ENROLLED') ?? [];
  const waiting = course?.enrolments.filter((e) => e.status === 'WAITING') ?? [];
  const now = new Date().toISOString();
  const held = (course?.sessions ?? []).filter((s) => s.startsAt <= now).reverse();

  return (
    <Modal
      open
      title={course ? `${course.name}（${course.term}）` : t('centre.enrolment.title')}
      width={compact ? '100vw' : 720}
      rootClassName={compact ? 'wx-modal-fullscreen' : undefined}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
    >
      {detail.error && !course ? (
        <PageState error={detail.error} onRetry={() => void detail.refetch()} />
      ) : (
        <Flex vertical gap={16}>
          {course && (
            <Typography.Text>
              {t('centre.course.placesLine', {
                enrolled: course.enrolledCount,
                capacity: course.capacity,
              })}
              {course.waitingCount
                ? ` · ${t('centre.course.waitingLine', { waiting: course.waitingCount })}`
                : ''}
            </Typography.Text>
          )}
          {access.canWriteMembers && (
            <Select<string>
              showSearch={{ filterOption: false, onSearch: debounced.call }}
              aria-label={t('centre.enrolment.member')}
              placeholder={t('centre.enrolment.member')}
              style={{ width: '100%' }}
              value={undefined}
              loading={found.loading}
              options={(found.data?.members.nodes ?? []).map((m) => ({
                value: m.id,
                label: `${m.name}（${m.branch?.name ?? ''}）`,
              }))}
              onChange={(id) => {
                const m = found.data?.members.nodes.find((n) => n.id === id);
                if (m) void add(m.id, m.name);
              }}
            />
          )}
          <section aria-label={t('centre.enrolment.enrolled')}>
            <Typography.Title level={5}>
              {t('centre.enrolment.enrolled')} ({enrolled.length})
            </Typography.Title>
            <List
              size="small"
              dataSource={enrolled}
              locale={{ emptyText: t('centre.enrolment.none') }}
              renderItem={(e) => (
                <List.Item
                  actions={
                    access.canWriteMembers && e.member
                      ? [
                          <Button key="w" size="small" onClick={() => void remove(e.member!.id)}>
                            {t('centre.enrolment.withdraw')}
                          </Button>,
                        ]
                      : []
                  }
                >
                  {e.member?.name}
                </List.Item>
              )}
            />
          </section>
          <section aria-label={t('centre.enrolment.waiting')}>
            <Typography.Title level={5}>
              {t('centre.enrolment.waiting')} ({waiting.length})
            </Typography.Title>
            <List
              size="small"
              dataSource={waiting}
              locale={{ emptyText: t('centre.enrolment.none') }}
              renderItem={(e) => (
                <List.Item
                  actions={
                    access.canWriteMembers && e.member
                      ? [
                          <Button key="w" size="small" onClick={() => void remove(e.member!.id)}>
                            {t('centre.enrolment.withdraw')}
                          </Button>,
                        ]
                      : []
                  }
                >
                  <Flex gap={8} align="center">
                    {e.member?.name}
                    <Tag>
                      {t('centre.enrolment.position', { position: e.waitingPosition ?? 0 })}
                    </Tag>
                  </Flex>
                </List.Item>
              )}
            />
          </section>
          <section aria-label={t('centre.sessions')}>
            <Typography.Title level={5}>{t('centre.sessions')}</Typography.Title>
            <List
              size="small"
              dataSource={held}
              renderItem={(s) => (
                <List.Item
                  actions={
                    access.canAdmin && s.status === 'BOOKED'
                      ? [
                          <Button
                            key="r"
                            size="small"
                            onClick={() =>
                              setRecording({
                                id: s.id,
                                present: s.attendance
                                  .filter((a) => a.present && a.member)
                                  .map((a) => a.member!.id),
                              })
                            }
                          >
                            {t('centre.session.record')}
                          </Button>,
                        ]
                      : []
                  }
                >
                  <Flex vertical>
                    <span>{timeRange(s.startsAt, s.endsAt)}</span>
                    <Typography.Text type="secondary">
                      {s.status === 'CANCELLED'
                        ? t('centre.session.cancelled')
                        : t('centre.session.present', {
                            present: s.attendance.filter((a) => a.present).length,
                            total: s.attendance.length,
                          })}
                    </Typography.Text>
                  </Flex>
                </List.Item>
              )}
            />
          </section>
        </Flex>
      )}
      {recording && (
        <Modal
          open
          title={t('centre.session.record')}
          okText={t('common.save')}
          cancelText={t('common.cancel')}
          onOk={() => void saveAttendance()}
          onCancel={() => setRecording(null)}
          destroyOnHidden
        >
          <Checkbox.Group
            value={recording.present}
            onChange={(present) => setRecording({ ...recording, present: present as string[] })}
            options={enrolled
              .filter((e) => e.member)
              .map((e) => ({ value: e.member!.id, label: e.member!.name }))}
          />
        </Modal>
      )}
    </Modal>
  );
}
