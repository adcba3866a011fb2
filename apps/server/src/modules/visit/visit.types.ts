import {
  Field,
  Float,
  ID,
  InputType,
  Int,
  InterfaceType,
  ObjectType,
  registerEnumType,
} from 'type-graphql';
import { IsOptional, Matches } from 'class-validator';
import { MaxText, REQUIRED } from '../../kernel/validate-input';
import { GraphQLDateTime } from 'graphql-scalars';
import { ConnectionType } from '../../kernel/connection';
import { Node } from '../../kernel/node';
import { DateScalar } from '../../kernel/scalars';
import { PayloadFields } from '../../kernel/payload';
import { Holiday, VisitOccasion } from './occasions';
import type { Member } from '../member/member.types';
import { Disbursement, VisitPaymentInput } from '../funding/funding.types';
import { SETTINGS_BUREAU } from '../bureau/county';

registerEnumType(VisitOccasion, { name: 'VisitOccasion' });
registerEnumType(Holiday, {
  name: 'Holiday',
  description: 'The holidays that oblige a visit, on their lunar dates.',
});

@ObjectType({ description: 'A holiday on its Gregorian date, computed from the lunar calendar.' })
export class HolidayDate {
  @Field(() => Holiday)
  holiday!: Holiday;

  @Field(() => DateScalar)
  date!: string;

  @Field({ description: 'What holiday tasks use as occurrence key, e.g. SPRING_FESTIVAL:2027.' })
  occurrenceKey!: string;
}

export enum VisitTaskStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  MISSED = 'MISSED',
  WAIVED = 'WAIVED',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}
registerEnumType(VisitTaskStatus, { name: 'VisitTaskStatus' });

@ObjectType({
  implements: Node,
  description: 'A visit owed to a member (六个必访), with the window it is due in.',
})
export class VisitTask extends Node {
  key!: number;
  memberId!: number;
  lifeEventId!: number | null;
  /** The member when the list joined it in (the member field then needs no loader). */
  preloadedMember?: Member;

  @Field(() => VisitOccasion)
  occasion!: VisitOccasion;

  @Field({
    description:
      'What the visit is for: the year of a birthday, `SPRING_FESTIVAL:2027`, `event:12`.',
  })
  occurrenceKey!: string;

  @Field(() => DateScalar, {
    description: 'The holiday, the birthday, or the day the event was reported.',
  })
  triggerDate!: string;

  @Field(() => DateScalar)
  dueFrom!: string;

  @Field(() => DateScalar)
  dueBy!: string;

  @Field(() => VisitTaskStatus)
  status!: VisitTaskStatus;

  @Field(() => DateScalar, { nullable: true })
  doneOn!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Done after its window closed.' })
  doneLate!: boolean | null;

  @Field(() => String, { nullable: true })
  waivedReason!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;
}

export const VisitTaskConnection = ConnectionType(VisitTask);

@InputType()
export class VisitTaskFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'Members of this branch and every branch below it.',
  })
  branchSubtree?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Members of the branches of this bureau and the bureaus below it (a city: its counties); one out of reach finds none.',
  })
  bureauId?: string | null;

  @Field(() => ID, { nullable: true })
  memberId?: string | null;

  @Field(() => [VisitOccasion], { nullable: true })
  occasion?: VisitOccasion[] | null;

  @Field(() => [VisitTaskStatus], { nullable: true })
  status?: VisitTaskStatus[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Due by this day or later.' })
  dueFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Due by this day or earlier.' })
  dueTo?: string | null;

  @Field({
    nullable: true,
    description: 'Open tasks whose window has closed (today in China time).',
  })
  overdue?: boolean;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Triggered (holiday, birthday, report) on this day or later.',
  })
  triggerFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Triggered on this day or earlier.' })
  triggerTo?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The window opens on this day or later.',
  })
  opensFrom?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The window opens on this day or earlier.',
  })
  opensTo?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The member’s Chinese name, full pinyin, pinyin initials or last ID digits.',
  })
  search?: string | null;
}

@InputType()
export class WaiveVisitTaskInput {
  @Field(() => ID)
  taskId!: string;

  @Field({ description: 'Why the visit is not owed, e.g. 本人长期在外地居住.' })
  @Matches(/\S/, { message: '请填写免访原因 (a reason is required)', ...REQUIRED })
  @MaxText(500)
  reason!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

export const WaiveVisitTaskPayload = PayloadFields<{ visitTask: VisitTask | null }>(
  'WaiveVisitTaskPayload',
  { visitTask: { type: () => VisitTask } },
);
export type WaiveVisitTaskPayload = InstanceType<typeof WaiveVisitTaskPayload>;

@ObjectType({ description: 'The window in which the visits of an occasion are due.' })
export class VisitSetting {
  @Field(() => VisitOccasion)
  occasion!: VisitOccasion;

  @Field(() => Int, { description: 'Days before the trigger date the window opens.' })
  daysBefore!: number;

  @Field(() => Int, { description: 'Days after the trigger date the window closes.' })
  daysAfter!: number;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLDateTime)
  updatedAt!: Date;

  @Field({
    description: 'True: the county’s own window; false: the province’s (every county’s default).',
  })
  ownSetting!: boolean;
}

@InputType()
export class UpdateVisitSettingInput {
  @Field(() => ID, SETTINGS_BUREAU)
  bureauId?: string | null;

  @Field(() => VisitOccasion)
  occasion!: VisitOccasion;

  @Field(() => Int)
  daysBefore!: number;

  @Field(() => Int)
  daysAfter!: number;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

export const UpdateVisitSettingPayload = PayloadFields<{ visitSetting: VisitSetting | null }>(
  'UpdateVisitSettingPayload',
  { visitSetting: { type: () => VisitSetting } },
);
export type UpdateVisitSettingPayload = InstanceType<typeof UpdateVisitSettingPayload>;

@InterfaceType({
  description:
    'The counts every coverage figure carries: tasks whose window closes in the period, by outcome (not applicable ones left out), and the on-time rate.',
})
export abstract class CoverageCounts {
  @Field(() => Int, { description: 'All tasks counted.' })
  tasks!: number;

  @Field(() => Int)
  doneOnTime!: number;

  @Field(() => Int)
  doneLate!: number;

  @Field(() => Int, { description: 'Given up on: open 30 days past the window.' })
  missed!: number;

  @Field(() => Int)
  waived!: number;

  @Field(() => Int, { description: 'Not done yet, whether or not the window has closed.' })
  open!: number;

  @Field(() => Int, { description: 'Open with the window closed.' })
  overdue!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Done on time ÷ tasks that have come due (done, missed or overdue); null when none has.',
  })
  rate!: number | null;
}

@ObjectType({
  implements: CoverageCounts,
  description:
    'How the visits owed were kept: tasks whose window closes in the period, by outcome (not applicable ones left out).',
})
export class CoverageFigures extends CoverageCounts {}

@ObjectType({ implements: CoverageCounts })
export class OccasionCoverage extends CoverageCounts {
  @Field(() => VisitOccasion)
  occasion!: VisitOccasion;
}

@ObjectType({ implements: CoverageCounts })
export class MonthCoverage extends CoverageCounts {
  @Field(() => Int, { description: '1–12, by the day the window closes.' })
  month!: number;
}

@ObjectType({ implements: CoverageCounts })
export class BranchCoverage extends CoverageCounts {
  branchId!: number;
}

@ObjectType({ description: 'Must-visit coverage for a year (by the day each window closes).' })
export class VisitCoverage {
  branchId!: number | null;

  @Field(() => Int)
  year!: number;

  @Field(() => CoverageFigures)
  total!: CoverageFigures;

  @Field(() => [OccasionCoverage], { description: 'The six must-visit occasions, in order.' })
  byOccasion!: OccasionCoverage[];

  @Field(() => [MonthCoverage], { description: 'Twelve months.' })
  byMonth!: MonthCoverage[];

  @Field(() => [BranchCoverage], {
    description:
      'The branches one level below the one asked for (the general branches for the county), each with its subtree.',
  })
  byBranch!: BranchCoverage[];
}

@InputType()
export class GenerateVisitTasksInput {
  @Field(() => DateScalar, { description: 'Create the birthday and holiday tasks up to this day.' })
  until!: string;
}

export const GenerateVisitTasksPayload = PayloadFields<{
  holidayTasks: number | null;
  decadeBirthdayTasks: number | null;
}>('GenerateVisitTasksPayload', {
  holidayTasks: { type: () => Int, description: 'Holiday tasks created by this run.' },
  decadeBirthdayTasks: {
    type: () => Int,
    description: 'Decade-birthday tasks created by this run.',
  },
});
export type GenerateVisitTasksPayload = InstanceType<typeof GenerateVisitTasksPayload>;

export enum LifeEventKind {
  HOSPITALIZED = 'HOSPITALIZED',
  DISPUTE = 'DISPUTE',
  DISASTER = 'DISASTER',
}
registerEnumType(LifeEventKind, { name: 'LifeEventKind' });

@ObjectType({
  implements: Node,
  description: 'Something that happened to a member and obliges a visit.',
})
export class LifeEvent extends Node {
  key!: number;
  memberId!: number;

  @Field(() => LifeEventKind)
  kind!: LifeEventKind;

  @Field(() => DateScalar)
  occurredOn!: string;

  @Field(() => DateScalar)
  reportedOn!: string;

  @Field(() => String, { nullable: true, description: 'The hospital, or where it happened.' })
  place!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => DateScalar, { nullable: true })
  admittedOn!: string | null;

  @Field(() => DateScalar, { nullable: true })
  dischargedOn!: string | null;
}

@InputType()
export class ReportLifeEventInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => LifeEventKind)
  kind!: LifeEventKind;

  @Field(() => DateScalar)
  occurredOn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(200)
  place?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(2000)
  note?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Hospital stays only.' })
  admittedOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Hospital stays only.' })
  dischargedOn?: string | null;
}

export const ReportLifeEventPayload = PayloadFields<{
  lifeEvent: LifeEvent | null;
  visitTask: VisitTask | null;
}>('ReportLifeEventPayload', {
  lifeEvent: { type: () => LifeEvent },
  visitTask: { type: () => VisitTask, description: 'The visit the event obliges.' },
});
export type ReportLifeEventPayload = InstanceType<typeof ReportLifeEventPayload>;

@ObjectType({ implements: Node, description: 'A visit to a member, or to the family (走访慰问).' })
export class Visit extends Node {
  key!: number;
  memberId!: number;
  taskId!: number | null;
  /** The member when the list joined it in (the member field then needs no loader). */
  preloadedMember?: Member;

  @Field(() => VisitOccasion)
  occasion!: VisitOccasion;

  @Field(() => DateScalar)
  visitedOn!: string;

  @Field()
  visitors!: string;

  @Field(() => String, { nullable: true })
  place!: string | null;

  @Field(() => String, { nullable: true })
  summary!: string | null;

  @Field(() => String, { nullable: true, description: 'What was given.' })
  gifts!: string | null;

  @Field()
  followUpNeeded!: boolean;

  @Field(() => String, { nullable: true })
  followUpNote!: string | null;

  @Field({ description: 'Made after the window of the task it completed.' })
  late!: boolean;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;
}

export const VisitConnection = ConnectionType(Visit);
export const LifeEventConnection = ConnectionType(LifeEvent);

@InputType()
export class VisitFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'Members of this branch and every branch below it.',
  })
  branchSubtree?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Members of the branches of this bureau and the bureaus below it (a city: its counties); one out of reach finds none.',
  })
  bureauId?: string | null;

  @Field(() => ID, { nullable: true })
  memberId?: string | null;

  @Field(() => [VisitOccasion], { nullable: true })
  occasion?: VisitOccasion[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Visited on this day or later.' })
  visitedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Visited on this day or earlier.' })
  visitedTo?: string | null;

  @Field({ nullable: true, description: 'Made after the window of its task.' })
  late?: boolean;

  @Field({ nullable: true })
  followUpNeeded?: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The member’s Chinese name, full pinyin, pinyin initials or last ID digits.',
  })
  search?: string | null;
}

@InputType()
export class RecordVisitInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => VisitOccasion)
  occasion!: VisitOccasion;

  @Field(() => DateScalar)
  visitedOn!: string;

  @Field({ description: 'Who visited, e.g. 局长 王某、支部书记 李某.' })
  @Matches(/\S/, { message: '请填写走访人 (who visited is required)', ...REQUIRED })
  @MaxText(200)
  visitors!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(200)
  place?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(5000)
  summary?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(200)
  gifts?: string | null;

  @Field({ defaultValue: false })
  followUpNeeded!: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxText(2000)
  followUpNote?: string | null;

  @Field(() => ID, { nullable: true, description: 'The task it completes; found when absent.' })
  taskId?: string | null;

  @Field(() => VisitPaymentInput, {
    nullable: true,
    description:
      'A sum handed over on the visit, paid from a budget line with it (needs funding:write).',
  })
  payment?: VisitPaymentInput | null;
}

export const RecordVisitPayload = PayloadFields<{
  visit: Visit | null;
  visitTask: VisitTask | null;
  disbursement: Disbursement | null;
}>('RecordVisitPayload', {
  visit: { type: () => Visit },
  visitTask: { type: () => VisitTask, description: 'The task the visit completed, if any.' },
  disbursement: { type: () => Disbursement, description: 'The payment made on the visit, if any.' },
});
export type RecordVisitPayload = InstanceType<typeof RecordVisitPayload>;
