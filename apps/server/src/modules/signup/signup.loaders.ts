import DataLoader from 'dataloader';
import { grouped, type LoaderScope } from '../../kernel/context';
import {
  signedUpMembersOfActivities,
  signupsByKeys,
  windowsOfActivities,
  windowsOfCourses,
} from './signup.repository';
import type { Signup, SignupWindow } from './signup.types';

export type SignupLoaders = ReturnType<typeof signupLoaders>;

declare module '../../kernel/context' {
  interface Loaders extends SignupLoaders {}
}

const byTarget = <T>(keys: readonly number[], rows: T[], keyOf: (row: T) => number | null) => {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
};

export function signupLoaders({ db, reach }: LoaderScope) {
  return {
    /** Each activity's sign-up window (of activities already in reach). */
    signupWindowOfActivity: new DataLoader<number, SignupWindow | null>(async (keys) =>
      byTarget(keys, await windowsOfActivities(db, keys), (w) => w.activityId),
    ),
    /** Each course's sign-up window. */
    signupWindowOfCourse: new DataLoader<number, SignupWindow | null>(async (keys) =>
      byTarget(keys, await windowsOfCourses(db, keys), (w) => w.courseId),
    ),
    /** Activity sign-ups of members in reach, by id. */
    activitySignup: new DataLoader<number, Signup | null>(async (keys) =>
      byTarget(keys, await signupsByKeys(db, reach, keys), (s) => s.key),
    ),
    /** Each activity's members holding a place (of members in reach), by name. */
    signedUpMembersOfActivity: new DataLoader<number, number[]>(async (keys) =>
      grouped(keys, await signedUpMembersOfActivities(db, reach, keys), (r) => r.activityId).map(
        (rows) => rows.map((r) => r.memberId),
      ),
    ),
  };
}
