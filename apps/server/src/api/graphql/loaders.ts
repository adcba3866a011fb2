import type { LoaderScope, Loaders } from '../../kernel/context';
import { ANONYMOUS } from '../../kernel/access/caller';
import { Reach } from '../../kernel/access/reach';
import { activityLoaders } from '../../modules/activity/activity.loaders';
import { apiTokenLoaders } from '../../modules/api-token/api-token.loaders';
import { branchLoaders } from '../../modules/branch/branch.loaders';
import { bureauLoaders } from '../../modules/bureau/bureau.loaders';
import { campaignLoaders } from '../../modules/campaign/campaign.loaders';
import { educationLoaders } from '../../modules/education/education.loaders';
import { centreLoaders } from '../../modules/centre/centre.loaders';
import { fundingLoaders } from '../../modules/funding/funding.loaders';
import { memberLoaders } from '../../modules/member/member.loaders';
import { partyOrgLoaders } from '../../modules/party-org/party-org.loaders';
import { userLoaders } from '../../modules/user/user.loaders';
import { visitLoaders } from '../../modules/visit/visit.loaders';
import { volunteerLoaders } from '../../modules/volunteer/volunteer.loaders';
import { communityRoleLoaders } from '../../modules/volunteer/community-roles.loaders';
import { associationLoaders } from '../../modules/association/association.loaders';
import { signupLoaders } from '../../modules/signup/signup.loaders';

const MODULES = [
  bureauLoaders,
  branchLoaders,
  memberLoaders,
  userLoaders,
  apiTokenLoaders,
  visitLoaders,
  fundingLoaders,
  campaignLoaders,
  activityLoaders,
  partyOrgLoaders,
  educationLoaders,
  volunteerLoaders,
  communityRoleLoaders,
  associationLoaders,
  centreLoaders,
  signupLoaders,
] as const;

type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;
type Made = Intersection<ReturnType<(typeof MODULES)[number]>>;
/** Every module's loaders are listed in MODULES: one left out fails to compile here. */
export const EVERY_MODULE_LISTED: Made extends Loaders ? true : never = true;

/**
 * A request's loaders, each module's made on first use: most requests touch one or two modules,
 * and making all of them (some eighty DataLoaders) cost more than a simple query's own work.
 */
class RequestLoaders {
  readonly made: (object | undefined)[] = [];
  constructor(readonly scope: LoaderScope) {}
}

// Which module makes which loader, read off a set made once here (a DataLoader runs nothing
// until asked), as a getter on every request's loaders.
const PROBE = {
  reach: Reach.ALL,
  actor: { caller: ANONYMOUS, requestId: 'probe', now: new Date(0) },
} as LoaderScope;
MODULES.forEach((make: (scope: LoaderScope) => object, i) => {
  for (const name of Object.keys(make(PROBE))) {
    Object.defineProperty(RequestLoaders.prototype, name, {
      get(this: RequestLoaders) {
        const loaders = (this.made[i] ??= make(this.scope)) as Record<string, unknown>;
        return loaders[name];
      },
    });
  }
});

/**
 * Per-request batching: each relation costs one statement per request, not one per row. Every
 * module brings its own loaders (`Loaders` is the union of their declarations).
 */
export function createLoaders(scope: LoaderScope): Loaders {
  return new RequestLoaders(scope) as unknown as Loaders;
}
