import type { LoaderScope, Loaders } from '../../kernel/context';
import { activityLoaders } from '../../modules/activity/activity.loaders';
import { apiTokenLoaders } from '../../modules/api-token/api-token.loaders';
import { branchLoaders } from '../../modules/branch/branch.loaders';
import { campaignLoaders } from '../../modules/campaign/campaign.loaders';
import { centreLoaders } from '../../modules/centre/centre.loaders';
import { fundingLoaders } from '../../modules/funding/funding.loaders';
import { memberLoaders } from '../../modules/member/member.loaders';
import { userLoaders } from '../../modules/user/user.loaders';
import { visitLoaders } from '../../modules/visit/visit.loaders';

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
    ...centreLoaders(scope),
  };
}
