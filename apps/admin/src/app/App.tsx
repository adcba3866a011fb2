import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { I18nProvider } from './i18n';
import { PageState } from '../components/PageState';

const LoginPage = lazy(() => import('../pages/login/LoginPage'));
// The signed-in console (the GraphQL client, who is signed in, menu, layout, every screen) is
// a chunk of its own: the sign-in page loads none of it.
const SignedIn = lazy(() => import('./SignedIn'));

export function App() {
  return (
    <I18nProvider>
      <BrowserRouter>
        <Suspense fallback={<PageState loading fullPage />}>
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            <Route path="*" element={<SignedIn />} />
          </Routes>
        </Suspense>
      </BrowserRouter>
    </I18nProvider>
  );
}
