/**
 * jsdom has no ResizeObserver; Ant Design 6's table, tabs and overflow lists need one. Nothing
 * is measured in jsdom anyway, so this one never reports. Import it for its effect.
 */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof globalThis.ResizeObserver === 'undefined') {
  Object.assign(globalThis, { ResizeObserver: NoopResizeObserver });
}

export {};
