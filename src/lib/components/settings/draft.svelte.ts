/**
 * An editable copy of saved settings for a form, made from their JSON. A form keeps it as
 * `$derived(draftOf<T>(json))`: it is made again only when the saved values change (a save
 * here or in another tab), so what the user typed stays when a save is refused.
 */
export function draftOf<T>(json: string): { value: T } {
	const draft = $state({ value: JSON.parse(json) as T });
	return draft;
}
