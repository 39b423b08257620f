/**
 * The zod schema of the CableRecord, the flat view of a cable (see ../record.ts, which makes it), types inferred
 * under the same names. A schema module: the parser imports its types only (see schemas/position.ts).
 */
import * as z from 'zod';
import { ClassificationLevel, Precedence } from '../ast.js';

/** An addressee of the TO or INFO list, with the posts an `XMT` line exempted from it. */
export const RecordAddressee = z.object({
  routingIndicator: z.string().nullable(),
  name: z.string(),
  precedence: Precedence.nullable(),
  sequence: z.string().nullable(),
  excluded: z.array(z.string()),
});
/** An addressee in the record. */
export type RecordAddressee = z.infer<typeof RecordAddressee>;

/** The CableRecord: the flat, stable view of a cable (see the README for each field). */
export const CableRecord = z.object({
  id: z.string().nullable(),
  transmissionId: z.string().nullable(),
  precedence: Precedence.nullable(),
  routingIndicators: z.array(z.string()),
  originStation: z.string().nullable(),
  stationSerial: z.string().nullable(),
  transmissionSection: z.number().int().nullable(),
  filingTime: z.string().nullable(),
  dtg: z.string().nullable(),
  from: z.string().nullable(),
  to: z.array(RecordAddressee),
  info: z.array(RecordAddressee),
  distribution: z.object({ action: z.array(z.string()), info: z.array(z.string()) }).nullable(),
  drafter: z.string().nullable(),
  approver: z.string().nullable(),
  classification: ClassificationLevel.nullable(),
  caveats: z.array(z.string()),
  section: z.object({ number: z.number().int(), of: z.number().int() }).nullable(),
  executiveOrder: z
    .object({ order: z.string().nullable(), declassify: z.string().nullable(), raw: z.string() })
    .nullable(),
  tags: z.array(z.string()),
  subject: z.string().nullable(),
  references: z.array(z.object({ label: z.string().nullable(), id: z.string().nullable(), text: z.string() })),
  classifiedBy: z
    .object({ name: z.string().nullable(), title: z.string().nullable(), reasons: z.array(z.string()) })
    .nullable(),
  summary: z.string().nullable(),
  paragraphs: z.array(
    z.object({ number: z.number().int().nullable(), marking: z.string().nullable(), text: z.string() }),
  ),
  signers: z.array(z.string()),
  partial: z.boolean(),
  archive: z
    .object({
      refid: z.string().nullable(),
      created: z.string().nullable(),
      released: z.string().nullable(),
      classification: z.string().nullable(),
      origin: z.string().nullable(),
    })
    .nullable(),
  diagnostics: z.number().int(),
});
/** The CableRecord: the flat, stable view of a cable. */
export type CableRecord = z.infer<typeof CableRecord>;
