let started = false;

/**
 * Starts loading the signed-in console and the dashboard (with its cards below the figures)
 * while the person is still signing in (once, at the first keystroke), so the screen after
 * sign-in does not wait for its code: `lazy()` then finds the same modules already loaded.
 */
export function prefetchAfterSignIn() {
  if (started) return;
  started = true;
  void import('./SignedIn');
  void import('../pages/home/HomePage');
  void import('../pages/home/DashboardDetails');
}
