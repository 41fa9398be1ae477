import { formatLongDate } from '../dates';
import type { Keystone, KeystoneId } from '../keystones';
import { percent, points, isSmall } from './format';
import type { Impact } from './impact';
import {
	closureRate,
	flagRate,
	gap,
	interventionRate,
	rate,
	type Cell,
	type ReviewMetrics
} from './metrics';
import type { ReviewFilter } from './filter';

function comparison(who: string, group: Cell, others: Cell): string {
	if (group.presentPupils === 0) return `No ${who} were in these checks.`;
	const difference = gap(flagRate(group), flagRate(others));
	const caveat = isSmall(group.presentPupils)
		? ` Only ${group.presentPupils} of them took part, too few for a fair comparison.`
		: '';
	if (difference === null) return `There is no data to compare ${who} with their peers.${caveat}`;
	const direction =
		Math.round(difference) === 0
			? 'as often as their peers'
			: difference > 0
				? 'more often than their peers'
				: 'less often than their peers';
	const kept = gap(closureRate(group), closureRate(others));
	return (
		`${who[0].toUpperCase()}${who.slice(1)} were flagged ${direction} ` +
		`(${percent(flagRate(group))} against ${percent(flagRate(others))}, a gap of ${points(difference)}); ` +
		`${percent(closureRate(group))} of their flags closed the same day, against ${percent(closureRate(others))} ` +
		`(${points(kept)}).${caveat}`
	);
}

/**
 * A short plain-English account of the figures for governors: aggregates only, no names.
 */
export function governorSummary(
	metrics: ReviewMetrics,
	impact: Impact,
	filter: ReviewFilter,
	keystoneOf: (id: KeystoneId) => Keystone
): string[] {
	const range = `From ${formatLongDate(filter.from)} to ${formatLongDate(filter.to)}`;
	const all = metrics.total.cells.all;
	if (metrics.checks === 0 || all.present === 0) {
		return [`${range} there are no exit-ticket checks that match this report's filters.`];
	}
	const hardest = [...metrics.byKeystone]
		.filter((row) => !isSmall(row.cells.all.presentPupils))
		.sort((a, b) => (flagRate(b.cells.all) ?? 0) - (flagRate(a.cells.all) ?? 0))[0];
	const came = rate(impact.attended.secureNext, impact.attended.followed);
	const missed = rate(impact.notAttended.secureNext, impact.notAttended.followed);
	return [
		`${range}, ${metrics.checks} end-of-lesson ${metrics.checks === 1 ? 'check was' : 'checks were'} ` +
			`marked for ${all.presentPupils} ${all.presentPupils === 1 ? 'pupil' : 'pupils'}. ` +
			`${percent(flagRate(all))} of the pupils present were flagged as not yet secure in the lesson. ` +
			`${percent(interventionRate(all))} of the flagged pupils were seen in a same-day group and ` +
			`${percent(closureRate(all))} kept up: secure by the end of the day.`,
		hardest
			? `The keystone area flagged most often was ${keystoneOf(hardest.key as KeystoneId).name} ` +
				`(${percent(flagRate(hardest.cells.all))} of pupils present when it was checked).`
			: 'No keystone area was checked with enough pupils to compare.',
		comparison('pupils with SEND', metrics.total.cells.sen, metrics.total.cells.notSen),
		comparison(
			'disadvantaged pupils',
			metrics.total.cells.disadvantaged,
			metrics.total.cells.notDisadvantaged
		),
		came === null || missed === null
			? 'There are not yet enough later checks to judge the effect of same-day groups.'
			: `At the next check of the same keystone, ${percent(came)} of flagged pupils who came to a same-day group were secure, ` +
				`against ${percent(missed)} of those who did not (${impact.attended.followed} and ${impact.notAttended.followed} flags).`
	];
}
