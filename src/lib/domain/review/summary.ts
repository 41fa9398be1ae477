import { formatLongDate } from '../dates';
import type { ReportFigures } from '../model/report';
import { visitCount, VISIT_KINDS } from '../model/visit';
import { points, withPercentSign } from './format';
import { gapFigure, pupilsFigure, shareFigure } from './report';
import { SMALL_GROUP } from './metrics';
import { reportedText, type Reported } from './withhold';

const asPercent = (figure: Reported) => reportedText(figure, withPercentSign);

/** ", against 27% in Autumn 1 2026–27" when there is a previous figure to set beside this one. */
function against(before: Reported | null, name: string | undefined, format = asPercent): string {
	return before && name && before.kind === 'value' ? `, against ${format(before)} in ${name}` : '';
}

function comparison(
	who: string,
	now: ReportFigures,
	group: 'sen' | 'disadvantaged',
	rest: 'notSen' | 'notDisadvantaged',
	previous: { name: string; figures: ReportFigures } | null
): string {
	const size = pupilsFigure(now[group].flagged.pupils);
	if (size.kind === 'withheld') {
		return `Fewer than ${SMALL_GROUP} ${who} took part, so their figures are withheld.`;
	}
	if (size.kind === 'none' || size.value === 0) return `No ${who} were in these checks.`;
	const flagGap = gapFigure(now[group].flagged, now[rest].flagged);
	if (flagGap.kind !== 'value') return `There is no data to compare ${who} with their peers.`;
	const direction =
		flagGap.value === 0
			? 'as often as their peers'
			: flagGap.value > 0
				? 'more often than their peers'
				: 'less often than their peers';
	const keptGap = gapFigure(now[group].keptUp, now[rest].keptUp);
	const before = previous
		? gapFigure(previous.figures[group].flagged, previous.figures[rest].flagged)
		: null;
	return (
		`${capital(who)} (${size.value} pupils) were flagged ${direction} ` +
		`(${asPercent(shareFigure(now[group].flagged))} against ${asPercent(shareFigure(now[rest].flagged))}, ` +
		`a gap of ${reportedText(flagGap, points)}${against(before, previous?.name, (f) => reportedText(f, points))})` +
		(keptGap.kind === 'value'
			? `; the gap in keeping up the same day was ${points(keptGap.value)}.`
			: '; too few of them were flagged to compare keeping up the same day.')
	);
}

const capital = (text: string) => `${text[0].toUpperCase()}${text.slice(1)}`;

/**
 * A short plain-English account of a report's figures for governors, set against the previous
 * report where there is one: aggregates only, no one named, small groups withheld.
 */
export function governorSummary(
	report: { from: string; to: string; figures: ReportFigures },
	previous: { name: string; figures: ReportFigures } | null
): string[] {
	const { figures } = report;
	const range = `From ${formatLongDate(report.from)} to ${formatLongDate(report.to)}`;
	const paragraphs: string[] = [];
	const before = previous?.figures;
	const name = previous?.name;
	if (figures.checks === 0) {
		paragraphs.push(
			`${range} there are no exit-ticket checks to report on, so this report has no figures of pupils' learning.`
		);
	} else {
		const pupils = reportedText(pupilsFigure(figures.pupils), String);
		paragraphs.push(
			`${range}, ${figures.checks} end-of-lesson ${figures.checks === 1 ? 'check was' : 'checks were'} ` +
				`marked for ${pupils} ${figures.pupils === 1 ? 'pupil' : 'pupils'}. ` +
				`${capital(asPercent(shareFigure(figures.flagged)))} of the pupils present were flagged as not yet secure in the lesson` +
				`${against(before ? shareFigure(before.flagged) : null, name)}. ` +
				`${capital(asPercent(shareFigure(figures.seen)))} of the flagged pupils were seen in a same-day group and ` +
				`${asPercent(shareFigure(figures.keptUp))} kept up: secure by the end of the day` +
				`${against(before ? shareFigure(before.keptUp) : null, name)}.`
		);
		const hardest = figures.byKeystone
			.map((keystone) => ({ keystone, figure: shareFigure(keystone.flagged) }))
			.filter((entry) => entry.figure.kind === 'value')
			.sort(
				(a, b) =>
					(b.figure.kind === 'value' ? b.figure.value : 0) -
					(a.figure.kind === 'value' ? a.figure.value : 0)
			)[0];
		paragraphs.push(
			hardest
				? `The keystone area flagged most often was ${hardest.keystone.name} ` +
						`(${asPercent(hardest.figure)} of pupils present when it was checked).`
				: 'No keystone area was checked with enough pupils to compare.'
		);
		paragraphs.push(comparison('pupils with SEND', figures, 'sen', 'notSen', previous));
		paragraphs.push(
			comparison('disadvantaged pupils', figures, 'disadvantaged', 'notDisadvantaged', previous)
		);
		const came = shareFigure(figures.impact.attended);
		const missed = shareFigure(figures.impact.notAttended);
		paragraphs.push(
			came.kind !== 'value' || missed.kind !== 'value'
				? 'There are not yet enough later checks to judge the effect of same-day groups.'
				: `At the next check of the same keystone, ${asPercent(came)} of flagged pupils who came to a same-day group were secure, ` +
						`against ${asPercent(missed)} of those who did not. Pupils are not put in groups at random, so this is a sign, not proof.`
		);
		paragraphs.push(persistentParagraph(pupilsFigure(figures.persistentPupils)));
	}
	paragraphs.push(leadershipParagraph(figures));
	return paragraphs;
}

function persistentParagraph(persistent: Reported): string {
	const who =
		persistent.kind === 'withheld'
			? `Fewer than ${SMALL_GROUP} pupils were`
			: persistent.kind === 'value' && persistent.value > 0
				? `${persistent.value} ${persistent.value === 1 ? 'pupil was' : 'pupils were'}`
				: 'No pupil was';
	return `${who} flagged three or more times in one keystone area within ten school days, a sign of a need for longer-term support.`;
}

function leadershipParagraph({ leadership }: ReportFigures): string {
	if (leadership.visits === 0) return 'No visits by the maths lead were recorded in this period.';
	const kinds = VISIT_KINDS.filter((kind) => leadership.byKind[kind] > 0)
		.map((kind) => visitCount(kind, leadership.byKind[kind]))
		.join(', ');
	const themes = leadership.themes
		.toSorted((a, b) => b.visits - a.visits)
		.slice(0, 2)
		.map((theme) => theme.name);
	return (
		`The maths lead recorded ${leadership.visits} ${leadership.visits === 1 ? 'visit' : 'visits'} (${kinds}), ` +
		`reaching ${leadership.classesVisited} of ${leadership.classes} classes` +
		(themes.length > 0 ? `, with ${themes.join(' and ')} most in focus` : '') +
		'.' +
		(leadership.nextSteps > 0
			? ` ${leadership.followedUp} of ${leadership.nextSteps} agreed next ${leadership.nextSteps === 1 ? 'step has' : 'steps have'} been followed up.`
			: '')
	);
}
