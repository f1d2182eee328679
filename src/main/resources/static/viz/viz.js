// The relationship page: asks the GraphQL API for a node's neighbourhood and draws it with
// Cytoscape.js. Double-click expands a node; the search box finds a starting node.
const COLORS = { Task: '#2f81f7', Agency: '#d29922', Plan: '#8250df', MonitoringSection: '#1a7f37',
	Township: '#bf3989', KeyProject: '#cf222e', Document: '#57606a', Deadline: '#8c959f', Enterprise: '#953800' };

const NEIGHBOURHOOD = `query view($id: ID!, $depth: Int) {
  neighbourhood(id: $id, depth: $depth, first: 150) { truncated nodes { id label name } edges { id source target type role } }
}`;
const SEARCH = `query find($text: String!) { search(text: $text, first: 10) { id label name } }`;

const cy = cytoscape({
	container: document.getElementById('graph'),
	style: [
		{ selector: 'node', style: { 'background-color': (n) => COLORS[n.data('label')] || '#999',
			label: 'data(short)', 'font-size': 9, 'text-wrap': 'ellipsis', 'text-max-width': 90 } },
		{ selector: 'edge', style: { width: 1, 'line-color': '#afb8c1', 'target-arrow-color': '#afb8c1',
			'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(type)', 'font-size': 6 } },
		{ selector: 'edge[role = "LEAD"]', style: { width: 3, 'line-color': '#d29922', 'target-arrow-color': '#d29922' } },
		{ selector: ':selected', style: { 'border-width': 3, 'border-color': '#000' } }
	]
});

async function graphql(query, variables) {
	const response = await fetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ query, variables }) });
	const body = await response.json();
	if (body.errors) {
		throw new Error(body.errors.map((e) => e.message).join('; '));
	}
	return body.data;
}

function status(text, state) {
	document.getElementById('status').textContent = text;
	document.body.dataset.status = state;
	document.body.dataset.nodes = cy.nodes().length;
	document.body.dataset.edges = cy.edges().length;
}

async function expand(id, depth) {
	status('loading ' + id + ' …', 'loading');
	try {
		const view = (await graphql(NEIGHBOURHOOD, { id, depth })).neighbourhood;
		cy.batch(() => {
			view.nodes.filter((n) => cy.getElementById(n.id).empty()).forEach((n) => cy.add({ group: 'nodes',
				data: { id: n.id, label: n.label, name: n.name, short: n.name.slice(0, 16) } }));
			view.edges.filter((e) => cy.getElementById(e.id).empty()).forEach((e) => cy.add({ group: 'edges',
				data: { id: e.id, source: e.source, target: e.target, type: e.type, role: e.role || '' } }));
		});
		cy.layout({ name: 'cose', animate: false }).run();
		status(cy.nodes().length + ' nodes, ' + cy.edges().length + ' edges' + (view.truncated ? ' (truncated)' : ''), 'ready');
	}
	catch (error) {
		status('error: ' + error.message, 'error');
	}
}

function show(node) {
	document.getElementById('details-title').textContent = node.data('name');
	const body = document.getElementById('details-body');
	body.replaceChildren();
	[['类型 label', node.data('label')], ['标识 id', node.id()], ['连接 degree', node.degree()]].forEach(([k, v]) => {
		const dt = document.createElement('dt');
		dt.textContent = k;
		const dd = document.createElement('dd');
		dd.textContent = v;
		body.append(dt, dd);
	});
}

cy.on('tap', 'node', (event) => show(event.target));
cy.on('dbltap', 'node', (event) => expand(event.target.id(), 1));

document.getElementById('search-form').addEventListener('submit', async (event) => {
	event.preventDefault();
	const text = document.getElementById('query').value.trim();
	if (!text) {
		return;
	}
	const hits = document.getElementById('hits');
	hits.replaceChildren();
	try {
		(await graphql(SEARCH, { text })).search.forEach((hit) => {
			const li = document.createElement('li');
			li.textContent = hit.label + ' · ' + hit.name;
			li.addEventListener('click', () => { cy.elements().remove(); expand(hit.id, 1); });
			hits.append(li);
		});
	}
	catch (error) {
		status('error: ' + error.message, 'error');
	}
});

const start = new URLSearchParams(location.search).get('id') || '001_bc15039033e882c0:WATER:三/(三)/8';
expand(start, Number(new URLSearchParams(location.search).get('depth') || 1));
