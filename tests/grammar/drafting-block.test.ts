import { describe, expect, it } from 'vitest';
import { draftingBlock } from '../../src/grammar/drafting-block.js';
import { parseCable } from '../../src/index.js';
import { spanFromTo } from '../helpers.js';
import { readWith } from './read.js';

describe('draftingBlock', () => {
  it('reads the drafter, the approver and the clearance lines, up to the dashed counter line', () => {
    const text = [
      'DRAFTED BY NEA/ARN:RWILSON:LM',
      'APPROVED BY NEA:JBAKER',
      'NEA/ARN - MR. GREEN',
      'S/S-O: PJONES',
      '                     --------------------- 045512',
    ].join('\n');
    expect(readWith(draftingBlock, text).read).toEqual({
      node: {
        type: 'draftingBlock',
        position: spanFromTo(text, 'DRAFTED', 'PJONES'),
        drafter: 'NEA/ARN:RWILSON:LM',
        approver: 'NEA:JBAKER',
        clearances: ['NEA/ARN - MR. GREEN', 'S/S-O: PJONES'],
      },
      next: 4,
    });
  });
  it('takes a colon after BY, and an office with parentheses as a clearance', () => {
    const text = 'DRAFTED BY: AF/W:TCLARK -- 04/02/2008\nAPPROVED BY: AF:MLEE\nD(S):KWHITE\nEUR: BHALL';
    const node = readWith(draftingBlock, text).read?.node;
    expect([node?.drafter, node?.approver, node?.clearances]).toEqual([
      'AF/W:TCLARK -- 04/02/2008',
      'AF:MLEE',
      ['D(S):KWHITE', 'EUR: BHALL'],
    ]);
  });
  it('opens with APPROVED BY too, and stops at a second drafter or a line of no clearance shape', () => {
    const text = 'APPROVED BY EB:WSMITH\nEB/OT - MR. KING\nDRAFTED BY EB:RDAY\nAPPROVED BY EB:XCOLE';
    expect(readWith(draftingBlock, text).read?.node).toMatchObject({ drafter: 'EB:RDAY', approver: 'EB:WSMITH' });
    expect(readWith(draftingBlock, text).read?.next).toBe(3);
    const prose = 'DRAFTED BY EUR:PDAVIS\nTHE MINISTER WILL ARRIVE ON MONDAY.';
    expect(readWith(draftingBlock, prose).read).toMatchObject({ node: { clearances: [] }, next: 1 });
  });
  it('leaves a clearance-like line after a blank line to what follows', () => {
    const text = 'DRAFTED BY EUR:PDAVIS\n\nEUR/SOV - MR. SMITH';
    expect(readWith(draftingBlock, text).read).toMatchObject({ node: { clearances: [] }, next: 1 });
  });
  it('does not start on other lines, and is read in the routing header only', () => {
    expect(readWith(draftingBlock, 'DRAFT OF THE STATEMENT FOLLOWS').read).toBeNull();
    const body =
      'UNCLASSIFIED\nSUBJECT: VISIT\n\n1. THE TEXT WAS\nDRAFTED BY THE MINISTRY AND APPROVED BY THE CABINET.';
    expect(parseCable(body).children.some((node) => node.type === 'draftingBlock')).toBe(false);
  });
});
