import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartDataset as ChartJsDataset, type Plugin } from 'chart.js';
import type { ChartPoint, ChartSpec } from '../../core/indicators/chart-spec.ts';
import { describePoint, isParagraphLink, keyAction, readingOrder } from '../../core/indicators/chart-keys.ts';
import { charactersPerLine, placeLabel, pointBox, wrapLabel, type Box } from '../../core/indicators/label-placement.ts';
import type { DatasetKey } from '../../core/indicators/format.ts';

/**
 * Draws an indicator chart with Chart.js, loaded by lazy-charts.ts only when a chart
 * comes into view. Only what is drawn is registered: points and lines on a category
 * and a linear axis, and the tooltip; the legend is HTML beside the canvas.
 *
 * Every point opens its paragraph: on a click, or from the keyboard (the canvas takes
 * focus; arrows select, Enter opens). The selected point is said in a live region.
 */
Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip);

const POINT_STYLE: Record<DatasetKey, 'circle' | 'triangle' | 'rectRot'> = { outcome: 'circle', target: 'triangle', period: 'rectRot' };

interface Palette {
	text: string;
	muted: string;
	grid: string;
	background: string;
	sets: Record<DatasetKey, string>;
}

/** The site's own colours (global.css), light or dark as the reader's page is. */
function palette(element: Element): Palette {
	const style = getComputedStyle(element);
	const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
	const text = read('--text', '#1d1d1f');
	return {
		text,
		muted: read('--muted', '#5a5a60'),
		// A neutral grey reads on the light and the dark page alike.
		grid: 'rgba(128, 128, 128, 0.3)',
		background: read('--bg', '#fdfcf9'),
		sets: { outcome: read('--accent', '#8a1c1c'), target: read('--link', '#0b57a4'), period: text },
	};
}

/** Writes each point's figure, as the report words it (6%以上), beside the point, clear of the others. */
function figureLabels(spec: ChartSpec, colours: Palette): Plugin<'line'> {
	return {
		id: 'indicatorFigureLabels',
		afterDatasetsDraw(chart) {
			const { ctx, chartArea } = chart;
			const area = { left: chartArea.left, top: chartArea.top - 24, right: chartArea.right + (spec.kind === 'comparison' ? COMPARISON_MARGIN : 16), bottom: chartArea.bottom };
			const points = spec.datasets.flatMap((dataset, datasetIndex) => {
				const meta = chart.getDatasetMeta(datasetIndex);
				if (meta.hidden) return [];
				return dataset.points.flatMap((point, index) => {
					const element = meta.data[index];
					if (!point || !element) return [];
					const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
					return [{ point, key: dataset.key, x, y }];
				});
			});
			const taken: Box[] = points.map(({ x, y }) => pointBox(x, y, 8));
			ctx.save();
			ctx.font = `600 12px ${Chart.defaults.font.family}`;
			ctx.textBaseline = 'middle';
			ctx.textAlign = 'left';
			for (const { point, key, x, y } of points) {
				const width = ctx.measureText(point.label).width;
				const height = 14;
				const offsets =
					spec.kind === 'comparison'
						? [
								{ dx: width / 2 + 11, dy: 0 },
								{ dx: -(width / 2 + 11), dy: 0 },
							]
						: [
								{ dx: 0, dy: -17 },
								{ dx: 0, dy: 18 },
								{ dx: width / 2 + 11, dy: 0 },
								{ dx: -(width / 2 + 11), dy: 0 },
							];
				const box = placeLabel(x, y, width, height, offsets, taken, area);
				taken.push(box);
				ctx.fillStyle = colours.sets[key];
				ctx.fillText(point.label, box.left, (box.top + box.bottom) / 2);
			}
			ctx.restore();
		},
	};
}

/** The comparison's right margin, where the figures beside the last points are written. */
const COMPARISON_MARGIN = 72;
const TICK_FONT_SIZE = 12;

/** In the comparison chart, an indicator's outcome sits a little below its row's middle and its target a little above. */
const ROW_OFFSET: Record<DatasetKey, number> = { outcome: 0.17, target: -0.17, period: 0 };

/** A set's colours: targets hollow, outcomes filled. */
function datasetColours(key: DatasetKey, colours: Palette) {
	const fill = key === 'target' ? colours.background : colours.sets[key];
	return { borderColor: colours.sets[key], backgroundColor: fill, pointBorderColor: colours.sets[key], pointBackgroundColor: fill };
}

/**
 * Paper is light whatever the screen's theme: when the page is printed (global.css gives
 * print its light colours) the chart is drawn again in the colours the page then has, and
 * in the screen's again afterwards.
 */
function followPrint(chart: Chart<'line'>, spec: ChartSpec, canvas: HTMLCanvasElement, colours: Palette): void {
	const recolour = () => {
		// A chart taken off the page (destroyed) is not drawn again.
		if (!canvas.isConnected || !chart.ctx) return;
		Object.assign(colours, palette(canvas));
		Chart.defaults.color = colours.text;
		chart.data.datasets.forEach((dataset, index) => Object.assign(dataset, datasetColours(spec.datasets[index]!.key, colours)));
		for (const scale of Object.values(chart.options.scales ?? {})) {
			if (!scale) continue;
			if (scale.ticks) scale.ticks.color = colours.text;
			if (scale.grid) scale.grid.color = colours.grid;
			if ('title' in scale && scale.title) scale.title.color = colours.muted;
		}
		chart.resize();
		// A full update (animation is off, so it draws at once): 'none' keeps the points' cached colours.
		chart.update();
	};
	matchMedia('print').addEventListener('change', recolour);
	window.addEventListener('beforeprint', recolour);
	window.addEventListener('afterprint', recolour);
}

export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec, status: HTMLElement): Chart<'line'> {
	const colours = palette(canvas);
	Chart.defaults.font.family = getComputedStyle(canvas).fontFamily;
	Chart.defaults.color = colours.text;
	const comparison = spec.kind === 'comparison';
	const pointAt = (datasetIndex: number, index: number): ChartPoint | null => spec.datasets[datasetIndex]?.points[index] ?? null;

	const datasets: ChartJsDataset<'line'>[] = spec.datasets.map((d) => ({
		label: d.label,
		// The comparison places each point on its indicator's row by number (rows on a
		// linear axis), so that an outcome and a target close in value never overlap.
		data: comparison ? d.points.map((p, row) => ({ x: p ? p.value : (null as unknown as number), y: row + ROW_OFFSET[d.key] })) : d.points.map((p) => (p ? p.value : null)),
		// A gap stays a gap: no line is drawn across a year without a figure.
		spanGaps: false,
		showLine: !comparison,
		...datasetColours(d.key, colours),
		pointStyle: POINT_STYLE[d.key],
		pointRadius: 6,
		pointHoverRadius: 9,
		pointBorderWidth: 2,
		pointHitRadius: 10,
		borderWidth: 2,
	}));

	const open = (datasetIndex: number, index: number) => {
		const point = pointAt(datasetIndex, index);
		if (point && isParagraphLink(point.href)) window.location.assign(point.href);
	};

	const valueAxis = {
		type: 'linear' as const,
		beginAtZero: spec.beginAtZero,
		grace: '15%',
		title: { display: true, text: `单位：${spec.unit}`, color: colours.muted },
		grid: { color: colours.grid },
		ticks: { color: colours.text },
	};
	// Offset: the first and last years sit inside the frame, their labels unclipped.
	const categoryAxis = { type: 'category' as const, offset: true, grid: { display: false }, ticks: { color: colours.text, autoSkip: false } };
	const rowAxis = {
		type: 'linear' as const,
		reverse: true,
		min: -0.5,
		max: spec.categories.length - 0.5,
		grid: { color: colours.grid },
		afterBuildTicks: (axis: { ticks: { value: number }[] }) => {
			axis.ticks = spec.categories.map((_, value) => ({ value }));
		},
		ticks: {
			color: colours.text,
			autoSkip: false,
			// An indicator's name wraps within the axis, which Chart.js gives at most half the
			// width left of the figures' margin: on a phone a long name would be cut at the edge.
			callback(this: { chart: { width: number } }, value: string | number) {
				const name = spec.categories[Number(value)] ?? '';
				const column = (this.chart.width - COMPARISON_MARGIN) / 2 - 16;
				return wrapLabel(name, charactersPerLine(column, TICK_FONT_SIZE));
			},
		},
	};

	const chart = new Chart<'line'>(canvas, {
		type: 'line',
		data: { labels: comparison ? [] : spec.categories, datasets },
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: false,
			layout: { padding: { top: 8, right: comparison ? COMPARISON_MARGIN : 16 } },
			interaction: { mode: 'nearest', intersect: true },
			scales: comparison ? { x: valueAxis, y: rowAxis } : { x: categoryAxis, y: valueAxis },
			plugins: {
				tooltip: {
					callbacks: {
						title: (items) => {
							const item = items[0];
							return item ? `${spec.categories[item.dataIndex] ?? ''} ${spec.datasets[item.datasetIndex]?.label ?? ''}` : '';
						},
						label: (item) => pointAt(item.datasetIndex, item.dataIndex)?.label ?? '',
						afterLabel: (item) => {
							const point = pointAt(item.datasetIndex, item.dataIndex);
							return point ? `原文：${point.quote}` : '';
						},
						footer: () => '点击或按回车打开原文段落',
					},
				},
			},
			onHover: (_event, elements) => {
				canvas.style.cursor = elements.length > 0 ? 'pointer' : 'default';
			},
			onClick: (_event, elements) => {
				const hit = elements[0];
				if (hit) open(hit.datasetIndex, hit.index);
			},
		},
		plugins: [figureLabels(spec, colours)],
	});

	followPrint(chart, spec, canvas, colours);

	const order = readingOrder(spec);
	let selected = -1;
	const select = (position: number) => {
		selected = position;
		const ref = order[position]!;
		const element = chart.getDatasetMeta(ref.datasetIndex).data[ref.index];
		const { x, y } = element ? (element.getProps(['x', 'y'], true) as { x: number; y: number }) : { x: 0, y: 0 };
		chart.setActiveElements([ref]);
		chart.tooltip?.setActiveElements([ref], { x, y });
		chart.update();
		status.textContent = `${position + 1}/${order.length} ${describePoint(spec, ref)}`;
	};
	const clear = () => {
		selected = -1;
		chart.setActiveElements([]);
		chart.tooltip?.setActiveElements([], { x: 0, y: 0 });
		chart.update();
		status.textContent = '';
	};
	canvas.addEventListener('keydown', (event) => {
		const action = keyAction(event.key, order.length, selected);
		if (action.type === 'none') return;
		event.preventDefault();
		if (action.type === 'select') select(action.position);
		else if (action.type === 'clear') clear();
		else open(order[action.position]!.datasetIndex, order[action.position]!.index);
	});
	canvas.addEventListener('blur', () => {
		if (selected >= 0) clear();
	});
	return chart;
}
