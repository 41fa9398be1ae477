/**
 * Reading a question aloud with the device's own speech voice, where it has one: nothing
 * leaves the device. Without a voice the button is not offered.
 */
export class Speech {
	#available = $state(false);
	#speaking = $state(false);

	constructor() {
		const synth = globalThis.speechSynthesis;
		if (!synth) return;
		const check = () => (this.#available = synth.getVoices().length > 0);
		check();
		synth.addEventListener?.('voiceschanged', check);
	}

	get available(): boolean {
		return this.#available;
	}

	get speaking(): boolean {
		return this.#speaking;
	}

	speak(text: string): void {
		const synth = globalThis.speechSynthesis;
		if (!synth || !this.#available) return;
		synth.cancel();
		// The device picks its own voice for the language.
		const utterance = new SpeechSynthesisUtterance(text);
		utterance.lang = 'en-GB';
		utterance.onend = () => (this.#speaking = false);
		utterance.onerror = () => (this.#speaking = false);
		this.#speaking = true;
		synth.speak(utterance);
	}

	stop(): void {
		globalThis.speechSynthesis?.cancel();
		this.#speaking = false;
	}
}
