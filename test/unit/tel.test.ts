// A card's number as an RFC 3966 tel: URI (binder/reach.ts telUri), for crm call: visual separators
// dropped, a global number (+) kept global, a local one passed as its digits (crm cannot know its
// phone-context), an extension as ;ext=.
import { describe, expect, it } from 'vitest';
import { telUri } from '../../src/binder/reach.js';

describe('telUri', () => {
  it.each([
    ['+48 601 234 567', 'tel:+48601234567'],
    ['+48-22-555-01-02', 'tel:+48225550102'],
    ['+1 (201) 555.0123', 'tel:+12015550123'],
    ['  +44 20 7946 0958  ', 'tel:+442079460958'],
    // Digits of any script, written as ASCII.
    ['+٩٧١ ٥٠ ١٢٣ ٤٥٦٧', 'tel:+971501234567'],
    // Local numbers: their digits, as dialled.
    ['601 234 567', 'tel:601234567'],
    ['0048 601 234 567', 'tel:0048601234567'],
    ['(022) 555-01-02', 'tel:0225550102'],
    ['*100#', 'tel:*100%23'],
    // Extensions, as crm keeps a vCard's tel:...;ext= ("ext. 12") or as typed.
    ['+48 22 123 45 67 ext. 12', 'tel:+48221234567;ext=12'],
    ['+1 201 555 0123 x 7', 'tel:+12015550123;ext=7'],
    ['0601 234 567 EXT 3-4', 'tel:0601234567;ext=34'],
  ])('%s is %s', (number, uri) => {
    expect(telUri(number)).toBe(uri);
  });
});
