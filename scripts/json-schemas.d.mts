/** The JSON Schemas of the package's trees, records and mentions, by file name (see json-schemas.mjs). */
export function jsonSchemas(api: Record<string, unknown>): Record<string, Record<string, unknown>>;
