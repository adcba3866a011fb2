import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../kernel/context';
import { PageArgs } from '../../kernel/connection';
import { PayloadType, toPayload } from '../../kernel/payload';
import { decodeInputKey } from '../../kernel/input-keys';
import { Permission } from '../../kernel/access/permissions';
import { Branch } from '../branch/branch.types';
import { User } from '../user/user.types';
import { listApiTokens } from './api-token.repository';
import { createApiToken, revokeApiToken } from './api-token.service';
import {
  ApiToken,
  ApiTokenConnection,
  CreateApiTokenInput,
  CreateApiTokenPayload,
  RevokeApiTokenInput,
} from './api-token.types';

const RevokeApiTokenPayload = PayloadType('RevokeApiTokenPayload', ApiToken, 'apiToken');

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Authorized(Permission.ADMIN)
  @Query(() => ApiTokenConnection, { description: 'API tokens, newest first.' })
  apiTokens(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('includeRevoked', { defaultValue: false }) includeRevoked: boolean,
  ) {
    return listApiTokens(ctx.db, ctx.reach, page, includeRevoked);
  }

  @Authorized(Permission.ADMIN, 'USER')
  @Mutation(() => CreateApiTokenPayload, {
    description: 'Creates a token; its secret is in this answer only.',
  })
  async createApiToken(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput,
  ): Promise<CreateApiTokenPayload> {
    const { record, userErrors } = await createApiToken(ctx, input, {
      branch: decodeInputKey(input.branchId, 'Branch'),
    });
    return { apiToken: record?.apiToken ?? null, secret: record?.secret ?? null, userErrors };
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => RevokeApiTokenPayload, { description: 'Revokes a token at once.' })
  async revokeApiToken(
    @Ctx() ctx: Context,
    @Arg('input', () => RevokeApiTokenInput) input: RevokeApiTokenInput,
  ) {
    return toPayload(
      'apiToken',
      await revokeApiToken(ctx, input, { token: decodeInputKey(input.id, 'ApiToken') }),
    );
  }

  @FieldResolver(() => Branch, {
    nullable: true,
    description: 'The branch the token is limited to.',
  })
  branch(@Root() token: ApiToken, @Ctx() ctx: Context) {
    return token.branchId === null ? null : ctx.loaders.branch.load(token.branchId);
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() token: ApiToken, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(token.createdById);
  }
}
