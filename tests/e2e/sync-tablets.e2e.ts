import { addAdult, device, go, importClass5B, startSchool } from './devices';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { downloadStaffList, setUpServer, signIn, syncLine } from './sync';

test('pupils answer on a class tablet and the teacher’s laptop has their answers; the maths lead’s visit reaches the teacher’s Review', async ({
	browser,
	baseURL
}, testInfo) => {
	const laptop = await device(browser);
	const classTablet = await device(browser);
	const desktop = await device(browser);
	const teacher = laptop.page;
	const tablet = classTablet.page;
	const lead = desktop.page;

	await startSchool(teacher, 'Hillside School');
	await importClass5B(teacher);
	await teacher.getByRole('link', { name: 'Adults' }).click();
	await addAdult(teacher, 'Mr Patel', 'Teacher');
	await addAdult(teacher, 'Ms Shah', 'Maths lead');
	const database = `tablets-${testInfo.workerIndex}-${Date.now()}`;
	const staff = await downloadStaffList(teacher, testInfo.outputPath('staff.json'));
	const accounts = await setUpServer(baseURL, staff, database);
	// The class's tablet is signed in by its teacher.
	await signIn(teacher, database, accounts.get('Mr Patel')!);
	await signIn(tablet, database, accounts.get('Mr Patel')!);
	await signIn(lead, database, accounts.get('Ms Shah')!);
	const nav = lead.getByRole('navigation', { name: 'Main' }).getByRole('link');
	await expect(nav).toHaveText(['Intervene', 'Board', 'Review', 'Leading maths', 'Settings']);

	// The teacher writes a check on the laptop that pupils answer on a tablet.
	await go(teacher, 'Teach');
	await teacher.getByRole('link', { name: 'New check for 5B' }).click();
	await teacher.getByLabel('Lesson title').fill('Negative numbers');
	const question = teacher.getByRole('group', { name: 'Question 1', exact: true });
	await question.getByLabel('Question', { exact: true }).fill('−3 + 7 = ?');
	await question.getByLabel('A number: pupils answer on a tablet').check();
	await question.getByLabel('Answer (a number)').fill('4');
	await teacher.getByRole('button', { name: 'Save and start marking' }).click();
	const rows = teacher.getByRole('grid').locator('tbody th .name');
	await expect(rows).toHaveCount(28);
	const names = await rows.allTextContents();
	const pupil = names.find(
		(name) => names.filter((n) => n.split(' ')[0] === name.split(' ')[0]).length === 1
	)!;
	const first = pupil.split(' ')[0];
	const cell = teacher.getByRole('button', { name: new RegExp(`^${pupil}, question 1:`) });
	await expect(cell).toHaveAccessibleName(`${pupil}, question 1: not marked`);

	// On the class tablet the check has arrived; a pupil answers, wrongly and sure of it.
	await go(tablet, 'Teach');
	await tablet.getByRole('link', { name: /Negative numbers/ }).click();
	await tablet.getByRole('button', { name: 'Pupils answer on this tablet' }).click();
	await tablet.getByRole('button', { name: first, exact: true }).click();
	await tablet.getByLabel('Your answer').fill('10');
	await tablet.getByRole('button', { name: 'Sure' }).click();
	await tablet.getByRole('button', { name: 'I have finished: next pupil' }).click();
	await expect(tablet.getByRole('status')).toContainText(`Thank you, ${first}.`);

	// The teacher's grid shows it within seconds, marked, without a tap.
	await expect(cell).toHaveAccessibleName(`${pupil}, question 1: wrong, sure`, {
		timeout: 10_000
	});
	await expect(syncLine(teacher)).toContainText('Up to date');

	// The maths lead records a visit on the desktop; it is on the class's time line for the teacher.
	await go(lead, 'Leading maths');
	await lead
		.getByRole('navigation', { name: 'Leading maths' })
		.getByRole('link', { name: 'Record a visit' })
		.click();
	await lead.getByLabel('Class or year group').selectOption({ label: '5B' });
	await lead.getByRole('radio', { name: 'Lesson visit' }).click();
	await lead
		.getByLabel('What is working')
		.fill('Pupils explain their reasoning with the number line.');
	await lead.getByLabel('The agreed next step').fill('Start each lesson from a wrong answer.');
	await lead.getByRole('button', { name: 'Save the visit' }).click();
	await expect(lead.getByRole('status').last()).toContainText('Saved: Lesson visit, 5B');
	await expectNoAxeViolations(lead);

	await go(teacher, 'Review');
	await teacher.getByRole('combobox', { name: 'Class' }).selectOption({ label: '5B' });
	const timeline = teacher.getByRole('region', { name: 'Visits beside the figures: 5B' });
	await expect(timeline).toContainText('Start each lesson from a wrong answer.', {
		timeout: 10_000
	});
	await expectNoAxeViolations(teacher);

	await Promise.all([laptop.context.close(), classTablet.context.close(), desktop.context.close()]);
});
