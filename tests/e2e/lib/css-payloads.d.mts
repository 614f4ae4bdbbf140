export type CssPayload = {name: string; html: string};
export function cssPayloads(beacon: (name: string) => string): CssPayload[];
export function cssHostileArticle(beacon: (name: string) => string): {payloads: CssPayload[]; html: string};
