/** Why Keep Up cannot open its data on this device, for the person using it. */
export interface OpenProblem {
	title: string;
	reason: string;
}

const WITHOUT_STORAGE =
	'Keep Up keeps every class list, ticket and group in this browser, so it cannot run without storage. Nothing has been saved or sent anywhere.';

export const PROBLEMS = {
	noIndexedDb: {
		title: 'Keep Up cannot store data here',
		reason: `This browser does not offer storage (IndexedDB) to Keep Up. ${WITHOUT_STORAGE}`
	},
	blocked: {
		title: 'Keep Up cannot store data here',
		reason: `This browser would not let Keep Up store data. Private or incognito windows often block it: open Keep Up in a normal window. ${WITHOUT_STORAGE}`
	},
	newer: {
		title: 'Keep Up needs updating on this device',
		reason:
			'A newer version of Keep Up has upgraded the data in this browser, in another tab or window. Reload this page while online to get the newer version: nothing has been lost.'
	}
} satisfies Record<string, OpenProblem>;

export function notUpgraded(reason: string): OpenProblem {
	return {
		title: 'Keep Up could not upgrade the data on this device',
		reason: `${reason} Nothing has been changed or lost: the data is as the earlier version of Keep Up left it. Ask whoever looks after Keep Up at your school for help before erasing anything.`
	};
}
