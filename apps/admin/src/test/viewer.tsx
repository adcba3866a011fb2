import type { ReactNode } from 'react';
import { ViewerContext, type Viewer } from '../app/viewer';
import { computeAccess } from '../app/access';
import type { Permission, Role } from '../gql/graphql';

/** What each role may do, as the server grants it (apps/server … auth/permissions.ts). */
const ROLE_PERMISSIONS: Record<Role, Permission[]> = {
  ADMIN: [
    'MEMBERS_READ',
    'MEMBERS_WRITE',
    'VISITS_READ',
    'VISITS_WRITE',
    'FUNDING_READ',
    'FUNDING_WRITE',
    'PII_READ',
    'ADMIN',
  ],
  SECRETARY: [
    'MEMBERS_READ',
    'MEMBERS_WRITE',
    'VISITS_READ',
    'VISITS_WRITE',
    'FUNDING_READ',
    'PII_READ',
  ],
  VIEWER: ['MEMBERS_READ', 'VISITS_READ', 'FUNDING_READ'],
};

/** A signed-in person of the given role, as the Viewer query would return them. */
export function testViewer(
  role: Role,
  overrides: {
    id?: string;
    username?: string;
    displayName?: string;
    branch?: Viewer['branch'];
    bureau?: Viewer['bureau'];
  } = {},
): Viewer {
  return {
    kind: 'USER',
    permissions: ROLE_PERMISSIONS[role],
    user: {
      id: overrides.id ?? `User:${role}`,
      username: overrides.username ?? role.toLowerCase(),
      displayName: overrides.displayName ?? `测试${role}`,
      role,
    },
    branch: overrides.branch ?? null,
    // A county's staff by default: one county, no bureau to pick.
    bureau:
      overrides.bureau === undefined
        ? { id: 'Bureau:430923', name: '安化县', level: 'COUNTY' }
        : overrides.bureau,
  };
}

/** Provides who is signed in without the Viewer query, so a test mocks only its screen's own. */
export function ViewerTestProvider({
  role = 'ADMIN',
  viewer = testViewer(role),
  children,
}: {
  role?: Role;
  viewer?: Viewer;
  children: ReactNode;
}) {
  return (
    <ViewerContext.Provider value={{ viewer, access: computeAccess(viewer.permissions) }}>
      {children}
    </ViewerContext.Provider>
  );
}
