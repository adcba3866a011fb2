import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
import { App } from './app/App';

const root = createRoot(document.getElementById('root')!);
// A transition: React draws the first screen in slices and answers input between them, instead
// of one task that holds the page (on a phone, a quarter of a second).
startTransition(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
