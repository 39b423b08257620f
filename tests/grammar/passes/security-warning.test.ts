import { describe, expect, it } from 'vitest';
import { parseCable } from '../../../src/index.js';
import { span } from '../../helpers.js';

describe('the security-warning pass', () => {
  it('reports CG202 when the warning says unclassified and the classification line says classified', () => {
    const text = 'ZNR UUUUU ZZH\nR 210951Z FEB 08\n\nCONFIDENTIAL ASTANA 000358';
    expect(parseCable(text).diagnostics).toEqual([
      {
        code: 'CG202',
        severity: 'warning',
        message:
          "Expected a classification line agreeing with the header's security warning (UNCLASSIFIED), found " +
          'CONFIDENTIAL',
        position: span(text, 'CONFIDENTIAL ASTANA 000358'),
        expected: 'UNCLASSIFIED',
        actual: 'CONFIDENTIAL',
      },
    ]);
  });
  it('counts LIMITED OFFICIAL USE as unclassified, and stays silent when they agree', () => {
    expect(parseCable('ZNR UUUUU ZZH\n\nLIMITED OFFICIAL USE ASTANA 000358').diagnostics).toEqual([]);
    expect(parseCable('ZNY CCCCC ZZH\n\nSECRET ASTANA 000358').diagnostics).toEqual([]);
  });
});
