// A readable graph view on Cytoscape.js: nodes laid out in columns by kind (or by the layer a caller
// gives), short labels with the full name on hover and in the side list, every kind in the legend,
// expand / collapse of any node through the neighbourhood query, and a node cap with "show more".
import { gql } from './api.js';
import { h, KIND, ROLE, shorten, taskHref, nodeHref } from './dom.js';

export const COLORS = { Task: '#2f6fdb', Agency: '#c07d00', Plan: '#7a4fd0', Document: '#57606a',
	MonitoringSection: '#1a7f37', Township: '#bf3989', KeyProject: '#cf222e', Enterprise: '#953800',
	Deadline: '#8c959f', Heading: '#6e7781', County: '#0a7f8c', ExternalDoc: '#8c6d00' };
const EDGE_COLORS = { LEAD: '#c07d00', SUPPORT: '#2f6fdb', TERRITORIAL: '#bf3989' };
const KIND_ORDER = ['Plan', 'Document', 'Heading', 'Task', 'Agency', 'County', 'Township', 'MonitoringSection',
	'KeyProject', 'Enterprise', 'Deadline', 'ExternalDoc'];
// kinds that share a column of the default layout: documents | tasks | units | places | sections and projects | dates
const LAYER = { Plan: 0, Document: 0, Heading: 0, ExternalDoc: 0, Task: 1, Agency: 2, County: 3, Township: 3,
	MonitoringSection: 4, KeyProject: 4, Enterprise: 4, Deadline: 5 };
const ROWS = 12;
const ROW_GAP = 46;
const COLUMN_GAP = 170;

const NEIGHBOURHOOD = `query expand($id: ID!) {
  neighbourhood(id: $id, depth: 1, first: 200) { truncated nodes { id label name } edges { id source target type role } }
}`;

function kindRank(label) {
	const rank = KIND_ORDER.indexOf(label);
	return rank < 0 ? KIND_ORDER.length : rank;
}

function defaultLayer(node) {
	return node.label in LAYER ? LAYER[node.label] : 6;
}

/**
 * Draws a graph into container. options: rootId, nodes, edges, truncated, cap (visible nodes before
 * "show more"), layer (node → column number), name (key in window.dutygraph.graphs), expandable.
 */
export function graphView(container, options) {
	const name = options.name || 'graph';
	const cap = { value: options.cap || 40 };
	const layer = options.layer || defaultLayer;
	const nodes = new Map();
	const edges = new Map();
	const order = [];
	const expanded = new Map();
	let selected = null;

	function addNodes(list, addedBy) {
		const added = [];
		list.forEach((n) => {
			if (!nodes.has(n.id)) {
				nodes.set(n.id, { ...n, addedBy });
				order.push(n.id);
				added.push(n.id);
			}
		});
		return added;
	}

	function addEdges(list) {
		list.forEach((e) => edges.has(e.id) || edges.set(e.id, e));
	}

	const initial = [...options.nodes].sort((a, b) => (a.id === options.rootId ? -1 : b.id === options.rootId ? 1
		: kindRank(a.label) - kindRank(b.label) || a.name.localeCompare(b.name, 'zh')));
	addNodes(initial, null);
	addEdges(options.edges);

	const legend = h('ul', { class: 'legend', 'aria-label': '图例' });
	const more = h('button', { type: 'button', class: 'more', onclick: () => { cap.value += 40; render(); } });
	const expandButton = h('button', { type: 'button', class: 'expand', disabled: true, onclick: () => selected && expand(selected) }, '展开所选');
	const collapseButton = h('button', { type: 'button', class: 'collapse', disabled: true, onclick: () => selected && collapse(selected) }, '收起所选');
	const fitButton = h('button', { type: 'button', onclick: () => cy.fit(undefined, 30) }, '适应窗口');
	const canvas = h('div', { class: 'graph-canvas', role: 'img', 'aria-label': '关系图' });
	const tip = h('div', { class: 'graph-tip', hidden: true });
	const details = h('div', { class: 'graph-details' }, h('p', { class: 'hint', text: '点击节点查看全名；双击或“展开所选”展开其邻域。' }));
	const list = h('ol', { class: 'node-list' });
	const note = h('p', { class: 'graph-note' });
	container.replaceChildren(h('div', { class: 'graph-panel' },
		h('div', { class: 'graph-toolbar' }, legend, h('span', { class: 'tools' }, more, expandButton, collapseButton, fitButton)),
		h('div', { class: 'graph-body' }, h('div', { class: 'graph-stage' }, canvas, tip),
			h('aside', {}, details, h('details', {}, h('summary', { text: '节点列表（可用键盘）' }), list))),
		note));

	const cy = cytoscape({
		container: canvas,
		wheelSensitivity: 0.3,
		maxZoom: 1.6,
		style: [
			{ selector: 'node', style: { 'background-color': (n) => COLORS[n.data('label')] || '#999', label: 'data(short)',
				'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3, width: 18, height: 18, color: '#1f2328',
				'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 1 } },
			{ selector: 'node[?root]', style: { width: 28, height: 28, 'border-width': 3, 'border-color': '#1f2328', 'font-weight': 'bold' } },
			{ selector: 'node[?hit]', style: { 'border-width': 3, 'border-color': '#cf222e' } },
			{ selector: 'node[?miss]', style: { shape: 'diamond', 'border-width': 3, 'border-color': '#cf222e' } },
			{ selector: 'edge', style: { width: 1.2, 'line-color': '#afb8c1', 'target-arrow-color': '#afb8c1',
				'target-arrow-shape': 'triangle', 'arrow-scale': 0.7, 'curve-style': 'bezier' } },
			{ selector: 'edge[role = "LEAD"]', style: { width: 2.5, 'line-color': EDGE_COLORS.LEAD, 'target-arrow-color': EDGE_COLORS.LEAD } },
			{ selector: 'edge[role = "SUPPORT"]', style: { 'line-color': EDGE_COLORS.SUPPORT, 'target-arrow-color': EDGE_COLORS.SUPPORT } },
			{ selector: 'edge[role = "TERRITORIAL"]', style: { 'line-color': EDGE_COLORS.TERRITORIAL, 'target-arrow-color': EDGE_COLORS.TERRITORIAL } },
			{ selector: 'edge[?hit]', style: { width: 3, 'line-color': '#cf222e', 'target-arrow-color': '#cf222e' } },
			{ selector: ':selected', style: { 'border-width': 4, 'border-color': '#000' } }
		]
	});

	function visibleIds() {
		const shown = new Set(order.slice(0, cap.value));
		return shown;
	}

	function render() {
		const shown = visibleIds();
		const visible = order.filter((id) => shown.has(id)).map((id) => nodes.get(id));
		const visibleEdges = [...edges.values()].filter((e) => shown.has(e.source) && shown.has(e.target));
		const positions = layout(visible);
		cy.batch(() => {
			cy.elements().remove();
			cy.add(visible.map((n) => ({ group: 'nodes', data: { id: n.id, label: n.label, name: n.name, short: shorten(n.name, 12),
				root: n.id === options.rootId, hit: !!n.hit, miss: !!n.miss }, position: positions.get(n.id) })));
			cy.add(visibleEdges.map((e) => ({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type,
				role: e.role || '', hit: !!e.hit } })));
		});
		cy.resize();
		cy.layout({ name: 'preset', fit: true, padding: 30 }).run();
		const hidden = nodes.size - visible.length;
		more.textContent = hidden > 0 ? '显示更多（还有 ' + hidden + ' 个）' : '已全部显示';
		more.disabled = hidden <= 0;
		renderLegend(visible);
		renderList(visible);
		note.textContent = '显示 ' + visible.length + ' / ' + nodes.size + ' 个节点，' + visibleEdges.length + ' 条关系'
			+ (options.truncated ? '；服务端已按上限截断' : '') + '。';
		publish(visible.length, visibleEdges.length);
	}

	function layout(visible) {
		const columns = new Map();
		visible.forEach((n) => {
			const key = layer(n);
			if (!columns.has(key)) {
				columns.set(key, []);
			}
			columns.get(key).push(n);
		});
		const positions = new Map();
		const tallest = Math.max(1, ...[...columns.values()].map((c) => Math.min(c.length, ROWS)));
		canvas.classList.toggle('short', tallest <= 5);
		let x = 0;
		[...columns.keys()].sort((a, b) => a - b).forEach((key) => {
			const column = columns.get(key).sort((a, b) => (a.id === options.rootId ? -1 : b.id === options.rootId ? 1
				: kindRank(a.label) - kindRank(b.label)));
			const subColumns = Math.ceil(column.length / ROWS);
			const rows = Math.ceil(column.length / subColumns);
			column.forEach((n, i) => {
				const sub = Math.floor(i / rows);
				const row = i % rows;
				const y = (row - (Math.min(rows, column.length - sub * rows) - 1) / 2) * ROW_GAP + (sub % 2) * (ROW_GAP / 2);
				positions.set(n.id, { x: x + sub * (COLUMN_GAP * 0.8), y });
			});
			x += (subColumns - 1) * COLUMN_GAP * 0.8 + COLUMN_GAP;
		});
		return positions;
	}

	function renderLegend(visible) {
		const kinds = [...new Set([...nodes.values()].map((n) => n.label))].sort((a, b) => kindRank(a) - kindRank(b));
		const present = new Set(visible.map((n) => n.label));
		legend.replaceChildren(
			...kinds.map((k) => h('li', { class: 'kind kind-' + k + (present.has(k) ? '' : ' absent') }, h('span', { class: 'swatch' }), KIND[k] || k)),
			...Object.keys(EDGE_COLORS).map((r) => h('li', { class: 'edge edge-' + r }, h('span', { class: 'line' }), ROLE[r])));
	}

	function renderList(visible) {
		list.replaceChildren(...visible.map((n) => h('li', {}, h('button', { type: 'button', class: 'linkish', title: n.name, 'data-id': n.id,
			onclick: () => select(n.id) }, (KIND[n.label] || n.label) + '：' + n.name))));
	}

	function select(id) {
		selected = id;
		cy.elements(':selected').unselect();
		cy.getElementById(id).select();
		const n = nodes.get(id);
		expandButton.disabled = false;
		collapseButton.disabled = !expanded.has(id);
		details.replaceChildren(h('h3', { text: n.name }), h('p', { text: (KIND[n.label] || n.label) + ' · ' + n.id }),
			h('p', {}, h('a', { href: n.label === 'Task' ? taskHref(n.id) : nodeHref(n.id), text: '打开此页' })));
	}

	async function expand(id) {
		try {
			const view = (await gql(NEIGHBOURHOOD, { id })).neighbourhood;
			const added = addNodes(view.nodes, id);
			addEdges(view.edges);
			expanded.set(id, added);
			// newly opened nodes are shown right away
			order.splice(order.length - added.length, added.length);
			const at = Math.min(cap.value, order.length);
			order.splice(at, 0, ...added);
			cap.value += added.length;
			render();
			select(id);
		}
		catch (error) {
			note.textContent = '展开失败：' + error.message;
		}
	}

	function collapse(id) {
		const removed = new Set();
		const drop = (owner) => (expanded.get(owner) || []).forEach((child) => {
			removed.add(child);
			drop(child);
			expanded.delete(child);
		});
		drop(id);
		expanded.delete(id);
		removed.forEach((r) => nodes.delete(r));
		for (let i = order.length - 1; i >= 0; i--) {
			if (removed.has(order[i])) {
				order.splice(i, 1);
			}
		}
		[...edges.keys()].forEach((k) => {
			const e = edges.get(k);
			if (removed.has(e.source) || removed.has(e.target)) {
				edges.delete(k);
			}
		});
		cap.value = Math.max(options.cap || 40, cap.value - removed.size);
		render();
		select(id);
	}

	function publish(nodeCount, edgeCount) {
		window.dutygraph.graphs[name] = { nodes: nodeCount, edges: edgeCount, total: nodes.size,
			ids: cy.nodes().map((n) => n.id()), labels: cy.nodes().map((n) => n.data('label')) };
	}

	cy.on('tap', 'node', (event) => select(event.target.id()));
	cy.on('dbltap', 'node', (event) => expand(event.target.id()));
	cy.on('mouseover', 'node', (event) => {
		const n = event.target;
		canvas.title = n.data('name');
		tip.textContent = (KIND[n.data('label')] || n.data('label')) + '：' + n.data('name');
		const p = n.renderedPosition();
		tip.style.left = Math.round(p.x + 12) + 'px';
		tip.style.top = Math.round(p.y - 28) + 'px';
		tip.hidden = false;
	});
	cy.on('mouseout', 'node', () => {
		canvas.title = '';
		tip.hidden = true;
	});

	render();
	return { cy, expand, collapse, select, render, nodes };
}
