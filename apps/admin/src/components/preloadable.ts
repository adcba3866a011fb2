import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export type Preloadable<P extends object> = LazyExoticComponent<ComponentType<P>> & {
  /** Loads the component's code; once it is in, the component draws without suspending. */
  preload(): Promise<unknown>;
};

/**
 * `lazy()` whose code can be loaded ahead. React's own suspends on its first render even when
 * the module is already in, and a fallback shown means a reveal React holds back up to 300 ms;
 * this one hands React the loaded module at once, through a thenable already settled.
 */
export function preloadable<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): Preloadable<P> {
  let module: { default: ComponentType<P> } | undefined;
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (loaded) => (module = loaded),
      (error: unknown) => {
        loading = undefined; // tried again on the next render, e.g. after a network error
        throw error;
      },
    ));
  // React's lazy takes the value of a thenable that settles as it is asked, on the spot.
  const settled = (loaded: { default: ComponentType<P> }) =>
    ({ then: (resolve: (value: typeof loaded) => void) => resolve(loaded) }) as unknown as Promise<
      typeof loaded
    >;
  const component = lazy(() => (module ? settled(module) : preload()));
  return Object.assign(component, { preload });
}
