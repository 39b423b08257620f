/**
 * cablegram: diplomatic cables to a typed, position-carrying syntax tree and a flat record.
 *
 * @packageDocumentation
 */
export { parseCable, parseCableStrict, PARSE_LIMITS, type ParseOptions } from './parse.js';
export { toRecord, paragraphText, CableRecord, RecordAddressee } from './record.js';
export { canonicalCableId, canonicalOrigin } from './canonical-id.js';
export { graphOf, CitationGraph, GraphEdge, GraphNode, type GraphRecord } from './graph.js';
export {
  Diagnostic,
  DIAGNOSTIC_CODES,
  Severity,
  isCableSyntaxError,
  type CableSyntaxError,
  type DiagnosticCode,
} from './diagnostics.js';
export { Point, Position } from './position.js';
export * from './ast.js';
export * from './extract/index.js';
