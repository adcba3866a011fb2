import type {
  AssessmentRating,
  CommitteePosition,
  CommitteeSeatInput,
  CommitteeTermStatus,
  Medal,
  RepresentativeKind,
  RepresentativeLevel,
} from '../../gql/graphql';

/** The seats of a committee, in the order they are listed. */
export const POSITIONS: readonly CommitteePosition[] = [
  'SECRETARY',
  'DEPUTY_SECRETARY',
  'ORGANISATION',
  'PROPAGANDA',
  'DISCIPLINE',
];

/** A seat as the election form holds it: a member of the branch or the name of someone else. */
export interface SeatValues {
  position: CommitteePosition;
  memberId?: string | null;
  name?: string | null;
}

/** The form's seats as the API takes them; a seat with neither is left for the server to name. */
export function seatsInput(seats: readonly SeatValues[]): CommitteeSeatInput[] {
  return seats.map((seat) => {
    const name = seat.name?.trim() ?? '';
    return seat.memberId
      ? { position: seat.position, memberId: seat.memberId }
      : { position: seat.position, name: name || null };
  });
}

/** 书记 of a committee's seats: the name on the first SECRETARY seat. */
export function secretaryOf(seats: readonly { position: CommitteePosition; name: string }[]) {
  return seats.find((s) => s.position === 'SECRETARY')?.name ?? '';
}

/** A branch's yearly ratings, best first. */
export const RATINGS: readonly AssessmentRating[] = ['GOOD', 'FAIRLY_GOOD', 'AVERAGE', 'POOR'];

/** The text colour of a term's status tag: dark enough on the tag's pale fill (WCAG AA). */
export const STATUS_TEXT: Record<CommitteeTermStatus, string> = {
  IN_OFFICE: '#135200',
  DUE: '#873800',
  OVERDUE: '#a8071a',
  SUPERSEDED: 'rgba(0, 0, 0, 0.88)',
};

/** The years of the records to choose from, this one first. */
export function recordYears(today: string): number[] {
  const thisYear = Number(today.slice(0, 4));
  return Array.from({ length: thisYear - 2021 }, (_, i) => thisYear - i);
}

/** The commemorative medals, as offered. */
export const MEDALS: readonly Medal[] = ['PARTY_50_YEARS', 'PRC_70TH_ANNIVERSARY'];

export const REPRESENTATIVE_KINDS: readonly RepresentativeKind[] = [
  'PARTY_CONGRESS',
  'PEOPLES_CONGRESS',
  'CPPCC',
];

export const REPRESENTATIVE_LEVELS: readonly RepresentativeLevel[] = [
  'NATIONAL',
  'PROVINCIAL',
  'CITY',
  'COUNTY',
  'TOWNSHIP',
];

/** A term as read: `2021-09-26 — 2026-09-25`, or up to now while open. */
export function termText(from: string, to: string | null | undefined, present: string): string {
  return `${from} — ${to ?? present}`;
}
