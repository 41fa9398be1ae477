import { writeSchool } from '$lib/db/school';
import { today } from '$lib/domain/dates';
import { demoSchoolOptions, generateSchool, wholeSchoolOptions } from './generate';

export type DemoSize = 'demo' | 'whole-school';

/**
 * Fills this device with a generated school whose checks end today. The two steps are
 * timed with the User Timing API, so that the benchmarks (and browser tools) can read them.
 */
export async function loadDemoSchool(size: DemoSize, now = new Date()): Promise<void> {
	const options = size === 'demo' ? demoSchoolOptions : wholeSchoolOptions;
	const started = performance.now();
	const school = generateSchool(options(today(now), now.getTime()));
	const generated = performance.now();
	await writeSchool(school);
	performance.measure('keep-up:demo-generate', { start: started, end: generated });
	performance.measure('keep-up:demo-store', { start: generated, end: performance.now() });
}
