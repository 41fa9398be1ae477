import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withFirstScreenLinks } from '../../scripts/preload.js';

const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A client build of three screens: the layout (0), the error page (1), home (2) and Review (3). */
function clientBuild(): string {
	const kitDir = mkdtempSync(path.join(tmpdir(), 'keep-up-kit-'));
	made.push(kitDir);
	const generated = `${kitDir}/generated/client-optimized`;
	mkdirSync(`${generated}`, { recursive: true });
	mkdirSync(`${kitDir}/output/client/.vite`, { recursive: true });
	writeFileSync(
		`${generated}/app.js`,
		'export const nodes = [];\n\nexport const dictionary = {\n\t\t"/": [2],\n\t\t"/review": [3],\n\t};\n'
	);
	const node = (n: number) => `${generated}/nodes/${n}.js`;
	writeFileSync(
		`${kitDir}/output/client/.vite/manifest.json`,
		JSON.stringify({
			[node(0)]: { file: '_app/immutable/nodes/0.aaa.js', imports: ['_runtime.js'] },
			[node(1)]: { file: '_app/immutable/nodes/1.bbb.js', imports: ['_runtime.js'] },
			[node(2)]: {
				file: '_app/immutable/nodes/2.ccc.js',
				imports: ['_runtime.js', '_welcome.js'],
				css: ['_app/immutable/assets/2.ccc.css']
			},
			[node(3)]: { file: '_app/immutable/nodes/3.ddd.js', imports: ['_charts.js'] },
			'_runtime.js': { file: '_app/immutable/chunks/runtime.js' },
			'_welcome.js': { file: '_app/immutable/chunks/welcome.js', imports: ['_runtime.js'] },
			'_charts.js': { file: '_app/immutable/chunks/charts.js' }
		})
	);
	return kitDir;
}

const page = `<html><head>
		<link href="/_app/immutable/chunks/runtime.js" rel="modulepreload">
		<link href="/_app/immutable/nodes/0.aaa.js" rel="modulepreload">
	</head><body></body></html>`;

describe('the page asks for the first screen’s files', () => {
	it('adds the home screen and the error page, with what they import, each once', () => {
		const html = withFirstScreenLinks(page, clientBuild());
		const asked = [...html.matchAll(/<link href="([^"]+)" rel="(\w+)">/g)].map(
			([, href, rel]) => `${rel} ${href}`
		);
		expect(asked).toEqual([
			'modulepreload /_app/immutable/chunks/runtime.js',
			'modulepreload /_app/immutable/nodes/0.aaa.js',
			'modulepreload /_app/immutable/nodes/1.bbb.js',
			'modulepreload /_app/immutable/nodes/2.ccc.js',
			'stylesheet /_app/immutable/assets/2.ccc.css',
			'modulepreload /_app/immutable/chunks/welcome.js'
		]);
		expect(html.indexOf('welcome.js')).toBeLessThan(html.indexOf('</head>'));
	});

	it('leaves out the screens a first visit does not open', () => {
		expect(withFirstScreenLinks(page, clientBuild())).not.toMatch(/charts|3\.ddd/);
	});

	it('stops the build when the client build is not there', () => {
		const kitDir = mkdtempSync(path.join(tmpdir(), 'keep-up-kit-'));
		made.push(kitDir);
		expect(() => withFirstScreenLinks(page, kitDir)).toThrow();
	});
});
