import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip,
	type ChartData,
	type ChartOptions,
	type ChartType
} from 'chart.js';
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';

// Only what Review draws, so that the Review page's download stays small.
Chart.register(
	BarController,
	BarElement,
	LineController,
	LineElement,
	PointElement,
	CategoryScale,
	LinearScale,
	Legend,
	Tooltip
);

export interface ChartSpec<T extends ChartType = ChartType> {
	type: T;
	data: ChartData<T>;
	options?: ChartOptions<T>;
}

/**
 * Draws a chart.js chart on a canvas and keeps it up to date as the spec changes, without
 * making a new chart each time. `onDrawn` is called after each drawing. Where there is no
 * canvas to draw on (tests without one) nothing is drawn.
 */
export function chart(
	spec: () => ChartSpec,
	onDrawn: () => void = () => {}
): Attachment<HTMLCanvasElement> {
	return (canvas) => {
		if (canvas.getContext('2d') === null) return;
		// Made without tracking what it reads: a change of spec updates this chart (the effect
		// below), it never makes it again.
		const instance = untrack(() => {
			const first = spec();
			const made = new Chart(canvas, {
				type: first.type,
				data: first.data,
				options: {
					animation: false,
					responsive: true,
					maintainAspectRatio: false,
					...first.options
				}
			});
			onDrawn();
			return made;
		});
		let initial = true;
		$effect(() => {
			const next = spec();
			if (initial) {
				initial = false;
				return;
			}
			instance.data = next.data;
			instance.update('none');
			untrack(onDrawn);
		});
		return () => instance.destroy();
	};
}

/** Colours that keep AA contrast against white, told apart by more than hue alone. */
export const PALETTE = ['#1d4e89', '#b5472a', '#1e6b34', '#7a3e9d', '#8a6d00'];
