import { useCallback, useEffect, useRef } from 'react';
import type { Chart, ChartOption } from './echarts-setup';
import { useNearScreen } from './useNearScreen';

export type { ChartOption };

let lastTurn = Promise.resolve();

/**
 * Runs `draw` in a task of its own, after the charts before it: a screen's charts set up
 * together held a phone's page for a quarter of a second; one by one, the page answers between.
 */
function inTurn(draw: () => void) {
  lastTurn = lastTurn.then(
    () =>
      new Promise((resolve) =>
        setTimeout(() => {
          try {
            draw();
          } finally {
            resolve();
          }
        }, 0),
      ),
  );
}

/**
 * An ECharts chart filling its box: it follows the box's size and is disposed on unmount.
 * ECharts arrives in its own chunk when the first chart nears the screen, so the figures and
 * tables of a screen show without waiting for it.
 * A canvas says nothing to a screen reader, so the box carries `label` (the table beside each
 * chart holds the same figures). The box is marked `data-drawn` once the chart has finished
 * drawing, animation included, so a test can wait for the picture it takes.
 */
export function EChart({
  option,
  height,
  label,
  onItemClick,
}: {
  option: ChartOption;
  height: number;
  label: string;
  /** Called with the category index of a clicked bar or point. */
  onItemClick?: (index: number) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | null>(null);
  const clicked = useRef(onItemClick);
  const latest = useRef(option);
  latest.current = option;

  useEffect(() => {
    clicked.current = onItemClick;
  });

  // Set up when it comes within half a screen of being seen: a phone's dashboard shows its
  // figures first, and draws the charts below them only for who scrolls down.
  const [near, nearRef] = useNearScreen<HTMLDivElement>();
  const boxRef = useCallback(
    (element: HTMLDivElement | null) => {
      box.current = element;
      nearRef(element);
    },
    [nearRef],
  );
  useEffect(() => {
    if (!near) return;
    let disposed = false;
    let cleanup = () => {};
    void import('./echarts-setup').then(({ createChart }) =>
      inTurn(() => {
        if (disposed || !box.current) return;
        const instance = createChart(box.current);
        chart.current = instance;
        instance.on('click', (event) => clicked.current?.(event.dataIndex));
        instance.on('finished', () => box.current?.setAttribute('data-drawn', ''));
        instance.setOption(latest.current, { notMerge: true });
        const observer = new ResizeObserver(() => instance.resize());
        observer.observe(box.current);
        cleanup = () => {
          observer.disconnect();
          instance.dispose();
          chart.current = null;
        };
      }),
    );
    return () => {
      disposed = true;
      cleanup();
    };
  }, [near]);

  useEffect(() => {
    if (!chart.current) return;
    box.current?.removeAttribute('data-drawn');
    chart.current.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div ref={boxRef} role="img" aria-label={label} data-chart style={{ width: '100%', height }} />
  );
}
