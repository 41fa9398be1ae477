import { isKeystoneId } from '../keystones';
import { filterProblem, type ReviewFilter } from './filter';

/**
 * The query of a page's address. Pages live after the `#` (hash routing), so a query such as
 * `#/review?year=5` is in the hash, not in the address's own search.
 */
export function pageQuery(url: URL): URLSearchParams {
	const query = url.hash.indexOf('?');
	return new URLSearchParams(query < 0 ? url.search : url.hash.slice(query + 1));
}

/** The filters as an address's query, so that a report opens with the same figures. */
export function filterToParams(filter: ReviewFilter): URLSearchParams {
	const params = new URLSearchParams({ from: filter.from, to: filter.to });
	if (filter.yearGroup !== null) params.set('year', String(filter.yearGroup));
	if (filter.classId !== null) params.set('class', filter.classId);
	if (filter.keystoneId !== null) params.set('keystone', filter.keystoneId);
	return params;
}

/** The filters from an address, or the fallback where the address has none or bad ones. */
export function filterFromParams(params: URLSearchParams, fallback: ReviewFilter): ReviewFilter {
	const year = Number(params.get('year'));
	const keystone = params.get('keystone') ?? '';
	const filter: ReviewFilter = {
		from: params.get('from') ?? fallback.from,
		to: params.get('to') ?? fallback.to,
		yearGroup: Number.isInteger(year) && year >= 3 && year <= 9 ? year : null,
		classId: params.get('class') || null,
		keystoneId: isKeystoneId(keystone) ? keystone : null
	};
	return filterProblem(filter) === null
		? filter
		: { ...fallback, ...filter, from: fallback.from, to: fallback.to };
}
