import { lazy, Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp } from 'antd';
import type { ApolloClient } from '@apollo/client';
import { I18nProvider } from './i18n';
import { ViewerProvider, useViewer } from './viewer';
import { routes, type AppRoute } from './routes';
import { BasicLayout } from '../layouts/BasicLayout';
import { PageState } from '../components/PageState';

const LoginPage = lazy(() => import('../pages/login/LoginPage'));
// Rarely seen, and antd's Result carries large illustrations: its own chunk.
const Forbidden = lazy(() => import('./Forbidden'));

function Guarded({ route }: { route: AppRoute }) {
  const { access } = useViewer();
  if (route.access && !access[route.access]) return <Forbidden />;
  const Screen = route.component;
  return <Screen />;
}

export function App({ client }: { client: ApolloClient }) {
  return (
    <ApolloProvider client={client}>
      <I18nProvider>
        <AntApp>
          <BrowserRouter>
            <Suspense fallback={<PageState loading fullPage />}>
              <Routes>
                <Route path="/login" element={<LoginPage />} />
                <Route
                  element={
                    <ViewerProvider>
                      <BasicLayout />
                    </ViewerProvider>
                  }
                >
                  {routes.map((route) => (
                    <Route key={route.path} path={route.path} element={<Guarded route={route} />} />
                  ))}
                  <Route path="*" element={<Navigate to="/" replace />} />
                </Route>
              </Routes>
            </Suspense>
          </BrowserRouter>
        </AntApp>
      </I18nProvider>
    </ApolloProvider>
  );
}
