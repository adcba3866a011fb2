import { useEffect, useState, type RefCallback } from 'react';

/**
 * Whether an element has come within `margin` of the screen (half a screen by default); once
 * true it stays true. What a phone would only see after scrolling waits until then: the
 * dashboard's lower cards, charts.
 */
export function useNearScreen<T extends Element>(margin = '50% 0px'): [boolean, RefCallback<T>] {
  const [element, setElement] = useState<T | null>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    if (!element || near) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, near, margin]);
  return [near, setElement];
}
