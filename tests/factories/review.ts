import { demoSchoolOptions, generateSchool } from '$lib/demo/generate';
import { OutcomeBook } from '$lib/domain/outcomes';
import { prepareFacts } from '$lib/domain/review/facts';

/** The demo school on the journeys' school day, and its Review facts. */
export function demoReview() {
	const school = generateSchool(demoSchoolOptions('2026-11-23', Date.UTC(2026, 10, 23, 8)));
	const facts = prepareFacts(
		school.checks,
		school.pupils,
		school.classes,
		new OutcomeBook(school.outcomes)
	);
	return { school, facts };
}
