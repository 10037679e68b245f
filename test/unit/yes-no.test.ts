// Yes and no in every language crm speaks (issue 17), folded as names are.
import { describe, expect, it } from 'vitest';
import { readYesNo } from '../../src/binder/yes-no.js';

describe('readYesNo', () => {
  it.each(['y', 'Y', 'yes', 'YES', 'true', '1', 't', 'tak', 'Tak', 'TAK', 'д', 'да', 'Да', 'այո', 'Այո', 'بله', 'بلی', 'آره', ' tak '])('`%s` is yes', (typed) => {
    expect(readYesNo(typed)).toBe(true);
  });

  it.each(['n', 'N', 'no', 'No', 'false', '0', 'nie', 'NIE', 'н', 'не', 'НЕ', 'ոչ', 'Ոչ', 'خیر', 'نه'])('`%s` is no', (typed) => {
    expect(readYesNo(typed)).toBe(false);
  });

  it.each(['', ' ', 'maybe', 'może', 'ta', 'nein', 'ja', 'yess', 'да не'])('`%s` is neither', (typed) => {
    expect(readYesNo(typed)).toBeUndefined();
  });
});
