import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, syncOrigins } from '../../scripts/csp.js';

describe('the content security policy', () => {
	it('lets scripts, styles and connections come only from Keep Up itself', () => {
		const { mode, directives } = contentSecurityPolicy(undefined) ?? {};
		expect(mode).toBe('hash');
		expect(directives?.['default-src']).toEqual(['self']);
		expect(directives?.['script-src']).toEqual(['self']);
		expect(directives?.['connect-src']).toEqual(['self']);
		expect(JSON.stringify(directives)).not.toMatch(/unsafe-eval|https?:|\*/);
	});

	it('adds the school’s sync server, by its origin, to where Keep Up may connect', () => {
		const { directives } = contentSecurityPolicy('https://sync.school.example/couchdb/') ?? {};
		expect(directives?.['connect-src']).toEqual(['self', 'https://sync.school.example']);
		expect(syncOrigins('  ')).toEqual([]);
		expect(syncOrigins('http://localhost:5984')).toEqual(['http://localhost:5984']);
	});

	it('stops the build for a sync server address that is mistyped or not secure', () => {
		expect(() => syncOrigins('sync.school.example')).toThrow(/is not a web address/);
		expect(() => syncOrigins('http://sync.school.example')).toThrow(/must start with https/);
		expect(() => syncOrigins('ftp://sync.school.example')).toThrow(/must start with https/);
	});
});
