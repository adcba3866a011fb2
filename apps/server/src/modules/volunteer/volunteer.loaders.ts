import DataLoader from 'dataloader';
import { byKey, grouped, type LoaderScope } from '../../kernel/context';
import type { Row } from '../../kernel/db/database';
import {
  categoriesOfTeams,
  donationsOfActivities,
  hoursOfActivities,
  membershipsByKeys,
  membershipsOf,
  servicesOfActivities,
  teamYears,
  teamsByKeys,
  volunteerYears,
  volunteersByKeys,
} from './volunteer.repository';
import { ServiceCategory } from './volunteer-enums';
import type {
  Volunteer,
  VolunteerDonation,
  VolunteerHours,
  VolunteerMembership,
  VolunteerService,
  VolunteerTeam,
  VolunteerTeamYear,
  VolunteerYear,
} from './volunteer.types';

export type VolunteerLoaders = ReturnType<typeof volunteerLoaders>;

declare module '../../kernel/context' {
  interface Loaders extends VolunteerLoaders {}
}

/** A key of a per-year figure: the record's key and the year. */
export interface YearKey {
  key: number;
  year: number;
}

/** Batches per-year figures: one statement per year asked for in the request. */
function yearLoader<T>(
  load: (year: number, keys: number[]) => Promise<Row[]>,
  toFigure: (row: Row | undefined, year: number) => T,
) {
  return new DataLoader<YearKey, T, string>(
    async (asked) => {
      const years = [...new Set(asked.map((a) => a.year))];
      const found = new Map<string, Row>();
      await Promise.all(
        years.map(async (year) => {
          const keys = asked.filter((a) => a.year === year).map((a) => a.key);
          for (const row of await load(year, keys)) found.set(`${Number(row.key)}:${year}`, row);
        }),
      );
      return asked.map((a) => toFigure(found.get(`${a.key}:${a.year}`), a.year));
    },
    { cacheKeyFn: (a) => `${a.key}:${a.year}` },
  );
}

const CATEGORY_ORDER = Object.values(ServiceCategory);

export function volunteerLoaders({ db, reach }: LoaderScope) {
  return {
    volunteerTeam: new DataLoader<number, VolunteerTeam | null>(async (keys) =>
      byKey(keys, await teamsByKeys(db, reach, keys)),
    ),
    volunteer: new DataLoader<number, Volunteer | null>(async (keys) =>
      byKey(keys, await volunteersByKeys(db, reach, keys)),
    ),
    volunteerMembership: new DataLoader<number, VolunteerMembership | null>(async (keys) =>
      byKey(keys, await membershipsByKeys(db, reach, keys)),
    ),
    membershipsOfTeam: new DataLoader<number, VolunteerMembership[]>(async (keys) =>
      grouped(keys, await membershipsOf(db, reach, 'team_id', keys), (m) => m.teamId),
    ),
    membershipsOfVolunteer: new DataLoader<number, VolunteerMembership[]>(async (keys) =>
      grouped(keys, await membershipsOf(db, reach, 'volunteer_id', keys), (m) => m.volunteerId),
    ),
    categoriesOfTeam: new DataLoader<number, ServiceCategory[]>(async (keys) =>
      grouped(keys, await categoriesOfTeams(db, keys), (c) => Number(c.teamId)).map((rows) =>
        rows
          .map((r) => r.category as ServiceCategory)
          .sort((a, b) => CATEGORY_ORDER.indexOf(a) - CATEGORY_ORDER.indexOf(b)),
      ),
    ),
    /** The volunteer side of activities already in reach (null: none recorded). */
    volunteerServiceOfActivity: new DataLoader<number, VolunteerService | null>(async (keys) => {
      const services = await servicesOfActivities(db, keys);
      return keys.map((k) => services.find((s) => s.activityId === k) ?? null);
    }),
    volunteerHoursOfActivity: new DataLoader<number, VolunteerHours[]>(async (keys) =>
      grouped(keys, await hoursOfActivities(db, keys), (h) => h.activityId),
    ),
    donationsOfActivity: new DataLoader<number, VolunteerDonation[]>(async (keys) =>
      grouped(keys, await donationsOfActivities(db, keys), (d) => d.activityId),
    ),
    volunteerYear: yearLoader<VolunteerYear>(
      (year, keys) => volunteerYears(db, reach, year, keys),
      (row, year) => ({
        year,
        hours: Number(row?.hours ?? 0),
        points: Number(row?.points ?? 0),
        activities: Number(row?.activities ?? 0),
      }),
    ),
    volunteerTeamYear: yearLoader<VolunteerTeamYear>(
      (year, keys) => teamYears(db, reach, year, keys),
      (row, year) => ({
        year,
        hours: Number(row?.hours ?? 0),
        points: Number(row?.points ?? 0),
        activities: Number(row?.activities ?? 0),
      }),
    ),
  };
}
