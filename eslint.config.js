import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.builds/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommendedTypeChecked,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: {
				projectService: { allowDefaultProject: ['src/service-worker.ts'] },
				tsconfigRootDir: import.meta.dirname
			}
		},
		rules: {
			// typescript-eslint advise against no-undef in TypeScript: the compiler checks names.
			'no-undef': 'off',
			// IndexedDB is all promises: a forgotten await is a lost write.
			'@typescript-eslint/no-misused-promises': [
				'error',
				{ checksVoidReturn: { attributes: false } }
			],
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['**/*.svelte'],
		rules: {
			// In markup, svelte-eslint-parser does not know a child component's props, so the
			// parameters of every callback passed to one (and snippets, and bind:this instances) come
			// through as any. svelte-check type-checks the markup with the real types.
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-return': 'off'
		}
	},
	{
		files: ['**/*.spec.ts', 'tests/**/*.ts'],
		rules: {
			// Tests read what the app wrote (backup files, raw database rows, server replies) as
			// untyped JSON on purpose, to check its shape from outside; and vitest's asymmetric
			// matchers (expect.any, expect.objectContaining) are typed any.
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
			// A test stands in for an asynchronous write with an async function that has nothing to
			// wait for, so that it fails the way a real write does (a rejected promise).
			'@typescript-eslint/require-await': 'off'
		}
	},
	{
		// The Node scripts and config files in plain JavaScript are outside the TypeScript project
		// (svelte-check does not read them either), so they get the untyped rules only.
		files: ['**/*.js', '**/*.mjs'],
		...ts.configs.disableTypeChecked
	}
);
