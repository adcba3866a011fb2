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
import { GraphQLDateTime } from 'graphql-scalars';
import type { Context } from '../../kernel/context';
import { PageArgs } from '../../kernel/connection';
import { PayloadFields, PayloadType, toPayload } from '../../kernel/payload';
import { decodeInputKey } from '../../kernel/input-keys';
import { Permission } from '../../kernel/access/permissions';
import { Branch } from '../branch/branch.types';
import { listUsers } from './user.repository';
import {
  changePassword,
  createUser,
  login,
  logout,
  resetPassword,
  updateProfile,
  updateUser,
} from './user.service';
import {
  CallerKind,
  ChangePasswordInput,
  CreateUserInput,
  UpdateProfileInput,
  LoginInput,
  ResetPasswordInput,
  UpdateUserInput,
  User,
  UserConnection,
  Viewer,
} from './user.types';

const LoginPayload = PayloadFields<{
  token: string | null;
  expiresAt: Date | null;
  user: User | null;
}>('LoginPayload', {
  token: {
    type: () => String,
    description: 'Send as `Authorization: Bearer <token>`; null when the session is in a cookie.',
  },
  expiresAt: { type: () => GraphQLDateTime },
  user: { type: () => User },
});
type LoginPayload = InstanceType<typeof LoginPayload>;

const LogoutPayload = PayloadFields<{ ok: boolean }>('LogoutPayload', {
  ok: { type: () => Boolean, nullable: false },
});
type LogoutPayload = InstanceType<typeof LogoutPayload>;

const ChangePasswordPayload = PayloadType('ChangePasswordPayload', User, 'user');
const UpdateProfilePayload = PayloadType('UpdateProfilePayload', User, 'user');
const CreateUserPayload = PayloadType('CreateUserPayload', User, 'user');
const UpdateUserPayload = PayloadType('UpdateUserPayload', User, 'user');
const ResetPasswordPayload = PayloadType('ResetPasswordPayload', User, 'user');

@Resolver(() => User)
export class UserResolver {
  @Authorized('SIGNED_IN')
  @Query(() => Viewer, { description: 'Who is asking: the signed-in person or the API token.' })
  async viewer(@Ctx() ctx: Context): Promise<Viewer> {
    const { caller } = ctx;
    if (caller.kind === 'ANONYMOUS') throw new Error('unreachable: guarded by SIGNED_IN');
    return {
      kind: caller.kind === 'USER' ? CallerKind.USER : CallerKind.TOKEN,
      user: caller.kind === 'USER' ? await ctx.loaders.user.load(caller.userKey) : null,
      tokenName: caller.kind === 'TOKEN' ? caller.tokenName : null,
      permissions: [...caller.permissions],
      scopeBranchKey: caller.scopeBranchKey,
      scopeBureauKey: caller.scopeBureauKey,
    };
  }

  @Authorized(Permission.ADMIN)
  @Query(() => UserConnection, { description: 'Accounts, by username.' })
  users(@Ctx() ctx: Context, @Args() page: PageArgs) {
    return listUsers(ctx.db, ctx.reach, page);
  }

  @Authorized('ANYONE')
  @Mutation(() => LoginPayload, {
    description: 'Signs in; the token lasts 12 hours unless signed out.',
  })
  async login(
    @Ctx() ctx: Context,
    @Arg('input', () => LoginInput) input: LoginInput,
  ): Promise<LoginPayload> {
    const { record, userErrors } = await login(ctx, input);
    if (record && input.sessionCookie) {
      ctx.cookies?.set(record.token, record.expiresAt);
      return { token: null, expiresAt: record.expiresAt, user: record.user, userErrors };
    }
    return {
      token: record?.token ?? null,
      expiresAt: record?.expiresAt ?? null,
      user: record?.user ?? null,
      userErrors,
    };
  }

  @Authorized('USER')
  @Mutation(() => LogoutPayload, { description: 'Ends this session (and clears its cookie).' })
  async logout(@Ctx() ctx: Context): Promise<LogoutPayload> {
    const { record, userErrors } = await logout(ctx);
    if (record) ctx.cookies?.clear();
    return { ok: record === true, userErrors };
  }

  @Authorized('USER')
  @Mutation(() => ChangePasswordPayload, {
    description: 'Changes your password and ends your other sessions.',
  })
  async changePassword(
    @Ctx() ctx: Context,
    @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput,
  ) {
    return toPayload('user', await changePassword(ctx, input));
  }

  @Authorized('USER')
  @Mutation(() => UpdateProfilePayload, { description: 'Changes your own display name.' })
  async updateProfile(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateProfileInput) input: UpdateProfileInput,
  ) {
    return toPayload('user', await updateProfile(ctx, input));
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => CreateUserPayload)
  async createUser(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateUserInput) input: CreateUserInput,
  ) {
    return toPayload(
      'user',
      await createUser(ctx, input, { branch: decodeInputKey(input.branchId, 'Branch') }),
    );
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => UpdateUserPayload, {
    description: 'Changes an account; `disabled: true` disables it.',
  })
  async updateUser(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
  ) {
    return toPayload(
      'user',
      await updateUser(ctx, input, {
        user: decodeInputKey(input.id, 'User'),
        // An id left empty is no id.
        branch: decodeInputKey(input.branchId || null, 'Branch'),
      }),
    );
  }

  @Authorized(Permission.ADMIN)
  @Mutation(() => ResetPasswordPayload, {
    description: 'Sets a new password and ends the user’s sessions.',
  })
  async resetPassword(
    @Ctx() ctx: Context,
    @Arg('input', () => ResetPasswordInput) input: ResetPasswordInput,
  ) {
    return toPayload(
      'user',
      await resetPassword(ctx, input, { user: decodeInputKey(input.id, 'User') }),
    );
  }

  @FieldResolver(() => Branch, {
    nullable: true,
    description: 'The branch a secretary is responsible for.',
  })
  branch(@Root() user: User, @Ctx() ctx: Context) {
    return user.branchId === null ? null : ctx.loaders.branch.load(user.branchId);
  }
}

@Resolver(() => Viewer)
export class ViewerResolver {
  @FieldResolver(() => Branch, {
    nullable: true,
    description: 'The branch the caller is limited to; null for the county.',
  })
  branch(@Root() viewer: Viewer, @Ctx() ctx: Context) {
    return viewer.scopeBranchKey === null ? null : ctx.loaders.branch.load(viewer.scopeBranchKey);
  }
}
