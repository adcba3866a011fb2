import { ArrayMinSize, Matches } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../kernel/connection';
import { Node } from '../../kernel/node';
import { PayloadFields } from '../../kernel/payload';
import { MaxText, REQUIRED } from '../../kernel/validate-input';
import { Permission } from '../../kernel/access/permissions';

@ObjectType({
  implements: Node,
  description: 'A credential for another system; its secret is shown once.',
})
export class ApiToken extends Node {
  key!: number;
  branchId!: number | null;
  createdById!: number;

  @Field()
  name!: string;

  @Field(() => [Permission])
  scopes!: Permission[];

  @Field({ description: 'The first characters of the secret, to tell tokens apart.' })
  tokenPrefix!: string;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'To the minute.' })
  lastUsedAt!: Date | null;
}

export const ApiTokenConnection = ConnectionType(ApiToken);

@InputType()
export class CreateApiTokenInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'The bureau (within your reach) whose subtree it is limited to; without one, your own bureau. Not with branchId.',
  })
  bureauId?: string | null;

  @Field()
  @Matches(/\S/, { message: '名称不能为空 (name is required)', ...REQUIRED })
  @MaxText(100)
  name!: string;

  @Field(() => [Permission])
  @ArrayMinSize(1, { message: '至少选择一个权限范围 (choose at least one scope)', ...REQUIRED })
  scopes!: Permission[];

  @Field(() => ID, {
    nullable: true,
    description: 'Limit the token to this branch and everything below it.',
  })
  branchId?: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Never expires when absent.' })
  expiresAt?: Date | null;
}

export const CreateApiTokenPayload = PayloadFields<{
  apiToken: ApiToken | null;
  secret: string | null;
}>('CreateApiTokenPayload', {
  apiToken: { type: () => ApiToken },
  secret: {
    type: () => String,
    description: 'The secret, shown this once only; only its hash is kept.',
  },
});
export type CreateApiTokenPayload = InstanceType<typeof CreateApiTokenPayload>;

@InputType()
export class RevokeApiTokenInput {
  @Field(() => ID)
  id!: string;
}
