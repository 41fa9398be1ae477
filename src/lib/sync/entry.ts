// Everything a device that syncs loads, in one download: what starts the sync, and what the
// app's frame shows of it.
export { catchChanges, startSync } from './start';
export { syncSetup } from './stored';
export { default as SyncGate } from '$lib/components/sync/SyncGate.svelte';
export { default as SyncStatus } from '$lib/components/sync/SyncStatus.svelte';
