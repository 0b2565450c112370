/// <reference lib="dom" />
/**
 * One Chart.js chart per report chart, from the data the extension computed. Only the parts of Chart.js
 * the report draws are registered, so the bundle stays small. Animation is off: the report redraws on
 * every corpus change and theme change, and a chart that moves each time is harder to read.
 */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type ChartType,
  type Plugin,
} from 'chart.js';
import { MatrixController, MatrixElement, type MatrixDataPoint } from 'chartjs-chart-matrix';
import { SPEAKER_TYPE_LABELS, type ChartId, type ReportData } from '../../corpus/charts';
import type { Palette } from './theme';

Chart.register(
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  MatrixController,
  MatrixElement,
);

/** Theme defaults for every chart drawn after this call. */
export function applyTheme(palette: Palette): void {
  Chart.defaults.color = palette.foreground;
  Chart.defaults.borderColor = palette.grid;
  Chart.defaults.font.family = palette.fontFamily;
  Chart.defaults.font.size = palette.fontSize - 1;
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.plugins.tooltip.backgroundColor = palette.background;
  Chart.defaults.plugins.tooltip.titleColor = palette.foreground;
  Chart.defaults.plugins.tooltip.bodyColor = palette.foreground;
  Chart.defaults.plugins.tooltip.borderColor = palette.grid;
  Chart.defaults.plugins.tooltip.borderWidth = 1;
}

/**
 * One table holds every chart's configuration; each is checked against its own chart type first, where the
 * type's own options live (a doughnut's cutout, a matrix cell's size).
 */
const asAnyChart = <T extends ChartType>(config: ChartConfiguration<T>) => config as unknown as ChartConfiguration;

/** Long names are cut on the axis (the tooltip and the table give them whole). */
const short = (label: string, max = 26) => (label.length > max ? `${label.slice(0, max - 1)}…` : label);

function horizontalBars(labels: string[], datasets: ChartConfiguration<'bar'>['data']['datasets'], stacked: boolean): ChartConfiguration {
  return {
    type: 'bar',
    data: { labels, datasets },
    options: {
      indexAxis: 'y',
      scales: {
        x: { stacked, beginAtZero: true, ticks: { precision: 0 } },
        y: {
          stacked,
          grid: { display: false },
          ticks: { autoSkip: false, callback: (_value, index) => short(labels[index] ?? '') },
        },
      },
      plugins: { legend: { display: datasets.length > 1, position: 'bottom' } },
    },
  };
}

function speakersChart(data: ReportData, palette: Palette): ChartConfiguration {
  return horizontalBars(
    data.speakers.map((s) => s.name),
    [
      { label: 'Quotes', data: data.speakers.map((s) => s.quotes), backgroundColor: palette.series[0], barPercentage: 0.8 },
      { label: 'Reported speech', data: data.speakers.map((s) => s.reported), backgroundColor: palette.series[1], barPercentage: 0.8 },
    ],
    true,
  );
}

function organizationsChart(data: ReportData, palette: Palette): ChartConfiguration {
  return horizontalBars(
    data.organizations.map((o) => o.name),
    [{ label: 'Articles', data: data.organizations.map((o) => o.articles), backgroundColor: palette.organization, barPercentage: 0.8 }],
    false,
  );
}

function overTimeChart(data: ReportData, palette: Palette): ChartConfiguration {
  const { periods, series } = data.overTime;
  // Points hide the line on a long axis; on a short one they show which periods have quotes.
  const pointRadius = periods.length > 40 ? 0 : 3;
  return {
    type: 'line',
    data: {
      labels: periods,
      datasets: series.map((s, i) => ({
        label: s.name,
        data: s.counts,
        borderColor: palette.series[i % palette.series.length],
        backgroundColor: palette.series[i % palette.series.length],
        borderWidth: 2,
        pointRadius,
        pointHoverRadius: 5,
      })),
    },
    options: {
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkipPadding: 12 } },
        y: { beginAtZero: true, ticks: { precision: 0 } },
      },
      plugins: { legend: { position: 'bottom' } },
    },
  };
}

/** Writes each cell's count in it: a heatmap's shades alone are hard to compare. */
function cellLabels(palette: Palette, max: number): Plugin<'matrix'> {
  return {
    id: 'cellLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const meta = chart.getDatasetMeta(0);
      const points = chart.data.datasets[0].data as MatrixDataPoint[];
      ctx.save();
      ctx.font = `${palette.fontSize - 2}px ${palette.fontFamily}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      meta.data.forEach((cell, i) => {
        const { x, y, width, height } = cell.getProps(['x', 'y', 'width', 'height']) as Record<string, number>;
        const v = points[i]?.v ?? 0;
        if (width < 14 || height < 12) return;
        ctx.fillStyle = max && v / max > 0.55 ? palette.background : palette.foreground;
        ctx.fillText(String(v), x + width / 2, y + height / 2);
      });
      ctx.restore();
    },
  };
}

function coOccurrenceChart(data: ReportData, palette: Palette): ChartConfiguration {
  const { speakers, matrix } = data.coOccurrence;
  const names = speakers.map((s) => s.name);
  const cells: MatrixDataPoint[] = matrix.flatMap((row, i) => row.map((v, j) => ({ x: names[j], y: names[i], v })));
  const max = Math.max(0, ...cells.map((c) => c.v ?? 0));
  const side = (size: number | undefined) => Math.max(0, (size ?? 0) / Math.max(names.length, 1) - 2);
  return asAnyChart<'matrix'>({
    type: 'matrix',
    data: {
      datasets: [
        {
          label: 'Articles quoting both',
          data: cells,
          backgroundColor: (ctx) => palette.heat(max ? ((ctx.raw as MatrixDataPoint | undefined)?.v ?? 0) / max : 0),
          borderColor: palette.grid,
          borderWidth: 1,
          width: ({ chart }) => side(chart.chartArea?.width),
          height: ({ chart }) => side(chart.chartArea?.height),
        },
      ],
    },
    options: {
      scales: {
        x: {
          type: 'category',
          labels: names,
          offset: true,
          grid: { display: false },
          ticks: { callback: (_v, i) => short(names[i] ?? '', 14) },
        },
        y: {
          type: 'category',
          labels: names,
          offset: true,
          reverse: false,
          grid: { display: false },
          ticks: { callback: (_v, i) => short(names[i] ?? '') },
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: () => '',
            label: (ctx) => {
              const cell = ctx.raw as MatrixDataPoint;
              const n = cell.v ?? 0;
              const articles = `${n} article${n === 1 ? '' : 's'}`;
              return cell.x === cell.y ? `${cell.x}: quoted in ${articles}` : `${cell.y} and ${cell.x}: ${articles}`;
            },
          },
        },
      },
    },
    plugins: [cellLabels(palette, max)],
  });
}

function speakerTypesChart(data: ReportData, palette: Palette): ChartConfiguration {
  const colours = { person: palette.person, organization: palette.organization, place: palette.place, none: palette.noSpeaker };
  const total = data.speakerTypes.reduce((sum, t) => sum + t.quotes, 0);
  return asAnyChart<'doughnut'>({
    type: 'doughnut',
    data: {
      labels: data.speakerTypes.map((t) => SPEAKER_TYPE_LABELS[t.type]),
      datasets: [
        {
          label: 'Quotes',
          data: data.speakerTypes.map((t) => t.quotes),
          backgroundColor: data.speakerTypes.map((t) => colours[t.type]),
          borderColor: palette.background,
          borderWidth: 2,
        },
      ],
    },
    options: {
      cutout: '55%',
      plugins: {
        legend: { position: 'right' },
        tooltip: {
          callbacks: {
            label: (ctx) => ` ${ctx.label}: ${ctx.parsed} (${total ? ((100 * ctx.parsed) / total).toFixed(1) : '0.0'}%)`,
          },
        },
      },
    },
  });
}

function genderChart(data: ReportData, palette: Palette): ChartConfiguration {
  const labels = data.gender.map((g) => (g.gender === 'not stated' ? 'Not stated' : g.gender === 'male' ? 'Male' : 'Female'));
  return {
    type: 'bar',
    data: {
      labels,
      datasets: [
        { label: 'People quoted', data: data.gender.map((g) => g.people), backgroundColor: palette.series[0], barPercentage: 0.7 },
        { label: 'Quotes', data: data.gender.map((g) => g.quotes), backgroundColor: palette.series[3], barPercentage: 0.7 },
      ],
    },
    options: {
      scales: { x: { grid: { display: false } }, y: { beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: 'bottom' } },
    },
  };
}

const BUILDERS: Record<ChartId, (data: ReportData, palette: Palette) => ChartConfiguration> = {
  speakers: speakersChart,
  organizations: organizationsChart,
  overTime: overTimeChart,
  coOccurrence: coOccurrenceChart,
  speakerTypes: speakerTypesChart,
  gender: genderChart,
};

/** Draws one chart on its canvas; returns the chart and the marks Chart.js built for it (bars, points, cells, slices). */
export function drawChart(canvas: HTMLCanvasElement, id: ChartId, data: ReportData, palette: Palette): { chart: Chart; points: number } {
  const chart = new Chart(canvas, BUILDERS[id](data, palette));
  let points = 0;
  for (let i = 0; i < chart.data.datasets.length; i++) points += chart.getDatasetMeta(i).data.length;
  return { chart, points };
}

/** The canvas height that fits a chart's rows without squeezing its labels. */
export function chartHeight(id: ChartId, data: ReportData): number {
  switch (id) {
    case 'speakers':
      return Math.max(180, data.speakers.length * 24 + 70);
    case 'organizations':
      return Math.max(160, data.organizations.length * 24 + 40);
    case 'coOccurrence':
      return Math.max(220, data.coOccurrence.speakers.length * 30 + 90);
    case 'speakerTypes':
      return 240;
    case 'overTime':
      return 300;
    case 'gender':
      return 240;
  }
}
