import type { ChartSpec } from '../../core/indicators/chart-spec.ts';

/**
 * <indicator-chart data-spec="…">: a chart drawn only once it comes near the viewport.
 * Chart.js (draw-chart.ts) is imported then, and only on pages that hold a chart, so a
 * reader who never scrolls to one never downloads it. Until then, and without
 * JavaScript, the data table beside each chart holds the same figures and links.
 */

type Drawn = { destroy(): void };

const canObserve = () => typeof IntersectionObserver !== 'undefined';

export class IndicatorChartElement extends HTMLElement {
	/** The Chart.js instance once drawn (tests read its data to compare it with the table). */
	chart: Drawn | undefined;

	connectedCallback(): void {
		// The frame's height follows its rows; set here, not in a style attribute, which the
		// page's Content-Security-Policy refuses (the frame shows only with scripting anyway).
		const frame = this.querySelector<HTMLElement>('.chart-frame[data-rows]');
		frame?.style.setProperty('--rows', frame.dataset.rows ?? '');
		// Without IntersectionObserver, drawn at once.
		if (canObserve()) observer().observe(this);
		else void this.draw();
	}

	disconnectedCallback(): void {
		if (canObserve()) observer().unobserve(this);
		this.chart?.destroy();
		this.chart = undefined;
		delete this.dataset.state;
	}

	async draw(): Promise<void> {
		if (this.dataset.state) return;
		this.dataset.state = 'loading';
		const canvas = this.querySelector('canvas');
		const status = this.querySelector<HTMLElement>('[data-chart-status]');
		if (!canvas || !status || !this.dataset.spec) {
			this.dataset.state = 'failed';
			return;
		}
		try {
			const spec = JSON.parse(this.dataset.spec) as ChartSpec;
			const { drawChart } = await import('./draw-chart.ts');
			this.chart = drawChart(canvas, spec, status);
			this.dataset.state = 'drawn';
		} catch (error) {
			// The table beside the chart still holds every figure.
			this.dataset.state = 'failed';
			console.error('indicator chart:', error);
		}
	}
}

let io: IntersectionObserver | undefined;

function observer(): IntersectionObserver {
	io ??= new IntersectionObserver(
		(entries) => {
			for (const entry of entries) {
				if (!entry.isIntersecting) continue;
				io!.unobserve(entry.target);
				void (entry.target as IndicatorChartElement).draw();
			}
		},
		// Start a little before the chart scrolls in, so that it is drawn when it arrives.
		{ rootMargin: '200px 0px' },
	);
	return io;
}

if (!customElements.get('indicator-chart')) customElements.define('indicator-chart', IndicatorChartElement);
