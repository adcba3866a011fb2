import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A work (作品) by members of the roster: an essay (征文), a video, a research report (调研报告,
 * with its topic area, where it was submitted and whether it was adopted), a red story or a
 * chronicle; with the award it won, when it won one (level and grade together).
 */
@Entity('work')
@Check('work_kind_check', `kind IN ('ESSAY', 'VIDEO', 'RESEARCH_REPORT', 'RED_STORY', 'CHRONICLE')`)
@Check('work_title_check', `btrim(title) <> ''`)
@Check('work_year_check', `year BETWEEN 1949 AND 9999`)
@Check('work_award_level_check', `award_level IN ('NATIONAL', 'PROVINCIAL', 'CITY', 'COUNTY')`)
@Check(
  'work_award_grade_check',
  `award_grade IN ('SPECIAL', 'FIRST', 'SECOND', 'THIRD', 'EXCELLENCE')`,
)
@Check('work_award_check', `(award_level IS NULL) = (award_grade IS NULL)`)
@Check(
  'work_research_check',
  `kind = 'RESEARCH_REPORT' OR (topic_area IS NULL AND adopted IS NULL)`,
)
@Index('work_year_idx', ['year', 'kind', 'id'])
export class WorkEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('varchar', { length: 20 })
  kind!: string;

  @Column('varchar', { length: 200 })
  title!: string;

  @Column('int')
  year!: number;

  @Column('varchar', { name: 'topic_area', length: 40, nullable: true })
  topicArea!: string | null;

  @Column('varchar', { name: 'submitted_to', length: 200, nullable: true })
  submittedTo!: string | null;

  @Column('boolean', { nullable: true })
  adopted!: boolean | null;

  @Column('varchar', { name: 'award_level', length: 20, nullable: true })
  awardLevel!: string | null;

  @Column('varchar', { name: 'award_grade', length: 20, nullable: true })
  awardGrade!: string | null;

  @Column('int', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
