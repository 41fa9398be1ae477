import { describe, expect, it } from 'vitest';
import type { ReviewFilter } from './filter';
import { filterFromParams, filterToParams, pageQuery } from './params';

const fallback: ReviewFilter = {
	from: '2026-10-12',
	to: '2026-11-23',
	yearGroup: null,
	classId: null,
	keystoneId: null
};

describe('the governor report’s address', () => {
	it('carries the filters there and back', () => {
		const filter: ReviewFilter = {
			from: '2026-11-02',
			to: '2026-11-20',
			yearGroup: 5,
			classId: 'class-5b',
			keystoneId: 'fluency'
		};
		expect(filterFromParams(filterToParams(filter), fallback)).toEqual(filter);
		expect(filterToParams(fallback).toString()).toBe('from=2026-10-12&to=2026-11-23');
	});

	it('falls back for filters it cannot use', () => {
		const params = new URLSearchParams('from=2026-11-20&to=2026-11-01&year=14&keystone=algebra');
		expect(filterFromParams(params, fallback)).toEqual(fallback);
		expect(filterFromParams(new URLSearchParams(), fallback)).toEqual(fallback);
	});
});

describe('a page’s query', () => {
	it('is read from after the # where the pages live', () => {
		const url = new URL('https://school.example/keep-up/#/review?year=5&class=class-5b');
		expect(pageQuery(url).get('year')).toBe('5');
		expect(pageQuery(url).get('class')).toBe('class-5b');
		expect([...pageQuery(new URL('https://school.example/#/review')).keys()]).toEqual([]);
		expect(pageQuery(new URL('https://school.example/?year=7')).get('year')).toBe('7');
	});
});
