import { lazy, useEffect, useState } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { Route, Routes } from 'react-router';
import { createApolloClient } from './apollo';
import { ViewerProvider, useViewer } from './viewer';
import { matchRoute, routes, type AppRoute } from './routes';
import type { Access } from './access';
import { BasicLayout } from '../layouts/BasicLayout';
import { FeedbackProvider } from '../components/feedback';
import '../locales/enum-labels';

// Rarely seen, and antd's Result carries large illustrations: chunks of their own.
const Forbidden = lazy(() => import('./Forbidden'));
const NotFound = lazy(() => import('./NotFound'));

function Guarded({ route }: { route: AppRoute }) {
  const { access } = useViewer();
  if (route.access && !access[route.access]) return <Forbidden />;
  const Screen = route.component;
  return <Screen />;
}

/**
 * The console after sign-in: the GraphQL client and its cache (one per signed-in visit; signing
 * out leaves it behind), who is signed in, the menu around every screen, the screens.
 */
export default function SignedIn() {
  const [client] = useState(() => createApolloClient());
  // The screen asked for loads while who is signed in does, not after, and the console is drawn
  // once both are in: in one go, with no loading state between (React holds back the reveal
  // after one up to 300 ms). Its first query starts as soon as what the viewer may do is known.
  const [screenLoaded, setScreenLoaded] = useState(false);
  useEffect(() => {
    const loading = matchRoute(window.location.pathname)?.component.preload();
    // A chunk that failed to load fails again on the screen, which says so.
    void Promise.resolve(loading)
      .catch(() => undefined)
      .then(() => setScreenLoaded(true));
  }, []);
  const prefetchScreen = (access: Access) => {
    const route = matchRoute(window.location.pathname);
    if (route && (!route.access || access[route.access]))
      void route.component.prefetch(client, access, new URLSearchParams(window.location.search));
  };
  return (
    <ApolloProvider client={client}>
      <FeedbackProvider>
        <div className="wx-console">
          <Routes>
            <Route
              element={
                <ViewerProvider onLoaded={prefetchScreen} ready={screenLoaded}>
                  <BasicLayout />
                </ViewerProvider>
              }
            >
              {routes.map((route) => (
                <Route key={route.path} path={route.path} element={<Guarded route={route} />} />
              ))}
              <Route path="*" element={<NotFound />} />
            </Route>
          </Routes>
        </div>
      </FeedbackProvider>
    </ApolloProvider>
  );
}
