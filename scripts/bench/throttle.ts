import type { Page } from '@playwright/test';

/**
 * Slows the page's CPU `rate` times (1 for full speed), as DevTools does, to stand in for a
 * school's mid-range tablet. Returns how much slower a fixed piece of work then runs on the
 * page, so that the figures show the slowing took.
 */
export async function throttleCpu(page: Page, rate: number): Promise<number> {
	const work = () =>
		page.evaluate(() => {
			const started = performance.now();
			let sum = 0;
			for (let i = 0; i < 20_000_000; i++) sum += i % 7;
			return (performance.now() - started) * (sum > 0 ? 1 : 0);
		});
	const session = await page.context().newCDPSession(page);
	await session.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	const full = await work();
	await session.send('Emulation.setCPUThrottlingRate', { rate });
	const slowed = await work();
	return slowed / full;
}
