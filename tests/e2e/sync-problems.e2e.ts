import { addAdult, device, go, startSchool } from './devices';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { downloadStaffList, setUpServer, syncLine, syncServer } from './sync';

test('a wrong address, password or school is said plainly, and a server that goes away is waited for', async ({
	browser,
	baseURL
}, testInfo) => {
	const laptop = await device(browser);
	const elsewhere = await device(browser);
	const teacher = laptop.page;

	const start = async (page: typeof teacher, name: string, adult: string) => {
		await startSchool(page, name);
		await page.getByRole('link', { name: 'Adults' }).click();
		await addAdult(page, adult, 'Teacher');
	};
	await start(teacher, 'Hillside School', 'Mr Patel');
	await start(elsewhere.page, 'Hillside School', 'Ms Okafor');
	const stamp = Date.now();
	const ours = await setUpServer(
		baseURL,
		await downloadStaffList(teacher, testInfo.outputPath('ours.json')),
		`hillside-${stamp}`
	);
	const theirs = await setUpServer(
		baseURL,
		await downloadStaffList(elsewhere.page, testInfo.outputPath('theirs.json')),
		`other-${stamp}`
	);
	const mine = ours.get('Mr Patel')!;

	await go(teacher, 'Settings');
	const card = teacher.getByRole('region', { name: 'Sync with the school’s server' });
	const attempt = async (server: string, database: string, user: string, password: string) => {
		await card.getByLabel('Server address').fill(server);
		await card.getByLabel('School’s database').fill(database);
		await card.getByLabel('Your user name on the server').fill(user);
		await card.getByLabel('Password').fill(password);
		await card.getByRole('button', { name: 'Sign in and sync' }).click();
		return card.getByRole('alert');
	};
	const server = syncServer(baseURL);
	await expect(await attempt(server, `hillside-${stamp}`, mine.user, 'wrong')).toContainText(
		'The user name or password is wrong.'
	);
	await expectNoAxeViolations(teacher);
	await expect(await attempt(`${baseURL}/nothing-here`, 'hillside', mine.user, 'x')).toContainText(
		'it is not a Keep Up sync server'
	);
	await expect(await attempt(server, 'no-such-school', mine.user, mine.password)).toContainText(
		'The server has no database called “no-such-school”.'
	);
	// Another school of the same name: its account works, but its database is not this school's.
	const other = theirs.get('Ms Okafor')!;
	await expect(await attempt(server, `other-${stamp}`, other.user, other.password)).toContainText(
		'This database belongs to another school, Hillside School, not the school on this device'
	);
	await expect(syncLine(teacher)).toHaveCount(0);

	// Signed in at last; then the server goes away (the network is up) and comes back.
	await attempt(server, `hillside-${stamp}`, mine.user, mine.password);
	await expect(syncLine(teacher)).toContainText('Up to date', { timeout: 30_000 });
	await laptop.context.route('**/couchdb/**', (route) => route.abort('connectionrefused'));
	await go(teacher, 'Roster');
	await teacher.getByRole('link', { name: 'Adults' }).click();
	await teacher.getByLabel('Name').fill('Mrs Green');
	await teacher.getByRole('button', { name: 'Add adult' }).click();
	await expect(syncLine(teacher)).toContainText(/Server unreachable · \d+ changes? waiting/, {
		timeout: 30_000
	});
	await laptop.context.unroute('**/couchdb/**');
	await expect(syncLine(teacher)).toContainText('Up to date', { timeout: 40_000 });
	await Promise.all([laptop.context.close(), elsewhere.context.close()]);
});
