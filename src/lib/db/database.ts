import { KeepUpDatabase, SCHEMA } from './schema';

export const DATABASE_NAME = 'keep-up';

/**
 * The one database of the app. It is opened only by openDatabase, never by a first read: the
 * migrations of an older device's data are attached just before it opens, and a read that
 * opened it first would upgrade its tables without them.
 */
export const db = new KeepUpDatabase(DATABASE_NAME, SCHEMA, { autoOpen: false });
