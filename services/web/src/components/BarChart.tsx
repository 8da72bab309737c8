import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartDataset,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface BarSeries {
  label: string;
  values: number[];
  colour: string;
}

/**
 * Stacked bars for people who would rather look than read. The canvas is an image to assistive
 * technology, named by `summary`; the same figures are always in a table next to it.
 */
export function BarChart({
  labels,
  series,
  summary,
  unit,
  stacked = true,
}: {
  labels: string[];
  series: BarSeries[];
  /** What the chart shows, in one sentence (its accessible name). */
  summary: string;
  unit?: string;
  /** Stacked (parts of a whole, the default) or side by side (to compare two series). */
  stacked?: boolean;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const datasets: ChartDataset<'bar'>[] = series.map((s) => ({
      label: s.label,
      data: s.values,
      backgroundColor: s.colour,
      borderWidth: 0,
    }));
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: { labels, datasets },
      options: {
        animation: false,
        maintainAspectRatio: false,
        locale: 'fr-FR',
        scales: {
          x: { stacked, ticks: { color: '#1b1b1b' } },
          y: {
            stacked,
            beginAtZero: true,
            ticks: { color: '#1b1b1b', precision: 0 },
            ...(unit ? { title: { display: true, text: unit, color: '#1b1b1b' } } : {}),
          },
        },
        plugins: { legend: { position: 'bottom', labels: { color: '#1b1b1b' } } },
      },
    });
    return () => chart.destroy();
  }, [labels, series, unit, stacked]);
  return (
    <div className="chart">
      <canvas ref={canvas} role="img" aria-label={summary} />
    </div>
  );
}
