/** 按期落实's tag text: Ant Design's green on its pale fill falls short of WCAG AA contrast. */
export const ON_TRACK_TEXT = '#135200';
