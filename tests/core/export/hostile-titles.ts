// Titles built to break file names: Windows' forbidden characters, reserved device names, controls and
// bidirectional overrides, lone surrogates, trailing dots, very long and multi-byte text. Seeded: the same every run.

/** A fixed pseudo-random sequence, so the 200 titles are the same on every run. */
function* random(seed: number): Generator<number> {
	for (let state = seed; ;) {
		state = (state * 1103515245 + 12345) % 2147483648;
		yield state / 2147483648;
	}
}

const PIECES = [
	'~', ':', '/', '\\', '*', '?', '"', '<', '>', '|', '\u0000', '\u0007', '\t', '\n', '\r', '\u007F', '\u0085', '\u202E', '\u202D',
	'\u2066', '\u200B', '\u200D', '\uFEFF', '\uD800', '\uDC00', '.', '..', ' ', '   ', 'CON', 'nul', 'COM1', 'LPT9', 'con.txt', 'AUX',
	'é', 'e\u0301', 'ß', 'Ü', '👩‍👩‍👧', '🇬🇧', '日本語のニュース', 'مرحبا', 'שלום', 'Ελλάδα', '%20', '#', '&', "'", '—', 'Press release',
	'\u2028', '\uFFFE', '\uFFFF', '\uFFFD', 'x'.repeat(120), '長'.repeat(90), ' .', '. ', '-', '=cmd|', '../../etc/passwd',
];

export function hostileTitles(count: number): string[] {
	const next = random(20_260_115);
	const pick = () => PIECES[Math.floor(next.next().value * PIECES.length)]!;
	const titles = ['', ' ', '.', '..', '...', 'CON', 'con', 'NUL.', 'COM1 ', 'LPT1.txt', '\u202Egnp.exe', '\uD800', 'a'.repeat(500), '🇬🇧'.repeat(100)];
	while (titles.length < count) {
		titles.push(Array.from({length: 1 + Math.floor(next.next().value * 12)}, pick).join(''));
	}
	return titles;
}
