/** Text with the matched words marked: ranges become <mark> elements around text nodes, never HTML. */
/** [start, end) offsets into the text, as search returns them. */
export type Range = readonly [number, number];

export function Highlighted({text, ranges}: {text: string; ranges: readonly Range[]}) {
	const parts = [];
	let at = 0;
	for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
		if (start < at || end <= start) {
			continue;
		}
		parts.push(text.slice(at, start), <mark key={start}>{text.slice(start, end)}</mark>);
		at = end;
	}
	parts.push(text.slice(at));
	return <>{parts}</>;
}
