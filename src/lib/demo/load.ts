import { replaceSchool } from '$lib/db/school';
import { today } from '$lib/domain/dates';
import { demoSchoolOptions, generateSchool } from './generate';

/** Fills this device with the demo school, ending today. */
export async function loadDemoSchool(now = new Date()): Promise<void> {
	await replaceSchool(generateSchool(demoSchoolOptions(today(now), now.getTime())));
}
