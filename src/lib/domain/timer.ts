/** Minutes between two slot times such as 13:15 and 13:35. */
export function slotMinutes(start: string, end: string): number {
	const minutes = (time: string) => {
		const [h, m] = time.split(':').map(Number);
		return h * 60 + m;
	};
	return minutes(end) - minutes(start);
}

/** A countdown as m:ss, never below zero. */
export function formatCountdown(milliseconds: number): string {
	const seconds = Math.max(0, Math.ceil(milliseconds / 1000));
	return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
