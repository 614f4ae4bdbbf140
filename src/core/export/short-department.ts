/** A department's name short enough for a file name: its common abbreviation when there is one, else the name cut. */

// Abbreviations these departments use of themselves on their own pages; only names long enough to need one.
const KNOWN: Record<string, string> = {
	'foreign, commonwealth & development office': 'FCDO',
	'foreign, commonwealth and development office': 'FCDO',
	'foreign & commonwealth office': 'FCO',
	'foreign and commonwealth office': 'FCO',
	'department for education': 'DfE',
	'department of health and social care': 'DHSC',
	'department for transport': 'DfT',
	'department for work and pensions': 'DWP',
	'department for environment, food & rural affairs': 'Defra',
	'department for environment, food and rural affairs': 'Defra',
	'department for business and trade': 'DBT',
	'department for science, innovation and technology': 'DSIT',
	'department for energy security and net zero': 'DESNZ',
	'department for culture, media and sport': 'DCMS',
	'ministry of housing, communities and local government': 'MHCLG',
	'department for levelling up, housing and communities': 'DLUHC',
	'department for international development': 'DFID',
	'department for international trade': 'DIT',
	'ministry of justice': 'MOJ',
	'ministry of defence': 'MOD',
	'bundesministerium des innern und für heimat': 'BMI',
	'bundesministerium für wirtschaft und klimaschutz': 'BMWK',
	'bundesministerium der finanzen': 'BMF',
};

const MAX_LENGTH = 40;
const SHORT_ENOUGH = 20;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Initials of every word ("Department for Education" → "dfe") and of capitalised words only ("FCO"). */
function initialsOf(name: string): string[] {
	const words = name.split(/[\s,&/-]+/).filter(Boolean);
	return [
		words.map(word => word[0]).join(''),
		words.filter(word => /^\p{Lu}/u.test(word)).map(word => word[0]).join(''),
	].map(initials => initials.toLowerCase()).filter(initials => initials.length >= 2);
}

/**
 * The name's own abbreviation, found in this order: "(FCO)" in the name, "<name> (FCO)" in the text, the table of
 * well-known ones, or a word of the text that is exactly the name's initials. Nothing is invented: otherwise
 * the name is cut at a word boundary.
 */
export function shortDepartment(name: string | null, text = ''): string {
	const full = (name ?? '').replace(/\s+/g, ' ').trim();
	if (full.length <= SHORT_ENOUGH) {
		return full;
	}
	const inName = /\(([\p{Lu}][\p{L}&]{1,9})\)/u.exec(full);
	if (inName) {
		return inName[1]!;
	}
	const inText = new RegExp(`${escapeRegExp(full)}\\s*\\(([\\p{Lu}][\\p{L}&]{1,9})\\)`, 'iu').exec(text);
	if (inText) {
		return inText[1]!;
	}
	const known = KNOWN[full.toLowerCase()];
	if (known) {
		return known;
	}
	const initials = initialsOf(full);
	const token = text.match(/\b\p{Lu}[\p{L}]{1,7}\b/gu)?.find(word => /\p{Lu}.*\p{Lu}/u.test(word) && initials.includes(word.toLowerCase()));
	if (token) {
		return token;
	}
	if (full.length <= MAX_LENGTH) {
		return full;
	}
	const cut = full.slice(0, MAX_LENGTH);
	return cut.slice(0, Math.max(cut.lastIndexOf(' '), SHORT_ENOUGH)).replace(/[\s,&-]+$/, '');
}
