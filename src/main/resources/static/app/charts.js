// Charts on Chart.js (served from its WebJar): bars people read faster than tables.
import { h } from './dom.js';

const PALETTE = ['#2f6fdb', '#c07d00', '#1a7f37', '#bf3989', '#7a4fd0', '#cf222e', '#0a7f8c', '#953800', '#57606a',
	'#8c6d00', '#3b8eea', '#d4a72c'];

export function barChart(title, labels, datasets, options = {}) {
	const canvas = h('canvas', { role: 'img', 'aria-label': title });
	const figure = h('figure', { class: 'chart' + (options.tall ? ' tall' : '') }, h('div', { class: 'chart-box' }, canvas),
		h('figcaption', { text: title }));
	const chart = new Chart(canvas, {
		type: 'bar',
		data: { labels, datasets: datasets.map((d, i) => ({ backgroundColor: PALETTE[i % PALETTE.length], maxBarThickness: 48, ...d })) },
		options: {
			animation: false,
			maintainAspectRatio: false,
			indexAxis: options.horizontal ? 'y' : 'x',
			plugins: { legend: { display: datasets.length > 1, position: 'bottom' } },
			scales: { x: { stacked: !!options.stacked, ticks: { autoSkip: false } },
				y: { stacked: !!options.stacked, beginAtZero: true, ticks: { precision: 0, autoSkip: false } } }
		}
	});
	window.dutygraph.charts.push({ title, labels, datasets: datasets.map((d) => ({ label: d.label, data: d.data })) });
	figure.chart = chart;
	return figure;
}
