/** The signed-in session, kept across reloads in localStorage. */
const KEY = 'wanxia.session';

export interface StoredSession {
  token: string;
  expiresAt: string;
}

export function readSession(): StoredSession | null {
  try {
    const session = JSON.parse(localStorage.getItem(KEY) ?? 'null') as StoredSession | null;
    if (!session?.token || new Date(session.expiresAt).getTime() <= Date.now()) return null;
    return session;
  } catch {
    return null;
  }
}

export function saveSession(session: StoredSession): void {
  localStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  localStorage.removeItem(KEY);
}

/** Where to go after signing in: the page the person was sent away from. */
export function loginPath(from: string): string {
  return from && from !== '/' && !from.startsWith('/login')
    ? `/login?from=${encodeURIComponent(from)}`
    : '/login';
}
