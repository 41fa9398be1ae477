/** One record of a backup file as JSON: tests change its fields freely. */
export interface JsonRecord {
	[field: string]: unknown;
	id: string;
	name: string;
	title: string;
	date: string;
	checkId: string;
	pupilIds: string[];
	bytes: Record<string, string>;
}

/** A backup file as JSON, for tests that damage one on purpose. */
export interface BackupJson {
	[field: string]: unknown;
	app: string;
	format: number;
	schemaVersion: number;
	exportedAt: string;
	counts: Record<string, number>;
	school: Record<string, JsonRecord[]>;
}

/** The text of a backup file after a change to its JSON. */
export function editBackup(text: string, change: (file: BackupJson) => void): string {
	const file = JSON.parse(text) as BackupJson;
	change(file);
	return JSON.stringify(file);
}
