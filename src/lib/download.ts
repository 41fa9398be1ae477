/** Saves text as a file through the browser's downloads: the only way pupil data leaves Keep Up. */
export function downloadFile(fileName: string, text: string | string[], type: string): void {
	// A long file comes in pieces: the browser joins them, so no one huge string is needed.
	const url = URL.createObjectURL(new Blob(typeof text === 'string' ? [text] : text, { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	// Some browsers read the file after click() returns: let them finish before letting go.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
