import 'fake-indexeddb/auto';
import { afterEach, beforeAll } from 'vitest';
import { db } from '$lib/db/database';

// The app opens its database itself at start-up (see openDatabase); tests open it here.
beforeAll(() => db.open());

// Every test starts from an empty device.
afterEach(async () => {
	await db.delete();
	await db.open();
});
