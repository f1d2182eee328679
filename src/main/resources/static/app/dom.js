// Small DOM helpers: every element built with textContent, never innerHTML, and no inline styles,
// so the page runs under a Content-Security-Policy of default-src 'self'.
export function h(tag, attrs = {}, ...children) {
	const element = document.createElement(tag);
	for (const [key, value] of Object.entries(attrs || {})) {
		if (value === undefined || value === null || value === false) {
			continue;
		}
		if (key === 'class') {
			element.className = value;
		}
		else if (key === 'text') {
			element.textContent = value;
		}
		else if (key.startsWith('on')) {
			element.addEventListener(key.slice(2), value);
		}
		else if (value === true) {
			element.setAttribute(key, '');
		}
		else {
			element.setAttribute(key, value);
		}
	}
	append(element, children);
	return element;
}

function append(element, children) {
	for (const child of children) {
		if (child === undefined || child === null || child === false) {
			continue;
		}
		if (Array.isArray(child)) {
			append(element, child);
		}
		else {
			element.append(child instanceof Node ? child : document.createTextNode(String(child)));
		}
	}
}

export const ROLE = { LEAD: '牵头', SUPPORT: '配合', TERRITORIAL: '属地' };
export const STATE = { OVERDUE: '逾期', DUE_SOON: '临期', ON_TRACK: '正常', DONE_LATE: '逾期完成', NO_DEADLINE: '无截止日期' };
export const STATE_ORDER = ['OVERDUE', 'DUE_SOON', 'ON_TRACK', 'DONE_LATE', 'NO_DEADLINE'];
export const STATUS = { NOT_STARTED: '未开始', IN_PROGRESS: '进行中', DONE: '已完成', DELAYED: '已延误' };
export const KIND = { Task: '任务', Agency: '单位', Township: '乡镇', MonitoringSection: '断面', KeyProject: '重点工程',
	Enterprise: '企业', Plan: '计划', Document: '文件', Deadline: '时限', Heading: '章节', County: '县',
	ExternalDoc: '引用文件', Alias: '别名', Target: '目标' };
export const TASK_KIND = { NUMBERED: '编号任务', CONTINUATION: '续段任务', SAFEGUARD: '保障措施', MEASURE: '规划措施',
	TABLE_ROW: '台账行' };

export function taskHref(id) {
	return '#/task/' + encodeURIComponent(id);
}

export function unitHref(agency) {
	return '#/unit/' + encodeURIComponent(agency.name) + (agency.jurisdiction ? '?j=' + encodeURIComponent(agency.jurisdiction) : '');
}

export function townshipHref(township) {
	return '#/township/' + encodeURIComponent(township.name) + (township.county ? '?county=' + encodeURIComponent(township.county) : '');
}

export function planHref(id) {
	return '#/plan/' + encodeURIComponent(id);
}

export function nodeHref(id) {
	return '#/node/' + encodeURIComponent(id);
}

export function taskName(task) {
	return task.title || shorten(task.text || task.id, 40);
}

export function shorten(text, max) {
	return text && text.length > max ? text.slice(0, max - 1) + '…' : text;
}

export function stateBadge(state) {
	return h('span', { class: 'badge state-' + state, text: STATE[state] || state });
}

export function table(headers, rows, attrs = {}) {
	return h('table', attrs, h('thead', {}, h('tr', {}, headers.map((t) => h('th', { scope: 'col', text: t })))),
		h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((c) => h('td', {}, c))))));
}

export function section(title, ...children) {
	return h('section', { class: 'card' }, h('h2', { text: title }), ...children);
}

export function exportButtons(path, label) {
	return h('p', { class: 'exports' }, h('span', { text: label + '：' }),
		h('a', { class: 'button export', href: '/export/' + path + '.xlsx', download: true, 'data-export': 'xlsx', text: '导出 Excel 台账' }),
		h('a', { class: 'button export', href: '/export/' + path + '.csv', download: true, 'data-export': 'csv', text: '导出 CSV' }));
}
