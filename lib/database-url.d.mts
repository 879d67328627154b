/** The connection string without `?schema=` and `?prepare=`, and what they said (see database-url.mjs). */
export function splitSchema(connectionString: string): { url: string; schema: string | undefined; prepare: boolean };
