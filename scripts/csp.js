// Keep Up's content security policy: SvelteKit writes it into the page as a <meta> tag with the
// hashes of its own inline script, and the build writes the same policy for a web server to
// send as a header.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where the build writes the policy as one header line, for IT. */
export const POLICY_FILE = 'content-security-policy.txt';

/** Directives a <meta> tag cannot carry: only a header sends them. */
const HEADER_ONLY = "frame-ancestors 'none'";

/**
 * The origin of a sync server the school runs (KEEP_UP_SYNC_ORIGIN), the only place besides
 * Keep Up's own origin that the app may connect to. A mistyped value stops the build, rather
 * than shipping a policy that blocks sync or lets the app talk to the wrong server.
 * @param {string | undefined} value
 * @returns {`${string}://${string}.${string}`[]}
 */
export function syncOrigins(value) {
	if (value === undefined || value.trim() === '') return [];
	let url;
	try {
		url = new URL(value.trim());
	} catch {
		throw new Error(`KEEP_UP_SYNC_ORIGIN is not a web address: "${value}".`);
	}
	const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
	if (url.protocol !== 'https:' && !(local && url.protocol === 'http:')) {
		throw new Error(`KEEP_UP_SYNC_ORIGIN must start with https:// (it is "${value}").`);
	}
	return [/** @type {`${string}://${string}.${string}`} */ (url.origin)];
}

/**
 * SvelteKit's `kit.csp`: hashes for its inline start-up script, nothing inline otherwise.
 * Inline style attributes are allowed (they cannot run code, and Kit's page template uses
 * one); style sheets and scripts come only from Keep Up itself.
 * @param {string | undefined} syncOrigin
 * @returns {import('@sveltejs/kit').KitConfig['csp']}
 */
export function contentSecurityPolicy(syncOrigin) {
	return {
		mode: 'hash',
		directives: {
			'default-src': ['self'],
			'script-src': ['self'],
			'style-src': ['self'],
			'style-src-attr': ['unsafe-inline'],
			'img-src': ['self'],
			'font-src': ['self'],
			'connect-src': ['self', ...syncOrigins(syncOrigin)],
			'worker-src': ['self'],
			'manifest-src': ['self'],
			'object-src': ['none'],
			'base-uri': ['self'],
			'form-action': ['self']
		}
	};
}

/** @param {string} text */
function unescapeAttribute(text) {
	return text.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&amp;', '&');
}

/**
 * Wraps the static adapter: after it has written the site, the policy in the page is written
 * beside it as a header line, so that the header and the page can never disagree.
 * @param {import('@sveltejs/kit').Adapter} adapter
 * @param {string} pages the folder the adapter writes
 * @returns {import('@sveltejs/kit').Adapter}
 */
export function withPolicyFile(adapter, pages) {
	return {
		...adapter,
		async adapt(builder) {
			await adapter.adapt(builder);
			const html = readFileSync(path.join(pages, 'index.html'), 'utf8');
			const meta = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html);
			if (!meta) throw new Error('The built page has no content security policy.');
			const policy = `${unescapeAttribute(meta[1])}; ${HEADER_ONLY}`;
			writeFileSync(path.join(pages, POLICY_FILE), `${policy}\n`);
			builder.log.minor(`Wrote the content security policy to ${path.join(pages, POLICY_FILE)}`);
		}
	};
}
