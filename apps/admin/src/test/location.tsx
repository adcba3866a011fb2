import { useLocation } from 'react-router';

/** Shows where the router is, so a test can assert on the URL a person would see. */
export function LocationDisplay() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

/** The query string currently shown by `LocationDisplay`, parsed. */
export function currentSearchParams(element: HTMLElement): URLSearchParams {
  const text = element.textContent ?? '';
  return new URLSearchParams(text.includes('?') ? text.slice(text.indexOf('?') + 1) : '');
}
