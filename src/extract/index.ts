/** The extractors: quantities, dates and entities, alone or over a parsed cable. */
export { extract, type Extraction } from './extract.js';
export { extractQuantities, type QuantityOptions } from './quantities/index.js';
export { extractDates, type DateOptions } from './dates/index.js';
export { extractEntities, type EntityOptions, type UntypedName } from './entities/index.js';
export { DateMention, Entity, Qualifier, Quantity } from './schema.js';
