// GraphiQL over this service's /graphql, every asset from the service itself (WebJars), no inline script
// so that the Content-Security-Policy can forbid them. ?query=... opens with that query in the editor.
(function () {
	'use strict';
	const container = document.getElementById('graphiql');
	const params = new URLSearchParams(window.location.search);
	const fetcher = GraphiQL.createFetcher({ url: container.dataset.endpoint });
	const props = { fetcher: fetcher, defaultEditorToolsVisibility: true };
	if (params.has('query')) {
		props.query = params.get('query');
	}
	ReactDOM.createRoot(container).render(React.createElement(GraphiQL, props));
}());
