// The coordinator's workbench: hash routes (#/task/…, #/unit/…), each a shareable link.
import { signedInAs } from './api.js';
import { h } from './dom.js';
import { searchPage, taskPage, unitPage, townshipPage, plansPage, planPage, nodePage, overduePage, chartsPage, homePage } from './pages.js';
import { delayPage } from './delay.js';

window.dutygraph = { status: 'loading', route: '', graphs: {}, charts: [], cspViolations: [] };
document.addEventListener('securitypolicyviolation', (event) => {
	window.dutygraph.cspViolations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + event.sourceFile + ':' + event.lineNumber);
	document.body.dataset.cspViolations = window.dutygraph.cspViolations.join(' | ');
});

const ROUTES = { '': homePage, search: searchPage, task: taskPage, unit: unitPage, township: townshipPage, plans: plansPage,
	plan: planPage, node: nodePage, overdue: overduePage, charts: chartsPage, delay: delayPage };
const TITLES = { '': '首页', search: '检索', task: '任务', unit: '单位', township: '乡镇', plans: '计划', plan: '计划',
	node: '节点', overdue: '逾期', charts: '图表', delay: '延误模拟' };

function parse(hash) {
	const raw = hash.replace(/^#\/?/, '');
	const question = raw.indexOf('?');
	const path = question < 0 ? raw : raw.slice(0, question);
	const params = new URLSearchParams(question < 0 ? '' : raw.slice(question + 1));
	const slash = path.indexOf('/');
	const page = slash < 0 ? path : path.slice(0, slash);
	const arg = slash < 0 ? null : decodeURIComponent(path.slice(slash + 1));
	return { page, arg, params };
}

function setStatus(state, text) {
	window.dutygraph.status = state;
	document.body.dataset.status = state;
	document.getElementById('status').textContent = text;
}

let generation = 0;

async function route() {
	const mine = ++generation;
	const { page, arg, params } = parse(location.hash);
	const render = ROUTES[page];
	const main = document.getElementById('content');
	window.dutygraph.route = page;
	window.dutygraph.graphs = {};
	window.dutygraph.charts = [];
	document.body.dataset.page = page || 'home';
	const who = signedInAs();
	document.getElementById('who').textContent = who ? '已登录：' + who : '';
	setStatus('loading', '加载中…');
	main.replaceChildren(h('p', { class: 'muted', text: '加载中…' }));
	try {
		if (!render) {
			throw new Error('没有这个页面：' + page);
		}
		await render(main, params, arg);
		if (mine === generation) {
			const heading = main.querySelector('h1');
			document.title = (heading ? heading.textContent : TITLES[page]) + ' — 责任图谱';
			setStatus('ready', '就绪');
		}
	}
	catch (error) {
		if (mine === generation) {
			main.replaceChildren(h('h1', { text: '出错了' }), h('p', { class: 'message error', role: 'alert', text: error.message }));
			setStatus('error', '错误：' + error.message);
		}
	}
}

document.getElementById('search-form').addEventListener('submit', (event) => {
	event.preventDefault();
	const text = document.getElementById('q').value.trim();
	if (text) {
		location.hash = '#/search?q=' + encodeURIComponent(text);
	}
});
window.addEventListener('hashchange', route);
route();
