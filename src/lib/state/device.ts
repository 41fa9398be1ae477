import { Preference } from './preference.svelte';

const device = new Preference<string>('device');

/**
 * This device's id, made the first time it is asked for and kept on the device: each tablet
 * writes its own record of the pupils' answers under it. Erasing the device's data forgets it,
 * and the device is then a new one.
 */
export function deviceId(): string {
	device.value ??= crypto.randomUUID();
	return device.value;
}
