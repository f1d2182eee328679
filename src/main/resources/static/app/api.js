// The GraphQL API, the only thing the web app reads. Signed-in editors send HTTP Basic credentials,
// kept for the browser tab only (sessionStorage).
const CREDENTIALS = 'dutygraph.basic';

export class ApiError extends Error {
	constructor(message, code) {
		super(message);
		this.code = code;
	}
}

export async function gql(query, variables = {}) {
	const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
	const basic = sessionStorage.getItem(CREDENTIALS);
	if (basic) {
		headers.Authorization = 'Basic ' + basic;
	}
	const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
	if (response.status === 401) {
		throw new ApiError('用户名或密码不正确 (HTTP 401)', 'UNAUTHORIZED');
	}
	const body = await response.json();
	if (body.errors && body.errors.length) {
		const first = body.errors[0];
		const code = (first.extensions && (first.extensions.code || first.extensions.classification)) || 'ERROR';
		throw new ApiError(body.errors.map((e) => e.message).join('; '), code);
	}
	return body.data;
}

export function signIn(name, password) {
	const bytes = new TextEncoder().encode(name + ':' + password);
	sessionStorage.setItem(CREDENTIALS, btoa(String.fromCharCode(...bytes)));
	sessionStorage.setItem(CREDENTIALS + '.name', name);
}

export function signOut() {
	sessionStorage.removeItem(CREDENTIALS);
	sessionStorage.removeItem(CREDENTIALS + '.name');
}

export function signedInAs() {
	return sessionStorage.getItem(CREDENTIALS + '.name');
}
