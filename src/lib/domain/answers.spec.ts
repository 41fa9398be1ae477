import { describe, expect, it } from 'vitest';
import { blankCheck, choiceQuestion, numberQuestion, question } from '$factories/check';
import {
	answeredOnSeveralTablets,
	answerOf,
	autoMark,
	givenAfter,
	goesOn,
	withAnswer,
	withAnswersTakenIn,
	withAnswersToMarkAgain,
	type AnswerTap
} from './answers';
import { CONFIDENCE, MARKS } from './codes';
import { withAbsent, withNextMark } from './marking';
import { emptyPupilAnswers, type PupilAnswers } from './model/answers';
import { ticketAt } from './tickets';

const q1 = choiceQuestion(1, 'representation', [
	['1/2', null],
	['1/3', 'bigger denominator, bigger fraction'],
	['1/4', null]
]);
const q2 = numberQuestion(2, 'fluency', '0.5', ['½']);
const q3 = question(3, 'thinking');
const questions = [q1, q2, q3];

/** Taps on one tablet, one a millisecond from `start`. */
function tablet(
	deviceId: string,
	taps: [pupilId: string, questionId: string, tap: AnswerTap][],
	start = 100,
	from: PupilAnswers = emptyPupilAnswers('check-1', deviceId, ['q1', 'q2'], 0)
): PupilAnswers {
	return taps.reduce(
		(answers, [pupilId, questionId, tap], i) =>
			withAnswer(answers, pupilId, questionId, tap, start + i),
		from
	);
}

describe('marking answers automatically', () => {
	it('marks the correct option right, another wrong, and none as not answered', () => {
		expect(autoMark(q1, { choice: 1, number: '' })).toBe(MARKS.code.correct);
		expect(autoMark(q1, { choice: 2, number: '' })).toBe(MARKS.code.incorrect);
		expect(autoMark(q1, { choice: 0, number: '' })).toBe(MARKS.code['not-answered']);
	});

	it('marks a number right when it is one of the accepted ways of writing it', () => {
		expect(autoMark(q2, { choice: 0, number: '0.50' })).toBe(MARKS.code.correct);
		expect(autoMark(q2, { choice: 0, number: '1/2' })).toBe(MARKS.code.correct);
		expect(autoMark(q2, { choice: 0, number: '0.2' })).toBe(MARKS.code.incorrect);
		expect(autoMark(q2, { choice: 0, number: '' })).toBe(MARKS.code['not-answered']);
	});
});

describe('a tablet’s answers', () => {
	it('keep each tap, adding a row for each pupil as they begin', () => {
		const answers = tablet('t1', [
			['ada', 'q1', { choice: 2 }],
			['ada', 'q1', { confidence: 'sure' }],
			['ben', 'q2', { number: ' 0.5 ' }]
		]);
		expect(answers.pupilIds).toEqual(['ada', 'ben']);
		expect(answerOf(answers, 'ada', 'q1')).toMatchObject({
			choice: 2,
			confidence: 'sure',
			answeredAt: 100,
			confidentAt: 101
		});
		expect(answerOf(answers, 'ben', 'q2')).toMatchObject({ number: '0.5', answeredAt: 102 });
		expect(answerOf(answers, 'cai', 'q2')).toBeNull();
	});

	it('make room for a question added to the check after they began', () => {
		const answers = tablet('t1', [
			['ada', 'q2', { number: '3' }],
			['ada', 'q4', { number: '4' }]
		]);
		expect(answers.questionIds).toEqual(['q1', 'q2', 'q4']);
		expect(answerOf(answers, 'ada', 'q2')?.number).toBe('3');
		expect(answerOf(answers, 'ada', 'q4')?.number).toBe('4');
	});

	it('never replace an answer with a blank when a pupil finishes', () => {
		const answered = tablet('t1', [['ada', 'q1', { choice: 1 }]]);
		expect(withAnswer(answered, 'ada', 'q1', { blank: true }, 500)).toBe(answered);
		const blank = withAnswer(answered, 'ada', 'q2', { blank: true }, 500);
		expect(answerOf(blank, 'ada', 'q2')).toMatchObject({ number: '', answeredAt: 500 });
	});
});

describe('taking the answers into the teacher’s check', () => {
	const check = blankCheck(questions, ['ada', 'ben', 'cai']);
	const answers = tablet('t1', [
		['ada', 'q1', { choice: 2 }],
		['ada', 'q1', { confidence: 'sure' }],
		['ada', 'q2', { number: '0.2' }],
		['ben', 'q1', { choice: 1 }],
		['ben', 'q1', { confidence: 'guessing' }]
	]);
	const taken = withAnswersTakenIn(check, [answers], 1000);

	it('marks each answer, with the option chosen and how sure the pupil was', () => {
		const ada = ticketAt(taken, 0);
		expect(ada.marks).toEqual(['incorrect', 'incorrect', 'unmarked']);
		expect(ada.choices).toEqual([2, 0, 0]);
		expect(ada.confidence).toEqual(['sure', 'unrecorded', 'unrecorded']);
		expect(ticketAt(taken, 1).marks).toEqual(['correct', 'unmarked', 'unmarked']);
		expect(ticketAt(taken, 2).marks).toEqual(['unmarked', 'unmarked', 'unmarked']);
		// Only the pupils whose answers came in are stamped.
		expect([...taken.changedAt]).toEqual([1000, 1000, 0]);
	});

	it('is free the second time: nothing new gives the same check back', () => {
		expect(withAnswersTakenIn(taken, [answers], 2000)).toBe(taken);
	});

	it('keeps the teacher’s later correction until the pupil answers again', () => {
		const corrected = withNextMark(taken, 'ada', 'q2', 1500);
		expect(ticketAt(corrected, 0).marks[1]).toBe('not-answered');
		const sureNow = tablet('t1', [['ada', 'q2', { confidence: 'think-so' }]], 1600, answers);
		const again = withAnswersTakenIn(corrected, [sureNow], 1700);
		expect(ticketAt(again, 0).marks[1]).toBe('not-answered');
		expect(ticketAt(again, 0).confidence[1]).toBe('think-so');
		const changed = tablet('t1', [['ada', 'q2', { number: '½' }]], 1800, sureNow);
		expect(ticketAt(withAnswersTakenIn(again, [changed], 1900), 0).marks[1]).toBe('correct');
	});

	it('counts a pupil marked absent who answers since as present', () => {
		const absent = withAbsent(check, 'cai', true, 50);
		const cai = tablet('t1', [['cai', 'q1', { choice: 1 }]]);
		expect(ticketAt(withAnswersTakenIn(absent, [cai], 200), 2).absent).toBe(false);
	});

	it('marks the answers again when the teacher changes the correct option', () => {
		const fixed = {
			...taken,
			questions: [
				{ ...q1, options: q1.options.map((option, o) => ({ ...option, correct: o === 1 })) },
				q2,
				q3
			]
		};
		const again = withAnswersTakenIn(withAnswersToMarkAgain(fixed, questions), [answers], 3000);
		expect(ticketAt(again, 0).marks[0]).toBe('correct');
		expect(ticketAt(again, 1).marks[0]).toBe('incorrect');
		expect(withAnswersToMarkAgain(taken, questions)).toBe(taken);
	});
});

describe('several tablets collecting answers for the same check', () => {
	const check = blankCheck(questions, ['ada', 'ben', 'cai']);
	const one = tablet('t1', [
		['ada', 'q1', { choice: 1 }],
		['ben', 'q1', { choice: 2 }]
	]);
	const two = tablet(
		't2',
		[
			['cai', 'q1', { choice: 3 }],
			['ben', 'q1', { choice: 1 }],
			['ben', 'q1', { confidence: 'think-so' }]
		],
		200
	);

	it('keep every tablet’s answers, each pupil’s latest answer marked', () => {
		const taken = withAnswersTakenIn(check, [one, two], 1000);
		expect(Array.from({ length: 3 }, (_, p) => ticketAt(taken, p).choices[0])).toEqual([1, 1, 3]);
		expect(withAnswersTakenIn(check, [two, one], 1000)).toEqual(taken);
		expect(taken.confidence[3]).toBe(CONFIDENCE.code['think-so']);
	});

	it('show the teacher a pupil who answered on two tablets', () => {
		const twice = answeredOnSeveralTablets(check, [one, two]);
		expect(twice.map((pupil) => pupil.pupilId)).toEqual(['ben']);
		expect(twice[0].tablets.map((t) => [t.deviceId, t.answers[0].choice])).toEqual([
			['t1', 2],
			['t2', 1]
		]);
	});
});

describe('the pupil’s screen', () => {
	const none = { choice: 0, number: '', confidence: 'unrecorded' as const };
	const chosen = { ...none, choice: 2 };
	const done = { ...chosen, confidence: 'sure' as const };

	it('goes on once an answer and how sure are both given, in either order', () => {
		expect(goesOn(none, { choice: 2 })).toBe(false);
		expect(goesOn(chosen, { confidence: 'sure' })).toBe(true);
		expect(goesOn({ ...none, confidence: 'guessing' }, { choice: 1 })).toBe(true);
		expect(goesOn(none, { confidence: 'sure' })).toBe(false);
	});

	it('waits after a new option on a question already done, until they say how sure', () => {
		expect(goesOn(done, { choice: 3 })).toBe(false);
		expect(goesOn(givenAfter(done, { choice: 3 }), { confidence: 'think-so' })).toBe(true);
		expect(givenAfter(done, { number: ' 4 ' })).toEqual({ ...done, choice: 0, number: '4' });
	});
});
