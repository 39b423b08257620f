/**
 * cablegram: diplomatic cables to a typed, position-carrying syntax tree and a flat record.
 *
 * @packageDocumentation
 */
export { parseCable, parseCableStrict, PARSE_LIMITS, type ParseOptions } from './parse.js';
export { toRecord, paragraphText } from './record.js';
export { CableRecord, RecordAddressee } from './schemas/record.js';
export { canonicalCableId, canonicalOrigin } from './canonical-id.js';
export { graphOf, type GraphRecord } from './graph.js';
export { CitationGraph, GraphEdge, GraphNode } from './schemas/graph.js';
export {
  DIAGNOSTIC_CODES,
  isCableSyntaxError,
  type CableSyntaxError,
  type DiagnosticCode,
} from './diagnostics.js';
export { Diagnostic, Severity } from './schemas/diagnostic.js';
export { Point, Position } from './schemas/position.js';
export * from './ast.js';
export * from './extract/index.js';
