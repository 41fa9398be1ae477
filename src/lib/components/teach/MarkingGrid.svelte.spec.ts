import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { markedCheck, question } from '$factories/check';
import { pupil as rosterPupil } from '$factories/roster';
import { MARKS } from '$lib/domain/codes';
import type { Pupil } from '$lib/domain/model/roster';
import { pupilNames } from '$lib/domain/pupilNames';
import MarkingGrid from './MarkingGrid.svelte';

const questions = [question(1, 'fluency', { essential: true }), question(2, 'thinking')];
const pupil = (id: string, name: string): Pupil =>
	rosterPupil(name, 'c', { id, sen: id === 'ben' ? 'K' : 'none' });

function setup(
	rows: Record<string, string> = { ada: '✓x', ben: '..', cai: 'absent' },
	names: Record<string, string> = { ada: 'Ada Brown', ben: 'Ben Adams', cai: 'Cai Jones' }
) {
	const handlers = { onCycle: vi.fn(), onSet: vi.fn(), onAbsent: vi.fn() };
	const pupils = Object.entries(names).map(([id, name]) => pupil(id, name));
	render(MarkingGrid, {
		check: markedCheck(questions, rows),
		pupils: new Map(pupils.map((p) => [p.id, p])),
		names: pupilNames(pupils),
		keystoneName: (id: string) => id.toUpperCase(),
		...handlers
	});
	return { user: userEvent.setup(), ...handlers };
}

const cell = (name: RegExp) => screen.getByRole('button', { name });

describe('the marking grid', () => {
	it('shows each mark, the keystone of each question and the absent pupils', () => {
		setup();
		expect(cell(/^Ada Brown, question 1: correct/)).toHaveTextContent('✓');
		expect(cell(/^Ada Brown, question 2: wrong/)).toHaveTextContent('✗');
		expect(cell(/^Ben Adams, question 1: not marked/)).toHaveTextContent('');
		expect(cell(/^Cai Jones, question 1: absent/)).toHaveAttribute('aria-disabled', 'true');
		expect(screen.getByRole('button', { name: 'Cai Jones absent' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		expect(
			screen.getByRole('columnheader', { name: /Q1.*essential.*FLUENCY/ })
		).toBeInTheDocument();
	});

	it('is one tab stop, moved with the arrow keys, Home and End', async () => {
		const { user } = setup();
		const tabbable = screen.getAllByRole('button').filter((b) => b.tabIndex === 0);
		expect(tabbable).toEqual([cell(/^Ada Brown, question 1/)]);

		await user.click(cell(/^Ada Brown, question 1/));
		await user.keyboard('{ArrowRight}');
		expect(cell(/^Ada Brown, question 2/)).toHaveFocus();
		await user.keyboard('{ArrowDown}');
		expect(cell(/^Ben Adams, question 2/)).toHaveFocus();
		await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
		expect(screen.getByRole('button', { name: 'Ben Adams absent' })).toHaveFocus();
		await user.keyboard('{Home}');
		expect(cell(/^Ben Adams, question 1/)).toHaveFocus();
		await user.keyboard('{ArrowUp}{ArrowUp}{ArrowLeft}');
		expect(cell(/^Ada Brown, question 1/)).toHaveFocus();
		await user.keyboard('{Control>}{End}{/Control}');
		expect(screen.getByRole('button', { name: 'Cai Jones absent' })).toHaveFocus();
		expect(screen.getAllByRole('button').filter((b) => b.tabIndex === 0)).toHaveLength(1);
	});

	it('changes a mark with Space, sets one directly with a letter, and marks absent with A', async () => {
		const { user, onCycle, onSet, onAbsent } = setup();
		cell(/^Ben Adams, question 2/).focus();
		await user.keyboard(' ');
		expect(onCycle).toHaveBeenCalledWith('ben', 'q2');
		await user.keyboard('x');
		expect(onSet).toHaveBeenLastCalledWith('ben', 'q2', MARKS.code.incorrect);
		await user.keyboard('n');
		expect(onSet).toHaveBeenLastCalledWith('ben', 'q2', MARKS.code['not-answered']);
		await user.keyboard('c');
		expect(onSet).toHaveBeenLastCalledWith('ben', 'q2', MARKS.code.correct);
		await user.keyboard('{Delete}');
		expect(onSet).toHaveBeenLastCalledWith('ben', 'q2', MARKS.code.unmarked);
		await user.keyboard('a');
		expect(onAbsent).toHaveBeenCalledWith('ben', true);
	});

	it('leaves the marks of an absent pupil alone', async () => {
		const { user, onCycle, onSet, onAbsent } = setup();
		await user.click(cell(/^Cai Jones, question 1/));
		await user.keyboard('x');
		expect(onCycle).not.toHaveBeenCalled();
		expect(onSet).not.toHaveBeenCalled();
		await user.click(screen.getByRole('button', { name: 'Cai Jones absent' }));
		expect(onAbsent).toHaveBeenCalledWith('cai', false);
	});

	it('tells apart two pupils who share a name, in every row and every cell', () => {
		setup({ ada: '✓x', ben: '..' }, { ada: 'Ada Brown', ben: 'Ada Brown' });
		expect(screen.getAllByRole('rowheader')[0]).toHaveTextContent(/^Ada Brown \(1\)/);
		expect(screen.getAllByRole('rowheader')[1]).toHaveTextContent(/^Ada Brown \(2\)/);
		expect(cell(/^Ada Brown \(1\), question 1: correct/)).toBeInTheDocument();
		expect(cell(/^Ada Brown \(2\), question 1: not marked/)).toBeInTheDocument();
	});
});
