import { Entity, PrimaryColumn } from 'typeorm';

/**
 * The kinds an activity may be (活动类别), one row each. A table rather than a CHECK so that each
 * area (party life, education, honours, volunteers, associations, the activity centre) adds its
 * kinds with an INSERT in its own migration; `ActivityKind` in activity-kinds.ts names the same
 * codes for the API.
 */
@Entity('activity_kind')
export class ActivityKindEntity {
  @PrimaryColumn('varchar', { length: 40 })
  code!: string;
}
