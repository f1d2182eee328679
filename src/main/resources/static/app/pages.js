// The pages of the coordinator's workbench: search, task, unit, township, plan, any node, overdue, charts.
import { gql, signIn, signOut, signedInAs } from './api.js';
import { h, ROLE, STATE, STATE_ORDER, STATUS, KIND, TASK_KIND, taskHref, unitHref, townshipHref, planHref, nodeHref,
	taskName, shorten, stateBadge, table, section, exportButtons } from './dom.js';
import { graphView } from './graph.js';
import { barChart } from './charts.js';

const TASK_ROW = 'id title text dueDate deadlineState status plan { id title }';

// ---------- search ----------

const SEARCH = `query find($text: String!) {
  search(text: $text, first: 60) { id label name snippet agency { name jurisdiction } }
  plans { id title year document { docNumber } }
}`;
const TOWNSHIPS = `query townships { townships { id name county } }`;
const SEARCH_KINDS = ['Task', 'Agency', 'Township', 'MonitoringSection', 'KeyProject', 'Enterprise', 'Plan'];

export async function searchPage(main, params) {
	const text = (params.get('q') || '').trim();
	document.getElementById('q').value = text;
	if (!text) {
		main.replaceChildren(section('检索', h('p', { text: '在上方输入关键词，按回车检索。' })));
		return;
	}
	const data = await gql(SEARCH, { text });
	const groups = new Map(SEARCH_KINDS.map((k) => [k, []]));
	data.search.forEach((hit) => (groups.get(hit.label) || groups.set(hit.label, []).get(hit.label)).push(hit));
	if (!groups.get('Township').length) {
		const townships = (await gql(TOWNSHIPS)).townships.filter((t) => t.name.includes(text));
		townships.forEach((t) => groups.get('Township').push({ id: t.id, label: 'Township', name: t.name, county: t.county }));
	}
	else {
		const byId = new Map((await gql(TOWNSHIPS)).townships.map((t) => [t.id, t]));
		groups.get('Township').forEach((hit) => { hit.county = byId.get(hit.id) && byId.get(hit.id).county; });
	}
	data.plans.filter((p) => p.title.includes(text)).forEach((p) => groups.get('Plan').push({ id: p.id, label: 'Plan', name: p.title,
		snippet: (p.document.docNumber || '') + ' ' + (p.year || '') }));
	const total = [...groups.values()].reduce((sum, list) => sum + list.length, 0);
	main.replaceChildren(h('h1', { text: '“' + text + '”的检索结果（' + total + '）' }),
		...[...groups.entries()].filter(([, list]) => list.length).map(([kind, list]) => h('section', { class: 'card results', 'data-kind': kind },
			h('h2', { text: (KIND[kind] || kind) + '（' + list.length + '）' }),
			h('ul', {}, list.map((hit) => h('li', {}, h('a', { href: hitHref(hit), text: hit.name }),
				hit.snippet ? h('span', { class: 'snippet', text: ' — ' + shorten(hit.snippet, 80) }) : null))))));
	if (!total) {
		main.append(h('p', { text: '没有找到。换一个词试试（两个字以上按短语匹配）。' }));
	}
}

function hitHref(hit) {
	switch (hit.label) {
		case 'Task': return taskHref(hit.id);
		case 'Agency': return unitHref(hit.agency || { name: hit.name });
		case 'Township': return townshipHref({ name: hit.name, county: hit.county });
		case 'Plan': return planHref(hit.id);
		default: return nodeHref(hit.id);
	}
}

// ---------- task ----------

const TASK = `query task($id: ID!) {
  task(id: $id) {
    id kind number path title text status version expectedDate deadlineState dueDate
    plan { id title document { id title docNumber } }
    responsibilities { role order asWritten qualifier inferred agency { id name jurisdiction collective } source { line excerpt } }
    deadlines { raw kind date endDate }
    source { line excerpt document { id fileName title docNumber } }
    townships { id name county } monitoringSections { id name level } keyProjects { id name } enterprises { id name }
    dependsOn { ${TASK_ROW} } dependents { ${TASK_ROW} }
    details { id title text } detailedBy { id title text }
  }
  history(id: $id) { who at action field oldValue newValue reason version }
  neighbourhood(id: $id, depth: 1, first: 200) { truncated nodes { id label name } edges { id source target type role } }
}`;

export async function taskPage(main, params, id) {
	const data = await gql(TASK, { id });
	const task = data.task;
	if (!task) {
		throw new Error('没有标识为 ' + id + ' 的任务');
	}
	const graph = h('div', { class: 'graph-host' });
	main.replaceChildren(
		h('p', { class: 'crumbs' }, h('a', { href: planHref(task.plan.id), text: task.plan.title }), ' › ', task.path.join(' / ')),
		h('h1', { id: 'task-title', text: taskName(task) }),
		h('p', { class: 'facts' }, stateBadge(task.deadlineState), ' ',
			h('span', { class: 'badge status-' + task.status, id: 'task-status', text: STATUS[task.status] }),
			' 版本 ', h('strong', { id: 'task-version', text: String(task.version) }),
			' · 截止 ', h('strong', { text: task.dueDate || '—' }),
			task.expectedDate ? [' · 预计完成 ', h('strong', { text: task.expectedDate })] : null,
			' · ', TASK_KIND[task.kind] || task.kind,
			' · ', h('a', { class: 'button', href: '#/delay/' + encodeURIComponent(task.id) + '?days=30', text: '模拟延误' })),
		section('任务内容', h('p', { class: 'task-text', text: task.text })),
		section('责任分工', table(['角色', '单位', '原文', '出处'], task.responsibilities.map((r) => [
			h('span', { class: 'badge role-' + r.role, text: ROLE[r.role] }),
			h('a', { href: unitHref(r.agency), text: r.agency.name }),
			r.asWritten + (r.qualifier ? '（' + r.qualifier + '）' : '') + (r.inferred ? '（合并单元格推断）' : ''),
			'第 ' + r.source.line + ' 行']), { id: 'responsibilities' })),
		section('完成时限', task.deadlines.length ? table(['原文', '类型', '日期'], task.deadlines.map((d) => [d.raw, d.kind,
			d.date ? d.date + (d.endDate ? ' 至 ' + d.endDate : '') : '—'])) : h('p', { text: '无时限' })),
		section('出处', h('p', { id: 'source-line' }, h('strong', { text: (task.source.document.docNumber || task.source.document.fileName) }),
			' ' + (task.source.document.title || ''), ' 第 ', h('strong', { text: String(task.source.line) }), ' 行'),
			h('blockquote', { class: 'excerpt', id: 'source-excerpt', text: task.source.excerpt }),
			[...new Map(task.responsibilities.map((r) => [r.source.line, r.source.excerpt])).entries()]
				.filter(([line]) => line !== task.source.line)
				.map(([line, excerpt]) => [h('p', { text: '责任分工见第 ' + line + ' 行：' }),
					h('blockquote', { class: 'excerpt responsibility-excerpt', text: excerpt })])),
		section('关联', related(task)),
		section('依赖关系', h('div', { class: 'two' },
			h('div', {}, h('h3', { text: '前置任务（本任务等待）' }), taskList(task.dependsOn, 'depends-on')),
			h('div', {}, h('h3', { text: '后续任务（等待本任务）' }), taskList(task.dependents, 'dependents')))),
		editor(task, main),
		section('变更记录', data.history.length ? table(['时间', '操作人', '操作', '原值', '新值', '原因', '版本'],
			data.history.map((a) => [a.at, a.who, a.action + ' ' + a.field, a.oldValue || '—', a.newValue || '—', a.reason || '', a.version == null ? '' : String(a.version)]),
			{ id: 'history' }) : h('p', { id: 'history', text: '暂无变更。' })),
		section('关系图', graph));
	graphView(graph, { name: 'task', rootId: task.id, ...data.neighbourhood, cap: 40 });
}

function related(task) {
	const items = [
		['乡镇', task.townships.map((t) => h('a', { href: townshipHref(t), text: t.name }))],
		['断面', task.monitoringSections.map((s) => h('a', { href: nodeHref(s.id), text: s.name + (s.level ? '（' + s.level + '）' : '') }))],
		['重点工程', task.keyProjects.map((p) => h('a', { href: nodeHref(p.id), text: p.name }))],
		['企业', task.enterprises.map((e) => h('a', { href: nodeHref(e.id), text: e.name }))],
		['对应正文任务', task.details ? [h('a', { href: taskHref(task.details.id), text: taskName(task.details) })] : []],
		['对应台账行', task.detailedBy.map((t) => h('a', { href: taskHref(t.id), text: taskName(t) }))]
	].filter(([, links]) => links.length);
	if (!items.length) {
		return h('p', { text: '无' });
	}
	return h('dl', { class: 'related' }, items.map(([term, links]) => [h('dt', { text: term }),
		h('dd', {}, links.map((l, i) => [i ? '、' : '', l]))]));
}

export function taskList(tasks, id) {
	if (!tasks.length) {
		return h('p', { id, text: '无' });
	}
	return h('ul', { id, class: 'tasks' }, tasks.map((t) => h('li', {}, stateBadge(t.deadlineState), ' ',
		h('a', { href: taskHref(t.id), title: t.text, text: taskName(t) }), h('span', { class: 'muted', text: ' 截止 ' + (t.dueDate || '—') }))));
}

const UPDATE_STATUS = `mutation status($input: UpdateTaskStatusInput!) { updateTaskStatus(input: $input) { task { status version } } }`;
const RECORD_DELAY = `mutation delay($input: RecordDelayInput!) { recordDelay(input: $input) { task { status version expectedDate } } }`;

function editor(task, main) {
	const message = h('p', { class: 'message', id: 'editor-message', role: 'alert' });
	const user = signedInAs();
	if (!user) {
		const name = h('input', { id: 'editor-name', autocomplete: 'username', required: true });
		const password = h('input', { id: 'editor-password', type: 'password', autocomplete: 'current-password', required: true });
		return section('修改进度（需登录）', h('form', { class: 'inline', id: 'sign-in', onsubmit: (event) => {
			event.preventDefault();
			signIn(name.value, password.value);
			window.dispatchEvent(new HashChangeEvent('hashchange'));
		} }, h('label', { for: 'editor-name', text: '用户名' }), name, h('label', { for: 'editor-password', text: '密码' }), password,
		h('button', { type: 'submit', text: '登录' })), h('p', { class: 'muted', text: '只读访问无需登录；修改状态、登记延误需要编辑权限。' }));
	}
	const status = h('select', { id: 'new-status' }, Object.entries(STATUS).map(([k, v]) => h('option', { value: k, selected: k === task.status, text: v })));
	const statusReason = h('input', { id: 'status-reason', required: true, placeholder: '原因' });
	const date = h('input', { id: 'delay-date', type: 'date', required: true, value: task.expectedDate || '' });
	const delayReason = h('input', { id: 'delay-reason', required: true, placeholder: '原因' });
	async function submit(event, mutation, input) {
		event.preventDefault();
		try {
			await gql(mutation, { input: { ...input, taskId: task.id, expectedVersion: task.version } });
			message.className = 'message ok';
			message.textContent = '已保存。';
			window.dispatchEvent(new HashChangeEvent('hashchange'));
		}
		catch (error) {
			message.className = 'message error';
			message.dataset.code = error.code;
			message.textContent = (error.code === 'CONFLICT' ? '冲突：他人已先修改此任务。' : '未保存：') + error.message;
			if (error.code === 'CONFLICT') {
				message.append(' ', h('button', { type: 'button', class: 'reload', onclick: () => window.dispatchEvent(new HashChangeEvent('hashchange')) }, '重新加载'));
			}
		}
	}
	return section('修改进度（' + user + '）',
		h('form', { class: 'inline', id: 'status-form', onsubmit: (e) => submit(e, UPDATE_STATUS, { status: status.value, reason: statusReason.value }) },
			h('label', { for: 'new-status', text: '状态' }), status, statusReason, h('button', { type: 'submit', text: '更新状态' })),
		h('form', { class: 'inline', id: 'delay-form', onsubmit: (e) => submit(e, RECORD_DELAY, { expectedDate: date.value, reason: delayReason.value }) },
			h('label', { for: 'delay-date', text: '预计完成' }), date, delayReason, h('button', { type: 'submit', text: '登记延误' })),
		message,
		h('p', {}, h('button', { type: 'button', class: 'linkish', onclick: () => { signOut(); window.dispatchEvent(new HashChangeEvent('hashchange')); } }, '退出登录')));
}

// ---------- unit ----------

const UNIT = `query unit($name: String!, $j: String) {
  agency(name: $name, jurisdiction: $j) {
    id name aliases jurisdiction collective type
    parent { name jurisdiction parent { name jurisdiction parent { name jurisdiction parent { name jurisdiction } } } }
    covers { id name county }
    portfolio { total byRole { key count } byPlan { key count } byDueMonth { key count } byDeadlineState { key count } }
    tasks(first: 500, orderBy: DUE_DATE_ASC) { totalCount edges { node { ${TASK_ROW} responsibilities { role agency { id } } } } }
  }
  plans { id title }
}`;
const CHILDREN = `query children($id: ID!) {
  neighbourhood(id: $id, depth: 1, first: 500, relationshipTypes: ["PART_OF"], labels: ["Agency"]) { nodes { id name } edges { source target } }
}`;

export async function unitPage(main, params, name) {
	const data = await gql(UNIT, { name, j: params.get('j') || null });
	const unit = data.agency;
	if (!unit) {
		throw new Error('没有名为 ' + name + ' 的单位');
	}
	const hierarchy = (await gql(CHILDREN, { id: unit.id })).neighbourhood;
	const byId = new Map(hierarchy.nodes.map((n) => [n.id, n]));
	const children = hierarchy.edges.filter((e) => e.target === unit.id).map((e) => byId.get(e.source)).filter(Boolean);
	const planTitle = new Map(data.plans.map((p) => [p.id, p.title]));
	const chain = [];
	for (let p = unit.parent; p; p = p.parent) {
		chain.push(p);
	}
	const tasks = unit.tasks.edges.map((e) => e.node).sort((a, b) => STATE_ORDER.indexOf(a.deadlineState) - STATE_ORDER.indexOf(b.deadlineState));
	const p = unit.portfolio;
	const months = p.byDueMonth.filter((c) => c.key !== 'NONE');
	main.replaceChildren(
		h('h1', { id: 'unit-name', text: unit.name }),
		h('p', { class: 'facts' }, (unit.jurisdiction || '') + ' · ' + (unit.type || '') + (unit.collective ? ' · 集合单位' : ''),
			unit.aliases.length ? ' · 别名：' + unit.aliases.join('、') : ''),
		exportButtons('agencies/' + encodeURIComponent(unit.id), '本单位台账'),
		section('任务统计（共 ' + p.total + ' 项）', h('div', { class: 'stats' },
			counts('按角色', p.byRole, (k) => ROLE[k] || k, 'by-role'),
			counts('按时限状态', p.byDeadlineState, (k) => STATE[k] || k, 'by-state'),
			counts('按计划', p.byPlan, (k) => planTitle.get(k) || k, 'by-plan'),
			counts('按截止月份', p.byDueMonth, (k) => (k === 'NONE' ? '无日期' : k), 'by-month')),
			months.length ? barChart('截止任务数（按月）', months.map((c) => c.key), [{ label: '任务数', data: months.map((c) => c.count) }]) : null),
		section('上下级', h('dl', { class: 'related' },
			h('dt', { text: '问责链（向上）' }), h('dd', { id: 'chain' }, chain.length ? [h('span', { text: unit.name }), chain.map((a) => [' → ', h('a', { href: unitHref(a), text: a.name })])] : '（顶层单位）'),
			h('dt', { text: '下级单位' }), h('dd', { id: 'children' }, children.length ? children.map((c, i) => [i ? '、' : '', h('a', { href: unitHref({ name: c.name, jurisdiction: jurisdictionOf(c.id) }), text: c.name })]) : '无'),
			unit.covers.length ? [h('dt', { text: '覆盖乡镇' }), h('dd', {}, unit.covers.map((t, i) => [i ? '、' : '', h('a', { href: townshipHref(t), text: t.name })]))] : null)),
		section('负责任务（逾期在前，共 ' + unit.tasks.totalCount + ' 项）', table(['时限状态', '任务', '本单位角色', '截止', '状态', '计划'],
			tasks.map((t) => [stateBadge(t.deadlineState), h('a', { href: taskHref(t.id), title: t.text, text: taskName(t) }),
				t.responsibilities.filter((r) => r.agency.id === unit.id).map((r) => ROLE[r.role]).join('、'),
				t.dueDate || '—', STATUS[t.status], t.plan.title]), { id: 'unit-tasks' })));
}

// an agency's graph id is its jurisdiction, ':' and its canonical name
function jurisdictionOf(id) {
	return id.includes(':') ? id.slice(0, id.indexOf(':')) : null;
}

function counts(title, list, label, id) {
	return h('div', { class: 'count-box' }, h('h3', { text: title }), h('ul', { id }, list.map((c) => h('li', {},
		h('span', { text: label(c.key) }), h('strong', { text: String(c.count) })))));
}

// ---------- township ----------

const TOWNSHIP = `query township($name: String!, $county: String) {
  township(name: $name, county: $county) {
    id name county type summary { direct inherited }
    tasks(first: 500) { totalCount edges { inherited role via { name jurisdiction } node { ${TASK_ROW} } } }
  }
}`;
const LOCATED = `query located($id: ID!) {
  neighbourhood(id: $id, depth: 1, first: 500, labels: ["MonitoringSection", "KeyProject", "Enterprise"]) { nodes { id label name } }
}`;

export async function townshipPage(main, params, name) {
	const township = (await gql(TOWNSHIP, { name, county: params.get('county') || null })).township;
	if (!township) {
		throw new Error('没有名为 ' + name + ' 的乡镇');
	}
	const located = (await gql(LOCATED, { id: township.id })).neighbourhood.nodes.filter((n) => n.id !== township.id);
	const edges = township.tasks.edges;
	const row = (e) => [stateBadge(e.node.deadlineState), h('a', { href: taskHref(e.node.id), title: e.node.text, text: taskName(e.node) }),
		ROLE[e.role], h('a', { href: unitHref(e.via), text: e.via.name }), e.node.dueDate || '—'];
	main.replaceChildren(
		h('h1', { id: 'township-name', text: township.name }),
		h('p', { class: 'facts', text: (township.county || '') + ' · ' + (township.type || '') + ' · 区划代码 ' + township.id
			+ ' · 直接任务 ' + township.summary.direct + ' 项，继承任务 ' + township.summary.inherited + ' 项' }),
		exportButtons('townships/' + encodeURIComponent(township.id), '本乡镇台账'),
		section('位于本乡镇的断面、重点工程和企业', located.length ? h('ul', { id: 'located' }, located.map((n) => h('li', {},
			(KIND[n.label] || n.label) + '：', h('a', { href: nodeHref(n.id), text: n.name })))) : h('p', { id: 'located', text: '无' })),
		section('直接任务（本乡镇政府负责）', table(['时限状态', '任务', '角色', '经由', '截止'], edges.filter((e) => !e.inherited).map(row), { id: 'direct-tasks' })),
		section('继承任务（经由集合单位）', table(['时限状态', '任务', '角色', '经由', '截止'], edges.filter((e) => e.inherited).map(row), { id: 'inherited-tasks' })));
}

// ---------- plan ----------

const PLANS = `query plans { plans { id key title year document { id title docNumber issuedOn } summary { dated } } }`;
const PLAN = `query plan($id: ID!) {
  plans { id key title year document { id title docNumber issuedOn jurisdiction }
    summary { byKind { key count } leads { key count } dated }
    tasks(first: 500) { totalCount edges { node { id number path title text kind deadlineState dueDate } } } }
  neighbourhood(id: $id, depth: 2, first: 500, labels: ["Heading"]) { nodes { id label name } }
}`;

export async function plansPage(main) {
	const plans = (await gql(PLANS)).plans;
	main.replaceChildren(h('h1', { text: '计划' }), table(['计划', '年度', '文号', '印发日期'], plans.map((p) => [
		h('a', { href: planHref(p.id), text: p.title }), p.year ? String(p.year) : '—', p.document.docNumber || '—', p.document.issuedOn || '—']), { id: 'plans' }));
}

export async function planPage(main, params, id) {
	const data = await gql(PLAN, { id });
	const plan = data.plans.find((p) => p.id === id);
	if (!plan) {
		throw new Error('没有标识为 ' + id + ' 的计划');
	}
	const tasks = plan.tasks.edges.map((e) => e.node);
	// heading ids are the plan id, ":h:" and the heading's path
	const headings = new Map(data.neighbourhood.nodes.filter((n) => n.label === 'Heading')
		.map((n) => [n.id.slice(n.id.indexOf(':h:') + 3), n.name]));
	const total = plan.tasks.totalCount;
	const leads = plan.summary.leads.slice(0, 15);
	main.replaceChildren(
		h('h1', { text: plan.title }),
		h('p', { class: 'facts', text: (plan.document.docNumber || '') + ' · ' + (plan.document.title || '') + ' · ' + (plan.document.issuedOn || '') }),
		exportButtons('plans/' + encodeURIComponent(plan.id), '本计划台账'),
		section('概况', h('p', { id: 'dated-share', text: '任务 ' + total + ' 项，其中有截止日期的 ' + plan.summary.dated + ' 项（'
			+ (total ? Math.round(100 * plan.summary.dated / total) : 0) + '%）。' }),
		h('div', { class: 'stats' }, counts('按类型', plan.summary.byKind, (k) => TASK_KIND[k] || k, 'by-kind')),
		leads.length ? barChart('牵头单位（按牵头任务数）', leads.map((c) => c.key), [{ label: '牵头任务数', data: leads.map((c) => c.count) }], { horizontal: true, tall: true }) : null),
		section('计划结构（章 › 节 › 任务）', tree(tasks, headings)));
}

function tree(tasks, headings) {
	const root = { children: new Map(), tasks: [] };
	tasks.forEach((t) => {
		let node = root;
		t.path.slice(0, -1).forEach((part, i) => {
			if (!node.children.has(part)) {
				node.children.set(part, { children: new Map(), tasks: [], name: headings.get(t.path.slice(0, i + 1).join('/')) });
			}
			node = node.children.get(part);
		});
		node.tasks.push(t);
	});
	const render = (node, depth) => h('ul', { class: depth ? 'tree' : 'tree root', id: depth ? null : 'plan-tree' },
		[...node.children.entries()].map(([part, child]) => h('li', {}, h('details', { open: depth < 1 },
			h('summary', { text: part + (child.name ? ' ' + child.name : '') + '（' + count(child) + ' 项）' }), render(child, depth + 1)))),
		node.tasks.map((t) => h('li', {}, stateBadge(t.deadlineState), ' ', (t.number ? t.number + '. ' : ''),
			h('a', { href: taskHref(t.id), title: t.text, text: taskName(t) }))));
	const count = (node) => node.tasks.length + [...node.children.values()].reduce((s, c) => s + count(c), 0);
	return render(root, 0);
}

// ---------- any node (section, project, enterprise) ----------

const NODE = `query node($id: ID!) {
  neighbourhood(id: $id, depth: 1, first: 200) { truncated nodes { id label name } edges { id source target type role } }
}`;

export async function nodePage(main, params, id) {
	const view = (await gql(NODE, { id, depth: 1 })).neighbourhood;
	const self = view.nodes.find((n) => n.id === id);
	if (!self) {
		throw new Error('没有标识为 ' + id + ' 的节点');
	}
	const graph = h('div', { class: 'graph-host' });
	const tasks = view.nodes.filter((n) => n.label === 'Task');
	main.replaceChildren(h('h1', { text: self.name }), h('p', { class: 'facts', text: (KIND[self.label] || self.label) + ' · ' + self.id }),
		tasks.length ? section('相关任务', h('ul', {}, tasks.map((t) => h('li', {}, h('a', { href: taskHref(t.id), text: t.name }))))) : null,
		section('关系图', graph));
	graphView(graph, { name: 'node', rootId: id, ...view, cap: 40 });
}

// ---------- overdue and charts ----------

const OVERDUE = `query overdue {
  overdueTasks { asOf total
    byAgency { count agency { name jurisdiction } tasks { id title text dueDate } }
    byTownship { count township { id name county } } }
}`;

export async function overduePage(main) {
	const report = (await gql(OVERDUE)).overdueTasks;
	main.replaceChildren(h('h1', { text: '逾期任务（截至 ' + report.asOf + '，共 ' + report.total + ' 项）' }),
		exportButtons('overdue', '逾期台账'),
		section('按乡镇', report.byTownship.length ? barChart('逾期任务数（按乡镇）', report.byTownship.map((t) => t.township.name),
			[{ label: '逾期任务数', data: report.byTownship.map((t) => t.count) }]) : h('p', { text: '无' })),
		section('按牵头单位', table(['牵头单位', '逾期数', '任务'], report.byAgency.map((a) => [h('a', { href: unitHref(a.agency), text: a.agency.name }),
			String(a.count), h('ul', { class: 'tasks' }, a.tasks.map((t) => h('li', {}, h('a', { href: taskHref(t.id), title: t.text, text: taskName(t) }),
				h('span', { class: 'muted', text: ' 截止 ' + (t.dueDate || '—') }))))]), { id: 'overdue-agencies' })));
}

const LEADS = `query leads { agencies(where: {role: LEAD, collective: false}, first: 500) {
  edges { node { name jurisdiction portfolio { total byRole { key count } byDueMonth { key count } } } } } }`;

export async function chartsPage(main) {
	const [leads, overdue] = await Promise.all([gql(LEADS), gql(OVERDUE)]);
	const units = leads.agencies.edges.map((e) => e.node)
		.map((a) => ({ ...a, dated: a.portfolio.byDueMonth.filter((m) => m.key !== 'NONE').reduce((s, m) => s + m.count, 0) }))
		.filter((a) => a.dated > 0).sort((a, b) => b.dated - a.dated).slice(0, 10);
	const months = [...new Set(units.flatMap((a) => a.portfolio.byDueMonth.map((m) => m.key)).filter((k) => k !== 'NONE'))].sort();
	const report = overdue.overdueTasks;
	main.replaceChildren(h('h1', { text: '图表' }),
		section('截止任务数（按月、按单位，前 10 个单位）', barChart('各单位每月截止的任务数', months,
			units.map((a) => ({ label: a.name, data: months.map((m) => (a.portfolio.byDueMonth.find((c) => c.key === m) || { count: 0 }).count) })),
			{ stacked: true, tall: true }),
		h('ul', { class: 'chart-links' }, units.map((a) => h('li', {}, h('a', { href: unitHref(a), text: a.name + '（' + a.dated + '）' }))))),
		section('逾期任务数（按乡镇，截至 ' + report.asOf + '）', barChart('逾期任务数（按乡镇）', report.byTownship.map((t) => t.township.name),
			[{ label: '逾期任务数', data: report.byTownship.map((t) => t.count) }])));
}

export async function homePage(main) {
	const plans = (await gql(PLANS)).plans;
	main.replaceChildren(h('h1', { text: '责任图谱工作台' }),
		h('p', { text: '检索任务、单位、乡镇、断面和重点工程；查看谁牵头、谁配合、何时完成；模拟延误并打印督办通知；导出台账。' }),
		section('计划', h('ul', { id: 'plans' }, plans.map((p) => h('li', {}, h('a', { href: planHref(p.id), text: p.title }),
			h('span', { class: 'muted', text: ' ' + (p.document.docNumber || '') }))))),
		section('常用', h('ul', {}, h('li', {}, h('a', { href: '#/overdue', text: '逾期任务' })), h('li', {}, h('a', { href: '#/charts', text: '图表' })),
			h('li', {}, h('a', { href: '#/delay', text: '延误模拟与督办通知' })))));
}
