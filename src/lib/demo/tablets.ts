import { withAnswer, withAnswersTakenIn, type AnswerTap } from '$lib/domain/answers';
import { MARKS, type Confidence } from '$lib/domain/codes';
import { emptyPupilAnswers, type PupilAnswers } from '$lib/domain/model/answers';
import type { Check, Question } from '$lib/domain/model/check';
import { correctOption, isAnsweredOnTablet } from '$lib/domain/model/questions';
import { parseNumberAnswer } from '$lib/domain/numbers';
import { isAbsentAt, markAt } from '$lib/domain/tickets';
import type { DemoLesson } from './lessons';
import { Random } from './random';

/** The class's two tablets, each collecting half the class's answers. */
export const DEMO_TABLETS = ['demo-tablet-1', 'demo-tablet-2'] as const;

/** A seed from a text: each check's answers come from their own stream of numbers. */
function seedOf(text: string): number {
	let hash = 2166136261;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
	return hash >>> 0;
}

/**
 * The questions of a check the pupils answer on tablets: the coherence question becomes
 * multiple choice (its wrong options naming misconceptions) and a recall question with a
 * number for its answer becomes a number question. The rest the teacher marks.
 */
export function tabletQuestions(questions: Question[], lesson: DemoLesson, seed: string) {
	const random = new Random(seedOf(seed));
	return questions.map((question): Question => {
		if (question.keystoneId === 'coherence') {
			const options = [
				{ text: question.answer ?? '', correct: true, misconception: null },
				...lesson.distractors.map(([text, misconception]) => ({
					text,
					correct: false,
					misconception
				}))
			];
			// The right answer is not always A.
			const at = random.int(0, options.length - 1);
			[options[0], options[at]] = [options[at], options[0]];
			return { ...question, kind: 'choice', options, answer: null };
		}
		if (question.keystoneId === 'fluency' && parseNumberAnswer(question.answer ?? '') !== null) {
			return { ...question, kind: 'number' };
		}
		return question;
	});
}

function wrongNumber(answer: string, random: Random): string {
	const fraction = /^(-?\d+)\/(\d+)$/.exec(parseNumberAnswer(answer)?.form ?? '');
	if (fraction) return `${Number(fraction[1]) + random.int(1, 2)}/${fraction[2]}`;
	const value = parseNumberAnswer(answer)?.value ?? 0;
	return String(random.chance(0.5) ? value * 10 : value + random.pick([-10, -1, 1, 2]));
}

function confidenceOf(
	random: Random,
	right: boolean,
	ability: number
): Exclude<Confidence, 'unrecorded'> {
	// Many pupils are as sure of a wrong answer as of a right one: that is what this shows.
	const sure = right ? 0.5 + 0.06 * (ability - 3) : 0.35;
	const roll = random.next();
	if (roll < sure) return 'sure';
	return roll < sure + 0.35 ? 'think-so' : 'guessing';
}

/** What one pupil tapped for one question, to give the mark the demo drew for them. */
function tapFor(question: Question, mark: number, habit: number, random: Random): AnswerTap {
	if (mark === MARKS.code['not-answered']) return { blank: true };
	if (question.kind === 'number') {
		const answer = question.answer ?? '';
		return { number: mark === MARKS.code.correct ? answer : wrongNumber(answer, random) };
	}
	const right = correctOption(question);
	if (mark === MARKS.code.correct) return { choice: right + 1 };
	const wrong = question.options.map((_, o) => o).filter((o) => o !== right);
	const named = wrong.filter((o) => question.options[o].misconception !== null);
	// A pupil tends to hold the same misconception from one day to the next.
	const usual = named.length > 0 ? named[habit % named.length] : wrong[0];
	return { choice: (random.chance(0.7) ? usual : random.pick(wrong)) + 1 };
}

/**
 * The pupils' answers on the class's two tablets, given to match the marks the demo drew, with
 * how sure they said they were, and taken into the check. With `twice`, one pupil answered the
 * first question on both tablets, so the teacher sees it.
 */
export function answerOnTablets(
	check: Check,
	ability: ReadonlyMap<string, number>,
	twice: boolean,
	now: number
): { check: Check; answers: PupilAnswers[] } {
	const random = new Random(seedOf(check.id));
	// The end of the lesson: today's checks, still to come, are marked on paper.
	const start = Date.parse(`${check.date}T14:40:00Z`);
	const onTablet = check.questions.filter(isAnsweredOnTablet);
	const sheets = DEMO_TABLETS.map((deviceId) =>
		emptyPupilAnswers(
			check.id,
			deviceId,
			onTablet.map((q) => q.id),
			start
		)
	);
	let at = start;
	check.pupilIds.forEach((pupilId, p) => {
		if (isAbsentAt(check, p)) return;
		const tablet = p < check.pupilIds.length / 2 ? 0 : 1;
		const habit = seedOf(pupilId);
		check.questions.forEach((question, q) => {
			if (!isAnsweredOnTablet(question)) return;
			const mark = markAt(check, p, q);
			const tap = tapFor(question, mark, habit, random);
			sheets[tablet] = withAnswer(sheets[tablet], pupilId, question.id, tap, (at += 4000));
			if ('blank' in tap) return;
			const sure = confidenceOf(random, mark === MARKS.code.correct, ability.get(pupilId) ?? 3);
			sheets[tablet] = withAnswer(
				sheets[tablet],
				pupilId,
				question.id,
				{ confidence: sure },
				(at += 2000)
			);
		});
	});
	const second = check.pupilIds.findIndex(
		(_, p) => p >= check.pupilIds.length / 2 && !isAbsentAt(check, p)
	);
	const first = onTablet[0];
	if (twice && second >= 0 && first) {
		// They began on the first tablet, were sent to the other, and answered again there.
		const tap: AnswerTap =
			first.kind === 'choice'
				? { choice: ((correctOption(first) + 1) % first.options.length) + 1 }
				: { number: wrongNumber(first.answer ?? '', random) };
		sheets[0] = withAnswer(sheets[0], check.pupilIds[second], first.id, tap, start + 1000);
	}
	return { check: withAnswersTakenIn(check, sheets, now), answers: sheets };
}
