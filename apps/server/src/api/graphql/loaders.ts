import type { LoaderScope, Loaders } from '../../kernel/context';
import { activityLoaders } from '../../modules/activity/activity.loaders';
import { apiTokenLoaders } from '../../modules/api-token/api-token.loaders';
import { branchLoaders } from '../../modules/branch/branch.loaders';
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

/**
 * Per-request batching: each relation costs one statement per request, not one per row. Every
 * module brings its own loaders; a module left out here fails to compile (`Loaders` lacks it).
 */
export function createLoaders(scope: LoaderScope): Loaders {
  return {
    ...branchLoaders(scope),
    ...memberLoaders(scope),
    ...userLoaders(scope),
    ...apiTokenLoaders(scope),
    ...visitLoaders(scope),
    ...fundingLoaders(scope),
    ...campaignLoaders(scope),
    ...activityLoaders(scope),
    ...partyOrgLoaders(scope),
    ...educationLoaders(scope),
    ...volunteerLoaders(scope),
    ...communityRoleLoaders(scope),
    ...associationLoaders(scope),
    ...centreLoaders(scope),
    ...signupLoaders(scope),
  };
}
