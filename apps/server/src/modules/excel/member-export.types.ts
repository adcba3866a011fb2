import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { Node } from '../../kernel/node';
import { PayloadType } from '../../kernel/payload';
import { MemberFilter, MemberOrder } from '../member/member.types';

export enum MemberExportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  READY = 'READY',
  FAILED = 'FAILED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(MemberExportStatus, {
  name: 'MemberExportStatus',
  description:
    'Where a background export is: waiting, being written, ready to download, failed, or ready once and since removed.',
});

@ObjectType({
  implements: Node,
  description:
    'The roster as .xlsx, written in the background (a province takes minutes): only the caller who started it sees it.',
})
export class MemberExport extends Node {
  /** The key, for the service. */
  key!: number;

  @Field(() => MemberExportStatus)
  status!: MemberExportStatus;

  @Field(() => Int, { nullable: true, description: 'Rows written, once ready.' })
  rowCount!: number | null;

  @Field(() => Int, { nullable: true, description: 'The file size in bytes, once ready.' })
  sizeBytes!: number | null;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true })
  finishedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Where the file is downloaded (GET, signed in as the caller who started it) while it is READY.',
  })
  downloadUrl!: string | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When the file is removed (it is kept a day after it is ready).',
  })
  expiresAt!: Date | null;
}

@InputType()
export class StartMemberExportInput {
  @Field(() => MemberFilter, { nullable: true, description: 'As `members(filter:)`.' })
  filter?: MemberFilter | null;

  @Field(() => MemberOrder, { nullable: true, description: 'As `members(orderBy:)`.' })
  orderBy?: MemberOrder | null;
}

export const StartMemberExportPayload = PayloadType(
  'StartMemberExportPayload',
  MemberExport,
  'memberExport',
);
