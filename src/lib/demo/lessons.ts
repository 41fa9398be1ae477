import type { KeystoneId } from '$lib/domain/keystones';

export type Band = 'lower' | 'upper' | 'ks3';

export interface DemoLesson {
	band: Band;
	title: string;
	/** The ready-to-progress criterion (KS2) or the school's own code (KS3). */
	objective: string;
	/** Harder topics flag more pupils: a logit added to every question. */
	difficulty: number;
	questions: Record<KeystoneId, [prompt: string, answer: string]>;
	/**
	 * The wrong options of the coherence question when pupils answer it on a tablet, each with
	 * the misconception it shows (or none); the right option is the question's answer.
	 */
	distractors: [option: string, misconception: string | null][];
}

export function bandOf(yearGroup: number): Band {
	return yearGroup <= 4 ? 'lower' : yearGroup <= 6 ? 'upper' : 'ks3';
}

export const LESSONS: readonly DemoLesson[] = [
	{
		band: 'lower',
		title: 'Adding three-digit numbers',
		objective: '3AS-3',
		difficulty: 0,
		questions: {
			coherence: ['We added 2-digit numbers yesterday. Now: 345 + 123', '468'],
			representation: ['Show 256 + 130 with place-value counters and write the total', '386'],
			thinking: [
				'Always, sometimes or never: adding two 3-digit numbers gives a 3-digit number?',
				'Sometimes'
			],
			fluency: ['400 + 300 = ?', '700'],
			variation: ['Which is the odd one out: 240 + 120, 230 + 130, 250 + 100?', '250 + 100']
		},
		distractors: [
			['18', 'adds all the digits together'],
			['222', 'takes away instead of adding'],
			['467', null]
		]
	},
	{
		band: 'lower',
		title: 'Counting in fractions',
		objective: '3F-1',
		difficulty: 0.4,
		questions: {
			coherence: ['Continue: 1/5, 2/5, 3/5, …', '4/5'],
			representation: ['Mark 3/4 on a number line from 0 to 1', 'three of four equal steps'],
			thinking: ['Is 5/5 the same as 1? Explain.', 'Yes, five fifths make one whole'],
			fluency: ['How many thirds make one whole?', '3'],
			variation: ['What changes and what stays the same: 1/8, 3/8, 5/8?', 'the numerator changes']
		},
		distractors: [
			['4/6', 'adds one to the top and the bottom'],
			['1', 'thinks the count stops at one whole'],
			['5/4', 'swaps the numerator and the denominator']
		]
	},
	{
		band: 'lower',
		title: 'The 4 and 8 times tables',
		objective: '3NF-2',
		difficulty: -0.2,
		questions: {
			coherence: ['4 × 6 = 24. What is 8 × 6?', '48'],
			representation: ['Draw an array for 4 × 7 and write the product', '28'],
			thinking: ['Is every multiple of 8 also a multiple of 4? Explain.', 'Yes, 8 is double 4'],
			fluency: ['8 × 7 = ?', '56'],
			variation: ['Fill in: 4 × 5 = 20, 4 × 6 = ?, 4 × 7 = ?', '24, 28']
		},
		distractors: [
			['30', 'adds instead of doubling'],
			['12', 'halves instead of doubling'],
			['46', null]
		]
	},
	{
		band: 'lower',
		title: 'Partitioning four-digit numbers',
		objective: '4NPV-1',
		difficulty: 0.1,
		questions: {
			coherence: ['Partition 3,472 into thousands, hundreds, tens and ones', '3000 + 400 + 70 + 2'],
			representation: ['Show 2,305 with place-value counters', '2 thousands, 3 hundreds, 5 ones'],
			thinking: ['Ben says 4,060 has no tens. Is he right?', 'No, it has 6 tens'],
			fluency: ['What is the value of the 7 in 7,148?', '7000'],
			variation: ['Which number is different: 5,030; 5,300; 5,003?', 'depends on the digit place']
		},
		distractors: [
			['3 + 4 + 7 + 2', 'ignores place value'],
			['300 + 40 + 7 + 2', 'puts every digit one place too low'],
			['3000 + 470 + 2', null]
		]
	},
	{
		band: 'lower',
		title: 'Multiplying by 10 and 100',
		objective: '4MD-1',
		difficulty: 0.2,
		questions: {
			coherence: ['23 × 10 = 230. What is 23 × 100?', '2300'],
			representation: ['Use a place-value chart to show 46 × 10', '460'],
			thinking: ['"To multiply by 10, add a zero." Always true?', 'No, not for decimals'],
			fluency: ['58 × 100 = ?', '5800'],
			variation: ['7 × 10, 70 × 10, 700 × 10: what do you notice?', 'each is ten times bigger']
		},
		distractors: [
			['230', 'multiplies by 10, not 100'],
			['23100', 'writes 100 after the number'],
			['2030', 'puts a zero between the digits']
		]
	},
	{
		band: 'lower',
		title: 'Equivalent fractions',
		objective: '4F-2',
		difficulty: 0.5,
		questions: {
			coherence: ['1/2 = ?/6', '3'],
			representation: ['Use the bar model to show that 2/3 = 4/6', 'shaded bars match'],
			thinking: ['Can a fraction equal to 1/2 have an odd denominator? Explain.', 'No'],
			fluency: ['3/4 = ?/12', '9'],
			variation: ['Odd one out: 2/4, 3/6, 4/9', '4/9']
		},
		distractors: [
			['5', 'adds the same to the top and the bottom'],
			['6', 'copies the denominator'],
			['12', 'multiplies instead of dividing']
		]
	},
	{
		band: 'upper',
		title: 'Multiplying decimals by 10, 100 and 1,000',
		objective: '5NPV-2',
		difficulty: 0.2,
		questions: {
			coherence: ['3.4 × 10 = 34. What is 3.4 × 100?', '340'],
			representation: ['Show 0.56 × 10 on a place-value chart', '5.6'],
			thinking: ['"Multiplying always makes a number bigger." True?', 'No'],
			fluency: ['2.75 × 100 = ?', '275'],
			variation: ['0.4 × 10, 0.4 × 100, 0.4 × 1000: what stays the same?', 'the digit 4']
		},
		distractors: [
			['3.400', 'adds zeros after the decimal point'],
			['34', 'multiplies by 10, not 100'],
			['304', 'puts a zero between the digits']
		]
	},
	{
		band: 'upper',
		title: 'Adding fractions with different denominators',
		objective: '5F-2',
		difficulty: 0.7,
		questions: {
			coherence: ['1/3 + 1/6 = ?', '1/2'],
			representation: ['Use a bar model to add 1/4 and 3/8', '5/8'],
			thinking: ['Sam says 1/2 + 1/3 = 2/5. Explain the mistake.', 'denominators were added'],
			fluency: ['2/5 + 3/10 = ?', '7/10'],
			variation: ['1/4 + 1/8, 1/4 + 2/8, 1/4 + 3/8: what do you notice?', 'each is 1/8 more']
		},
		distractors: [
			['2/9', 'adds the numerators and the denominators'],
			['2/6', 'adds the numerators, keeps one denominator'],
			['1/9', null]
		]
	},
	{
		band: 'upper',
		title: 'Short multiplication',
		objective: '5MD-3',
		difficulty: 0.1,
		questions: {
			coherence: ['We did 2-digit × 1-digit. Now: 346 × 4', '1384'],
			representation: ['Use place-value counters to show 213 × 3', '639'],
			thinking: ['Will 498 × 6 be more or less than 3,000? How do you know?', 'less'],
			fluency: ['27 × 6 = ?', '162'],
			variation: ['125 × 4, 125 × 8, 250 × 4: which two are equal?', '125 × 8 and 250 × 4']
		},
		distractors: [
			['1264', 'forgets to carry'],
			['350', 'adds instead of multiplying'],
			['121624', 'writes each product in full']
		]
	},
	{
		band: 'upper',
		title: 'Rounding to the nearest 10,000',
		objective: '6NPV-3',
		difficulty: 0,
		questions: {
			coherence: ['Round 46,381 to the nearest 10,000', '50,000'],
			representation: [
				'Place 73,500 on a number line from 70,000 to 80,000 and round it',
				'70,000'
			],
			thinking: [
				'Which numbers round to 60,000? Give the smallest and largest whole numbers.',
				'55,000 and 64,999'
			],
			fluency: ['Round 125,000 to the nearest 10,000', '130,000'],
			variation: ['Round 34,999 and 35,000 to the nearest 10,000', '30,000 and 40,000']
		},
		distractors: [
			['40,000', 'always rounds down'],
			['46,000', 'rounds to the nearest 1,000'],
			['46,400', 'rounds to the nearest 100']
		]
	},
	{
		band: 'upper',
		title: 'Simplifying fractions',
		objective: '6F-1',
		difficulty: 0.5,
		questions: {
			coherence: ['Simplify 6/8', '3/4'],
			representation: ['Shade 9/12 of a bar and show it simplified', '3/4'],
			thinking: ['Is 15/20 in its simplest form? Explain.', 'No, divide by 5'],
			fluency: ['Simplify 12/18', '2/3'],
			variation: ['Odd one out: 4/6, 6/9, 8/10', '8/10']
		},
		distractors: [
			['2/4', 'divides the top and the bottom by different numbers'],
			['3/8', 'divides only the numerator'],
			['12/16', 'multiplies instead of dividing']
		]
	},
	{
		band: 'upper',
		title: 'Order of operations',
		objective: '6AS/MD-1',
		difficulty: 0.6,
		questions: {
			coherence: ['5 + 3 × 2 = ?', '11'],
			representation: ['Draw a bar model for (5 + 3) × 2', '16'],
			thinking: ['Where do the brackets go to make 4 + 6 × 2 = 20?', '(4 + 6) × 2'],
			fluency: ['20 − 12 ÷ 4 = ?', '17'],
			variation: ['3 × 4 + 2 and 3 × (4 + 2): which is bigger and why?', 'the second']
		},
		distractors: [
			['16', 'works from left to right'],
			['30', 'multiplies every number'],
			['10', null]
		]
	},
	{
		band: 'ks3',
		title: 'Negative numbers',
		objective: 'N7-3',
		difficulty: 0.3,
		questions: {
			coherence: ['−3 + 7 = ?', '4'],
			representation: ['Use a number line to find −2 − 5', '−7'],
			thinking: [
				'Always, sometimes or never: subtracting a negative number makes it bigger?',
				'Always'
			],
			fluency: ['−4 × 3 = ?', '−12'],
			variation: ['5 − 2, 5 − (−2), −5 − 2: what changes?', 'the signs']
		},
		distractors: [
			['−10', 'adds the sizes and keeps the minus'],
			['10', 'ignores the minus sign'],
			['−4', 'takes the sign of the first number']
		]
	},
	{
		band: 'ks3',
		title: 'Forming and solving equations',
		objective: 'A7-4',
		difficulty: 0.8,
		questions: {
			coherence: ['Solve 3x + 4 = 19', 'x = 5'],
			representation: ['Draw a bar model for 2x + 6 = 20 and solve it', 'x = 7'],
			thinking: ['Could 4x + 1 = 10 have a whole-number solution? Explain.', 'No, x = 2.25'],
			fluency: ['Solve x/3 = 6', 'x = 18'],
			variation: ['x + 5 = 12, x − 5 = 12, 5x = 12: solve each', '7, 17, 2.4']
		},
		distractors: [
			['x = 15', 'forgets to divide'],
			['x = 45', 'multiplies instead of dividing'],
			['x = 7.7', 'adds 4 instead of taking it away']
		]
	},
	{
		band: 'ks3',
		title: 'Fractions, decimals and percentages',
		objective: 'N7-6',
		difficulty: 0.4,
		questions: {
			coherence: ['Write 3/5 as a percentage', '60%'],
			representation: ['Shade 0.35 of a hundred square and write it as a percentage', '35%'],
			thinking: ['Which is bigger, 0.4 or 3/8? Explain.', '0.4'],
			fluency: ['25% of 80 = ?', '20'],
			variation: ['Odd one out: 0.5, 50%, 5/100', '5/100']
		},
		distractors: [
			['35%', 'writes the digits side by side'],
			['3.5%', 'reads the fraction as a decimal'],
			['30%', null]
		]
	},
	{
		band: 'ks3',
		title: 'Angles in triangles',
		objective: 'G7-2',
		difficulty: 0.2,
		questions: {
			coherence: ['Two angles of a triangle are 50° and 60°. Find the third.', '70°'],
			representation: [
				'Sketch an isosceles triangle with a 40° angle between the equal sides and label the others',
				'70° and 70°'
			],
			thinking: ['Can a triangle have two obtuse angles? Explain.', 'No'],
			fluency: ['Angles in a triangle add up to?', '180°'],
			variation: [
				'Triangles with 30°, 60° and 40°, 60°: what changes in the third angle?',
				'90° to 80°'
			]
		},
		distractors: [
			['110°', 'adds the two angles'],
			['250°', 'takes the angles from 360°'],
			['90°', 'thinks every triangle has a right angle']
		]
	},
	{
		band: 'ks3',
		title: 'Expanding brackets',
		objective: 'A8-1',
		difficulty: 0.6,
		questions: {
			coherence: ['Expand 3(x + 4)', '3x + 12'],
			representation: ['Use an area model to expand 2(a + 5)', '2a + 10'],
			thinking: ['Is 4(x + 2) the same as 4x + 2? Explain.', 'No'],
			fluency: ['Expand 5(2y − 1)', '10y − 5'],
			variation: [
				'Expand 2(x + 3), 3(x + 3), 4(x + 3): what do you notice?',
				'the constant goes up by 3'
			]
		},
		distractors: [
			['3x + 4', 'multiplies only the first term'],
			['3x + 7', 'adds instead of multiplying'],
			['15x', 'collects unlike terms']
		]
	},
	{
		band: 'ks3',
		title: 'Ratio',
		objective: 'R8-2',
		difficulty: 0.5,
		questions: {
			coherence: ['Share 24 in the ratio 1 : 3', '6 and 18'],
			representation: ['Use a bar model to share 35 in the ratio 2 : 5', '10 and 25'],
			thinking: ['Is 2 : 3 the same ratio as 3 : 2? Explain.', 'No, order matters'],
			fluency: ['Simplify 12 : 18', '2 : 3'],
			variation: ['Share 30 in 1 : 2, 1 : 4 and 1 : 5: what changes?', 'the size of one part']
		},
		distractors: [
			['8 and 16', 'divides by 3, not by 4'],
			['1 and 3', 'gives the ratio, not the shares'],
			['12 and 12', 'shares equally']
		]
	}
];
