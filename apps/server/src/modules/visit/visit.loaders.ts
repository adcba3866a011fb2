import DataLoader from 'dataloader';
import { byKey, type LoaderScope } from '../../kernel/context';
import {
  lifeEventsByKeys,
  visitTasksByKeys,
  visitsByKeys,
  visitsByTaskKeys,
} from './visit.repository';
import type { LifeEvent, Visit, VisitTask } from './visit.types';

export type VisitLoaders = ReturnType<typeof visitLoaders>;

declare module '../../kernel/context' {
  interface Loaders extends VisitLoaders {}
}

export function visitLoaders({ db, reach }: LoaderScope) {
  return {
    visitTask: new DataLoader<number, VisitTask | null>(async (keys) =>
      byKey(keys, await visitTasksByKeys(db, reach, keys)),
    ),
    visit: new DataLoader<number, Visit | null>(async (keys) =>
      byKey(keys, await visitsByKeys(db, reach, keys)),
    ),
    /** The visit that completed each task (a task is completed by one visit at most). */
    visitOfTask: new DataLoader<number, Visit | null>(async (keys) => {
      const visits = new Map((await visitsByTaskKeys(db, reach, keys)).map((v) => [v.taskId, v]));
      return keys.map((k) => visits.get(k) ?? null);
    }),
    lifeEvent: new DataLoader<number, LifeEvent | null>(async (keys) =>
      byKey(keys, await lifeEventsByKeys(db, reach, keys)),
    ),
  };
}
