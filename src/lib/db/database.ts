import { KeepUpDatabase } from './schema';

export const DATABASE_NAME = 'keep-up';

/** The one database of the app. */
export const db = new KeepUpDatabase(DATABASE_NAME);
