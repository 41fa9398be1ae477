import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { db } from '$lib/db/database';

// Every test starts from an empty device.
afterEach(async () => {
	await db.delete();
	await db.open();
});
