import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';
// Every feature's messages: screens are tested outside the chunks that bring theirs.
import '../locales';

type Listener = ((event: { data: unknown }) => void) | null;

/** A MessageChannel on timers: Node's real one keeps the process alive after the tests. */
class TimerMessageChannel {
  port1 = {
    onmessage: null as Listener,
    postMessage: (data: unknown) => this.deliver(this.port2, data),
    close() {},
  };
  port2 = {
    onmessage: null as Listener,
    postMessage: (data: unknown) => this.deliver(this.port1, data),
    close() {},
  };
  private deliver(port: { onmessage: Listener }, data: unknown) {
    setTimeout(() => port.onmessage?.({ data }), 0);
  }
}

/** jsdom lays nothing out: every element observed is taken as on the screen, at once. */
class OnScreenIntersectionObserver {
  constructor(private readonly report: IntersectionObserverCallback) {}
  observe(target: Element) {
    const entry = { target, isIntersecting: true } as IntersectionObserverEntry;
    queueMicrotask(() => this.report([entry], this as unknown as IntersectionObserver));
  }
  unobserve() {}
  disconnect() {}
}

// jsdom lacks these; react-router and Ant Design's forms need them.
Object.assign(globalThis, {
  TextEncoder,
  TextDecoder,
  MessageChannel: TimerMessageChannel,
  IntersectionObserver: OnScreenIntersectionObserver,
});

// Ant Design reads these browser APIs that jsdom lacks.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});
window.getComputedStyle = (
  (original) => (element: Element) =>
    original(element)
)(window.getComputedStyle);

// Two test workers share the machine's cores: give findBy… queries room before they fail.
// CI runs several test files at once on two cores: waits for a state may take a while.
configure({ asyncUtilTimeout: 15_000 });
