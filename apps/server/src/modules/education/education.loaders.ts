import DataLoader from 'dataloader';
import { byKey, grouped, type LoaderScope } from '../../kernel/context';
import { authorsOfWorks, worksByKeys, worksOfMembers } from './work.repository';
import { pointsOfMembers } from './learning-points.repository';
import {
  lecturesByKeys,
  ordersByKeys,
  ordersOfActivities,
  ratingsOfOrders,
} from './lecture.repository';
import type { Lecture, LectureOrder, LectureRatingSummary } from './lecture.types';
import type { Work } from './work.types';
import type { LearningPointsMonth } from './learning-points.types';

export type EducationLoaders = ReturnType<typeof educationLoaders>;

declare module '../../kernel/context' {
  interface Loaders extends EducationLoaders {}
}

export function educationLoaders({ db, reach }: LoaderScope) {
  const pointsByYear = new Map<number, DataLoader<number, LearningPointsMonth[]>>();
  return {
    lecture: new DataLoader<number, Lecture | null>(async (keys) =>
      byKey(keys, await lecturesByKeys(db, reach, keys)),
    ),
    lectureOrder: new DataLoader<number, LectureOrder | null>(async (keys) =>
      byKey(keys, await ordersByKeys(db, reach, keys)),
    ),
    /** The lecture order an activity holds (of activities already in reach). */
    lectureOrderOfActivity: new DataLoader<number, LectureOrder | null>(async (keys) => {
      const orders = await ordersOfActivities(db, keys);
      return keys.map((k) => orders.find((o) => o.activityId === k) ?? null);
    }),
    lectureRatings: new DataLoader<number, LectureRatingSummary>(async (keys) => {
      const rows = await ratingsOfOrders(db, keys);
      return keys.map((k) => rows.find((r) => r.orderKey === k) ?? { count: 0, average: null });
    }),
    work: new DataLoader<number, Work | null>(async (keys) =>
      byKey(keys, await worksByKeys(db, reach, keys)),
    ),
    /** Each work's authors' member keys, in order (of works already in reach). */
    authorsOfWork: new DataLoader<number, number[]>(async (keys) =>
      grouped(keys, await authorsOfWorks(db, keys), (a) => a.workId).map((authors) =>
        authors.map((a) => a.memberId),
      ),
    ),
    /** Each member's works in reach, latest first. */
    worksOfMember: new DataLoader<number, Work[]>(async (keys) =>
      grouped(keys, await worksOfMembers(db, reach, keys), (w) => w.memberKey).map((rows) =>
        rows.map((r) => r.work),
      ),
    ),
    /** Each member's learning points of a year, by month. */
    learningPointsOfMember(year: number): DataLoader<number, LearningPointsMonth[]> {
      let loader = pointsByYear.get(year);
      if (!loader) {
        loader = new DataLoader<number, LearningPointsMonth[]>(async (keys) =>
          grouped(keys, await pointsOfMembers(db, reach, year, keys), (p) => Number(p.memberKey)),
        );
        pointsByYear.set(year, loader);
      }
      return loader;
    },
  };
}
