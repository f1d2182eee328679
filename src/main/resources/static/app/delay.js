// The delay simulator: pick a task and a number of days; the affected subgraph is drawn in layers
// (delayed task → affected tasks by distance → sections, townships, projects, enterprises), the
// projected dates and misses are listed, and the units to notify are grouped by role. Printed, the
// page is a 督办 notice (print.css).
import { gql } from './api.js';
import { h, ROLE, KIND, taskHref, unitHref, townshipHref, nodeHref, taskName, section, table } from './dom.js';
import { graphView } from './graph.js';

const IMPACT = `query impact($id: ID!, $days: Int!) {
  delayImpact(taskId: $id, delayDays: $days) {
    delayDays projectedDate missesDeadline cycles
    task { id title text dueDate plan { title document { docNumber } } monitoringSections { id } townships { id } keyProjects { id } enterprises { id } }
    affectedTasks { via plannedDate projectedDate missesDeadline
      task { id title text dueDate monitoringSections { id } townships { id } keyProjects { id } enterprises { id } } }
    monitoringSections { id name level } townships { id name county } keyProjects { id name } enterprises { id name }
    notifications { role taskId agency { id name jurisdiction } }
  }
}`;
const FIND_TASK = `query findTask($text: String!) { search(text: $text, first: 20) { id label name } }`;

export async function delayPage(main, params, taskId) {
	const days = Number.parseInt(params.get('days') || '30', 10);
	const idInput = h('input', { id: 'delay-task', value: taskId || '', size: 42, placeholder: '任务标识，或先用下面的关键词查找' });
	const daysInput = h('input', { id: 'delay-days', type: 'number', min: 1, max: 3650, value: String(days), required: true });
	const find = h('input', { id: 'delay-find', placeholder: '关键词：尉迟 / 污水' });
	const found = h('ul', { class: 'pick' });
	const form = h('form', { class: 'inline no-print', id: 'delay-sim', onsubmit: (event) => {
		event.preventDefault();
		location.hash = '#/delay/' + encodeURIComponent(idInput.value.trim()) + '?days=' + encodeURIComponent(daysInput.value);
	} }, h('label', { for: 'delay-task', text: '任务' }), idInput, h('label', { for: 'delay-days', text: '延误天数' }), daysInput,
	h('button', { type: 'submit', text: '模拟' }));
	const finder = h('form', { class: 'inline no-print', onsubmit: async (event) => {
		event.preventDefault();
		const hits = (await gql(FIND_TASK, { text: find.value.trim() })).search.filter((hit) => hit.label === 'Task');
		found.replaceChildren(...hits.map((hit) => h('li', {}, h('button', { type: 'button', class: 'linkish', onclick: () => {
			idInput.value = hit.id;
			idInput.focus();
		} }, hit.name))));
	} }, h('label', { for: 'delay-find', text: '查找任务' }), find, h('button', { type: 'submit', text: '查找' }));
	main.replaceChildren(h('h1', { class: 'no-print', text: '延误模拟' }), form, finder, found);
	if (!taskId) {
		return;
	}
	const impact = (await gql(IMPACT, { id: taskId, days })).delayImpact;
	const task = impact.task;
	const graph = h('div', { class: 'graph-host' });
	const byRole = new Map(Object.keys(ROLE).map((r) => [r, new Map()]));
	const titles = new Map([[task.id, taskName(task)], ...impact.affectedTasks.map((a) => [a.task.id, taskName(a.task)])]);
	impact.notifications.forEach((n) => {
		const units = byRole.get(n.role);
		if (!units.has(n.agency.id)) {
			units.set(n.agency.id, { agency: n.agency, tasks: [] });
		}
		units.get(n.agency.id).tasks.push(n.taskId);
	});
	main.append(h('article', { class: 'notice', id: 'notice' },
		h('header', { class: 'notice-head' }, h('h1', { text: '督办通知' }),
			h('p', { text: '关于“' + taskName(task) + '”延误 ' + impact.delayDays + ' 天的影响及督办事项' }),
			h('p', { class: 'muted', text: (task.plan.document.docNumber || '') + ' ' + task.plan.title + ' · 生成日期 ' + new Date().toISOString().slice(0, 10) })),
		section('延误任务', h('p', { id: 'delayed-task' }, h('a', { href: taskHref(task.id), text: taskName(task) }),
			'：原截止 ', h('strong', { text: task.dueDate || '—' }), '，延误 ' + impact.delayDays + ' 天后预计 ',
			h('strong', { id: 'projected-date', text: impact.projectedDate || '—' }),
			impact.missesDeadline ? h('span', { class: 'badge state-OVERDUE', text: '将逾期' }) : h('span', { class: 'badge state-ON_TRACK', text: '仍在时限内' })),
		h('p', { class: 'no-print' }, h('button', { type: 'button', id: 'print', onclick: () => window.print(), text: '打印督办通知' }))),
		section('受影响任务（' + impact.affectedTasks.length + '）', impact.affectedTasks.length ? table(['任务', '传导路径', '原计划', '预计', '是否逾期'],
			impact.affectedTasks.map((a) => [h('a', { href: taskHref(a.task.id), title: a.task.text, text: taskName(a.task) }),
				a.via.map((id) => titles.get(id) || id).join(' → '), a.plannedDate || a.task.dueDate || '—', a.projectedDate || '—',
				a.missesDeadline ? h('span', { class: 'badge state-OVERDUE', text: '将逾期' }) : '否']), { id: 'affected-tasks' }) : h('p', { id: 'affected-tasks', text: '无下游任务。' })),
		section('受影响的断面、乡镇、重点工程和企业', h('dl', { class: 'related', id: 'affected-places' },
			places('断面', impact.monitoringSections.map((s) => h('a', { href: nodeHref(s.id), text: s.name + (s.level ? '（' + s.level + '）' : '') }))),
			places('乡镇', impact.townships.map((t) => h('a', { href: townshipHref(t), text: t.name }))),
			places('重点工程', impact.keyProjects.map((p) => h('a', { href: nodeHref(p.id), text: p.name }))),
			places('企业', impact.enterprises.map((e) => h('a', { href: nodeHref(e.id), text: e.name }))))),
		section('需通知单位（按角色）', h('div', { class: 'notify', id: 'notify' }, [...byRole.entries()].filter(([, units]) => units.size).map(([role, units]) =>
			h('div', { class: 'notify-role', 'data-role': role }, h('h3', { text: ROLE[role] + '单位（' + units.size + '）' }),
				h('ul', {}, [...units.values()].map((u) => h('li', {}, h('a', { href: unitHref(u.agency), text: u.agency.name }),
					h('span', { class: 'muted', text: '：' + u.tasks.map((id) => titles.get(id) || id).join('、') })))))))),
		impact.cycles.length ? section('循环依赖', h('ul', {}, impact.cycles.map((c) => h('li', { text: c.join(' → ') })))) : null,
		h('section', { class: 'card no-print' }, h('h2', { text: '影响范围图' }), graph)));
	drawImpact(graph, impact);
}

function places(term, links) {
	return [h('dt', { text: term }), h('dd', {}, links.length ? links.map((l, i) => [i ? '、' : '', l]) : '无')];
}

function drawImpact(container, impact) {
	const nodes = [];
	const edges = [];
	const layerOf = new Map();
	const start = impact.task;
	nodes.push({ id: start.id, label: 'Task', name: taskName(start), hit: true, miss: impact.missesDeadline });
	layerOf.set(start.id, 0);
	let deepest = 0;
	impact.affectedTasks.forEach((a) => {
		const depth = Math.max(1, a.via.length - 1);
		deepest = Math.max(deepest, depth);
		nodes.push({ id: a.task.id, label: 'Task', name: taskName(a.task), hit: true, miss: a.missesDeadline });
		layerOf.set(a.task.id, depth);
	});
	impact.affectedTasks.forEach((a) => {
		for (let i = 1; i < a.via.length; i++) {
			edges.push({ id: 'via:' + a.via[i - 1] + '>' + a.via[i], source: a.via[i - 1], target: a.via[i], type: 'AFFECTS', hit: true });
		}
	});
	const kinds = [['MonitoringSection', impact.monitoringSections, 'monitoringSections'], ['Township', impact.townships, 'townships'],
		['KeyProject', impact.keyProjects, 'keyProjects'], ['Enterprise', impact.enterprises, 'enterprises']];
	const tasks = [start, ...impact.affectedTasks.map((a) => a.task)];
	kinds.forEach(([label, list, field], k) => list.forEach((item) => {
		nodes.push({ id: item.id, label, name: item.name });
		layerOf.set(item.id, deepest + 1 + k);
		const owners = tasks.filter((t) => t[field].some((x) => x.id === item.id));
		(owners.length ? owners : [start]).forEach((t) => edges.push({ id: t.id + '>' + item.id, source: t.id, target: item.id, type: label }));
	}));
	const unique = [...new Map(edges.filter((e) => layerOf.has(e.source) && layerOf.has(e.target)).map((e) => [e.id, e])).values()];
	graphView(container, { name: 'delay', rootId: start.id, nodes, edges: unique, truncated: false, cap: 60,
		layer: (n) => (layerOf.has(n.id) ? layerOf.get(n.id) : deepest + 5) });
	container.prepend(h('p', { class: 'muted', text: '从左到右：延误任务 → 受影响任务（按传导步数）→ ' + kinds.map(([l]) => KIND[l]).join(' / ') + '；红框为受影响，菱形为将逾期。' }));
}
