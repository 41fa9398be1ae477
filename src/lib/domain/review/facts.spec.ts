import { describe, expect, it } from 'vitest';
import { demoReview } from '$factories/review';
import { RULES } from '../codes';
import { judge } from '../flags';
import { primaryNeed } from '../grouping';
import { KEYSTONE_IDS } from '../keystones';
import { confidenceAt, isAbsentAt, isFlaggedAt, marksAt } from '../tickets';
import { FLAGGED, NO_KEYSTONE, PRESENT } from './facts';

// The facts write the flag rule and the primary need out inline, for speed over a whole year:
// over every ticket of the demo school, they must say what the rules themselves say.
describe('the Review facts, against the flag rule and the primary need', () => {
	const { school, facts } = demoReview();
	const checkById = new Map(school.checks.map((check) => [check.id, check]));

	it('covers a school year of tickets, flagged and not', () => {
		expect(facts.checks.length).toBeGreaterThan(50);
		let flagged = 0;
		for (let f = 0; f < facts.count; f++) if (facts.status[f] & FLAGGED) flagged++;
		expect(flagged).toBeGreaterThan(100);
		expect(flagged).toBeLessThan(facts.count);
	});

	it('flags a pupil exactly when the rule and the teacher do', () => {
		let tickets = 0;
		facts.checks.forEach((reviewCheck, c) => {
			const check = checkById.get(reviewCheck.id)!;
			for (let p = 0; p < check.pupilIds.length; p++) {
				const status = facts.status[facts.firstFact[c] + p];
				const absent = isAbsentAt(check, p);
				expect(Boolean(status & PRESENT)).toBe(!absent);
				expect(check.rule[p]).toBe(
					judge(marksAt(check, p), absent, check.questions, check.flagRule, confidenceAt(check, p))
				);
				expect(Boolean(status & FLAGGED)).toBe(!absent && isFlaggedAt(check, p));
				tickets++;
			}
		});
		expect(tickets).toBe(facts.count);
	});

	it("gives each flagged pupil the keystone of the rule's primary need, and no other pupil one", () => {
		facts.checks.forEach((reviewCheck, c) => {
			const check = checkById.get(reviewCheck.id)!;
			for (let p = 0; p < check.pupilIds.length; p++) {
				const f = facts.firstFact[c] + p;
				if (!(facts.status[f] & FLAGGED)) {
					expect(facts.keystone[f]).toBe(NO_KEYSTONE);
					continue;
				}
				const need = check.questions[primaryNeed(marksAt(check, p), check.questions)];
				expect(KEYSTONE_IDS[facts.keystone[f]]).toBe(need.keystoneId);
			}
		});
	});

	it('judges the rule codes the demo school stores', () => {
		const codes = new Set(school.checks.flatMap((check) => [...check.rule]));
		expect(codes.has(RULES.code.flagged)).toBe(true);
		expect(codes.has(RULES.code.clear)).toBe(true);
	});
});
