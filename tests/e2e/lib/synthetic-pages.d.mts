export function bigPage(size: {megabytes: number; elements: number}): string;
export function markupPage(size: {megabytes: number; elements: number; textChars: number}): string;
