/** A customer's query, then the ids of the answers that serve it (the expected one first). */
export type FaqQuery = readonly [query: string, expected: string, ...alsoRight: string[]];
