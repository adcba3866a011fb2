import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { ConnectionType } from '../../kernel/connection';
import { PayloadFields } from '../../kernel/payload';

export enum SignupStatus {
  /** Holds a place. */
  SIGNED_UP = 'SIGNED_UP',
  /** On the waiting list, in the order signed up: the first moves up when a place frees. */
  WAITING = 'WAITING',
  CANCELLED = 'CANCELLED',
}
registerEnumType(SignupStatus, { name: 'SignupStatus' });

@ObjectType({
  description:
    'An activity or a course open for sign-up (网络报名): its places, its deadline and how many signed up and wait. A course’s places are its capacity, its sign-ups its enrolments.',
})
export class SignupWindow {
  key!: number;
  activityId!: number | null;
  courseId!: number | null;
  openedBy!: string;
  closedBy!: string | null;

  @Field({ description: 'What it is for: the activity’s title, or the course’s name.' })
  title!: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the activity starts.' })
  startsAt!: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the activity ends.' })
  endsAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Where the activity is held.' })
  place!: string | null;

  @Field(() => Int, { description: 'Places; sign-ups beyond them wait.' })
  capacity!: number;

  @Field(() => GraphQLDateTime)
  opensAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'The deadline: sign-ups from then on are refused.' })
  closesAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was closed early.' })
  closedAt!: Date | null;

  @Field(() => Int, { description: 'Places taken (of every member, in your reach or not).' })
  signedUp!: number;

  @Field(() => Int, { description: 'Members on the waiting list.' })
  waiting!: number;

  @Field(() => Int)
  version!: number;
}

@ObjectType({
  description:
    'A member’s sign-up for an activity or a course: signed up, waiting (in order) or cancelled, and who signed them up.',
})
export class Signup {
  key!: number;
  activityId!: number | null;
  courseId!: number | null;
  memberId!: number;

  @Field(() => SignupStatus)
  status!: SignupStatus;

  @Field(() => Int, {
    nullable: true,
    description: 'Place on the waiting list (1 moves up next); null unless WAITING.',
  })
  waitingPosition!: number | null;

  @Field(() => GraphQLDateTime)
  signedUpAt!: Date;

  @Field({
    description: 'Who signed the member up: a user as `name (username)`, or `API token <name>`.',
  })
  signedUpBy!: string;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When the member moved up from the waiting list.',
  })
  promotedAt!: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  cancelledAt!: Date | null;
}

export const SignupWindowConnection = ConnectionType(SignupWindow);
export const SignupConnection = ConnectionType(Signup);

@ObjectType({ description: 'A year of 网络报名 for activities, from its records.' })
export class SignupStats {
  @Field(() => Int, { description: 'Activities opened for sign-up in the year.' })
  activities!: number;

  @Field(() => Int, { description: 'Sign-ups made in the year (cancelled ones too).' })
  signUps!: number;

  @Field(() => Int, { description: 'Of those, made through an API token (an integration).' })
  throughIntegrations!: number;

  @Field(() => Int, { description: 'Of those, put on a waiting list (moved up or not).' })
  waitListed!: number;

  @Field(() => Int, { description: 'Of those, moved up from a waiting list to a place.' })
  promoted!: number;

  @Field(() => Int, { description: 'Of those, cancelled.' })
  cancelled!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Members holding a place at activities held in the year who were recorded present ÷ those members; null when none.',
  })
  turnout!: number | null;
}

// --- inputs: each names exactly one of an activity and a course ---

@InputType()
export class OpenSignupInput {
  @Field(() => ID, { nullable: true, description: 'The activity; or name a course.' })
  activityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The course; or name an activity.' })
  courseId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'An activity’s places (required for an activity; a course has its capacity).',
  })
  capacity?: number | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Default: now.' })
  opensAt?: Date | null;

  @Field(() => GraphQLDateTime, {
    description:
      'The deadline: before the activity starts, or by the last day of the course’s term.',
  })
  closesAt!: Date;
}

@InputType()
export class CloseSignupInput {
  @Field(() => ID, { nullable: true, description: 'The activity; or name a course.' })
  activityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The course; or name an activity.' })
  courseId?: string | null;
}

@InputType()
export class SignUpInput {
  @Field(() => ID, { nullable: true, description: 'The activity; or name a course.' })
  activityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The course; or name an activity.' })
  courseId?: string | null;

  @Field(() => ID)
  memberId!: string;
}

@InputType()
export class CancelSignupInput {
  @Field(() => ID, { nullable: true, description: 'The activity; or name a course.' })
  activityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The course; or name an activity.' })
  courseId?: string | null;

  @Field(() => ID)
  memberId!: string;
}

// --- payloads ---

export const SignupWindowPayload = PayloadFields<{ signupWindow: SignupWindow | null }>(
  'SignupWindowPayload',
  { signupWindow: { type: () => SignupWindow, description: 'Null when there are userErrors.' } },
);
export type SignupWindowPayload = InstanceType<typeof SignupWindowPayload>;

export const SignupPayload = PayloadFields<{ signup: Signup | null; promoted: Signup | null }>(
  'SignupPayload',
  {
    signup: { type: () => Signup, description: 'Null when there are userErrors.' },
    promoted: {
      type: () => Signup,
      description: 'On a cancellation: the first waiting member, who moved up to the place.',
    },
  },
);
export type SignupPayload = InstanceType<typeof SignupPayload>;
