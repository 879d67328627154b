/** The connection string without `?schema=`, and the schema it named (see database-url.mjs). */
export function splitSchema(connectionString: string): { url: string; schema: string | undefined };
