import type { EChartsOption } from 'echarts';
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';

type Instance = ReturnType<typeof import('./echarts-lib.js')['init']>;

export interface EChartHandle {
  /** The chart as a PNG data URL (white background, double resolution); null before it has drawn. */
  png: () => string | null;
}

interface Props {
  option: EChartsOption;
  /** What the chart shows, in words: its accessible name. */
  label: string;
  height: number;
  loadingText: string;
}

/**
 * One ECharts chart, loaded on first use. The chart is a single focusable image named by its
 * summary; the numbers are in the panel's table view.
 */
export const EChart = forwardRef<EChartHandle, Props>(function EChart(
  { option, label, height, loadingText },
  ref,
) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<Instance | null>(null);
  const [ready, setReady] = useState(false);

  useImperativeHandle(ref, () => ({
    png: () => chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' }) ?? null,
  }));

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    void import('./echarts-lib.js').then(({ init }) => {
      if (disposed || !box.current) return;
      chart.current = init(box.current, null, { renderer: 'canvas' });
      observer = new ResizeObserver(() => chart.current?.resize());
      observer.observe(box.current);
      setReady(true);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (ready) chart.current?.setOption({ animation: false, ...option }, true);
  }, [ready, option]);

  return (
    <div className="dash-chart-frame">
      {!ready && <p className="hint">{loadingText}</p>}
      <div
        ref={box}
        className="dash-chart"
        role="img"
        aria-label={label}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: charts are reachable by keyboard; their name is the summary
        tabIndex={0}
        style={{ height }}
      />
    </div>
  );
});
