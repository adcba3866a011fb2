import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Matches } from 'class-validator';
import { MaxText, REQUIRED } from '../../graphql/validate-input';
import { GraphQLDateTime } from 'graphql-scalars';
import { ConnectionType } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import { DateScalar } from '../../graphql/scalars';
import { UserError } from '../../graphql/user-error';
import { VisitOccasion } from './occasions';

registerEnumType(VisitOccasion, { name: 'VisitOccasion' });

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
}

@InputType()
export class GenerateVisitTasksInput {
  @Field(() => DateScalar, { description: 'Create the birthday and holiday tasks up to this day.' })
  until!: string;
}

@ObjectType()
export class GenerateVisitTasksPayload {
  @Field(() => Int, { nullable: true, description: 'Holiday tasks created by this run.' })
  holidayTasks!: number | null;

  @Field(() => Int, { nullable: true, description: 'Decade-birthday tasks created by this run.' })
  decadeBirthdayTasks!: number | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

export enum LifeEventKind {
  HOSPITALIZED = 'HOSPITALIZED',
  DISPUTE = 'DISPUTE',
  DISASTER = 'DISASTER',
}
registerEnumType(LifeEventKind, { name: 'LifeEventKind' });

@ObjectType({ description: 'Something that happened to a member and obliges a visit.' })
export class LifeEvent {
  key!: number;
  memberId!: number;

  @Field(() => ID)
  id!: string;

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

@ObjectType()
export class ReportLifeEventPayload {
  @Field(() => LifeEvent, { nullable: true })
  lifeEvent!: LifeEvent | null;

  @Field(() => VisitTask, { nullable: true, description: 'The visit the event obliges.' })
  visitTask!: VisitTask | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ description: 'A visit to a member, or to the family (走访慰问).' })
export class Visit {
  key!: number;
  memberId!: number;
  taskId!: number | null;

  @Field(() => ID)
  id!: string;

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
}

@ObjectType()
export class RecordVisitPayload {
  @Field(() => Visit, { nullable: true })
  visit!: Visit | null;

  @Field(() => VisitTask, { nullable: true, description: 'The task the visit completed, if any.' })
  visitTask!: VisitTask | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
