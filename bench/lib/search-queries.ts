/** The queries the storage search benchmark times, by kind, over the synthetic clips of synthetic-clips.ts. */

export const QUERY_KINDS: Record<string, string[]> = {
	'one word': ['housing ', 'hydrogen ', 'potholes ', 'veterans ', 'curriculum ', 'tariffs ', 'vaccination ', 'probation '],
	'two words': ['housing funding ', 'offshore wind ', 'knife crime ', 'mental health ', 'trade deal ', 'heat pumps ', 'electric vehicles ', 'waiting lists '],
	'prefix (typing)': ['minis', 'hous', 'vacc', 'curric', 'tarif', 'pothol', 'appren', 'procur'],
	'phrase': ['"net zero"', '"knife crime"', '"mental health"', '"offshore wind"', '"green belt"', '"social care"', '"trade deal"', '"level crossings"'],
	'text+filter': ['housing dept:"Cabinet Office"', 'energy tag:energy after:2023-01-01', 'rail site:gov.uk before:2021', 'nhs type:speech', 'drones tag:defence -site:gov.uk', 'budget dept:treasury published:2022', 'schools type:"press release" after:2024', 'exports clipped-after:2024-06 tag:trade'],
	'filter only': ['dept:"Cabinet Office"', 'tag:energy after:2023-01-01', 'site:gov.sg', 'type:speech published:2022'],
};

/** Words typed a key at a time: every keystroke from the second letter on is a query (prefix on). */
const TYPED = ['ministry', 'housing', 'vaccination', 'curriculum', 'apprenticeships', 'procurement'];

export const TYPING: string[] = TYPED.flatMap(word => Array.from({length: word.length - 1}, (_, i) => word.slice(0, i + 2)));
