/** Small English, German and French stop-word lists, as folded forms: words too common to rank or filter by. */

// Deliberately short. Words that are also meaningful in government news stay searchable:
// "us" (US), "who" (WHO), "it" (IT), "may" (May), "no" (No 10), "war", "son", "plus", "uber".
const ENGLISH = `a an and are as at be been being but by can could did do does for from had has have he her
his i if in into is its of on or our she should so than that the their them then there these they this those
to was we were which will with would you your also about after before over under than any all such not`;

const GERMAN = `der die das den dem des ein eine einer eines einem einen und oder aber auch als am an auf aus bei bis
durch fur im in ist mit nach nicht noch sich sie er es wir ihr sind wird werden wurde wurden zu zum zur um
vom von vor wie was dass so nur hat haben sein seine seiner ihre ihren dieser diese dieses`;

const FRENCH = `le la les l un une des du de d et ou mais en au aux dans par pour sur avec sans ce cette ces cet
est sont ete etre a qui que qu il elle ils elles nous vous leur leurs sa ses se ne pas y ont on c s n j m t`;

export const STOP_WORDS: ReadonlySet<string> = new Set(`${ENGLISH} ${GERMAN} ${FRENCH}`.split(/\s+/));

export function isStopWord(folded: string): boolean {
	return STOP_WORDS.has(folded);
}
