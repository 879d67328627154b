// Strings of the seller's product catalogue (French first; English must have the same shape).
export const catalogFr = {};

export const catalogEn: typeof catalogFr = {};
