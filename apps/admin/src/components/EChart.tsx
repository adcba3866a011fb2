import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

// Only what the console's charts draw (bars and lines), so the chunk stays small.
echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export type ChartOption = echarts.ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

/**
 * An ECharts chart filling its box: it follows the box's size and is disposed on unmount.
 * A canvas says nothing to a screen reader, so the box carries `label` (the table beside each
 * chart holds the same figures).
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
  const chart = useRef<echarts.EChartsType | null>(null);
  const clicked = useRef(onItemClick);

  useEffect(() => {
    clicked.current = onItemClick;
  });

  useEffect(() => {
    const instance = echarts.init(box.current!);
    chart.current = instance;
    instance.on('click', (event) => clicked.current?.(event.dataIndex));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current!);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
