import { BranchEntity } from '../modules/branch/branch.entity';
import { BranchMembershipEntity, MemberEntity } from '../modules/member/member.entity';

export const entities = [BranchEntity, MemberEntity, BranchMembershipEntity];
