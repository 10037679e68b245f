// The card's fields as typed (src/binder/card.ts), the period crm review looks at
// (src/binder/dates.ts), and a cadence span added to a date (src/commands/slipping.ts).
// The date tables run in each zone of ZONES: a date must never move.
import { describe, expect, it } from 'vitest';
import { userErrorFrom } from './user-error.js';
import { CARD_FIELDS, type CardField } from '../../src/binder/dossier.js';
import { validateCardFields } from '../../src/binder/card.js';
import { reviewPeriod } from '../../src/binder/dates.js';
import { afterSpan } from '../../src/commands/slipping.js';
import { ZONES, inZone } from './zones.js';

const TODAY = '2026-11-23'; // a Monday


/** A row of a table: a field, what is typed, and what is kept (or the message). */
const row = (field: CardField, typed: string, expected: string | null) => ({ field, typed, expected });
const refusal = (field: CardField, typed: string, message: string) => ({ field, typed, message });

/** The one field `validateCardFields` keeps for `{[field]: typed}`. */
function valid(field: CardField, typed: string): unknown {
  const card = validateCardFields({ [field]: typed });
  expect(Object.keys(card)).toEqual([field]);
  return card[field];
}

describe('validateCardFields', () => {
  it('keeps only the fields given', () => {
    expect(validateCardFields({})).toEqual({});
    expect(validateCardFields({ phone: '+48 601 234 567', stage: 'lead' })).toEqual({ phone: '+48 601 234 567', stage: 'lead' });
  });

  it('takes every card field at once', () => {
    expect(
      validateCardFields({
        name: ' Łukasz Żółć ',
        position: 'CFO',
        company: 'Acme Sp. z o.o.',
        phone: '+48 601 234 567',
        email: 'lz@acme.pl',
        notes: 'prefers mornings\nno calls on Fridays',
        priority: 'a',
        address: 'Panie Łukaszu',
        pronunciation: 'WOO-kash ZHOOWCH',
        preferences: 'Polish, phone before 10',
        stage: 'Prospect',
        tags: 'vip,  Warsaw ,',
        cadence: '+2W',
      }),
    ).toEqual({
      name: 'Łukasz Żółć',
      position: 'CFO',
      company: 'Acme Sp. z o.o.',
      phone: '+48 601 234 567',
      email: 'lz@acme.pl',
      notes: 'prefers mornings\nno calls on Fridays',
      priority: 'A',
      address: 'Panie Łukaszu',
      pronunciation: 'WOO-kash ZHOOWCH',
      preferences: 'Polish, phone before 10',
      stage: 'prospect',
      tags: 'vip, Warsaw',
      cadence: '2w',
    });
  });

  it.each([
    // name: trimmed, never empty
    row('name', 'Acme Ltd', 'Acme Ltd'),
    row('name', '  Acme Ltd  ', 'Acme Ltd'),
    row('name', 'x'.repeat(200), 'x'.repeat(200)),
    row('name', 'رضا رحیمی', 'رضا رحیمی'),
    // free text: trimmed; blank clears the field
    ...(['position', 'company', 'address', 'pronunciation', 'preferences', 'notes'] as const).flatMap((field) => [
      row(field, ' some text ', 'some text'),
      row(field, '', null),
      row(field, '   ', null),
    ]),
    row('position', 'x'.repeat(200), 'x'.repeat(200)),
    row('preferences', 'x'.repeat(2000), 'x'.repeat(2000)),
    row('notes', 'line one\n\nline three', 'line one\n\nline three'),
    row('notes', 'x'.repeat(100_000), 'x'.repeat(100_000)),
    // phone: at least three digits, in any script
    row('phone', '+48 601 234 567', '+48 601 234 567'),
    row('phone', '112', '112'),
    row('phone', '(22) 555-01-02 ext. 7', '(22) 555-01-02 ext. 7'),
    row('phone', '+48 ٦٠١', '+48 ٦٠١'),
    row('phone', '', null),
    // email
    row('email', 'anna@example.com', 'anna@example.com'),
    row('email', ' anna@example.com ', 'anna@example.com'),
    row('email', 'łukasz@żółć.pl', 'łukasz@żółć.pl'),
    row('email', '', null),
    // priority: any case
    ...['A', 'B', 'C'].flatMap((p) => [
      row('priority', p, p),
      row('priority', ` ${p.toLowerCase()} `, p),
    ]),
    // stage: any case, stored in lower case; blank clears it
    ...['lead', 'prospect', 'client', 'former'].map((stage) => row('stage', stage, stage)),
    row('stage', 'Client', 'client'),
    row('stage', ' LEAD ', 'lead'),
    row('stage', '', null),
    // tags: one way of writing a list
    row('tags', 'vip,  Warsaw ,', 'vip, Warsaw'),
    row('tags', 'vip', 'vip'),
    // lengths are in characters: an emoji or a CJK extension character outside the BMP counts once
    row('name', '𠀀'.repeat(200), '𠀀'.repeat(200)),
    row('position', '👩‍💻'.repeat(40), '👩‍💻'.repeat(40)),
    row('tags', 'vip,warsaw', 'vip, warsaw'),
    row('tags', ' ,vip,, ,warsaw, ', 'vip, warsaw'),
    row('tags', 'key account, Kraków', 'key account, Kraków'),
    row('tags', ', ,', null),
    row('tags', '', null),
    // cadence: a span of days, weeks or months; a leading + and capitals forgiven
    row('cadence', '2w', '2w'),
    row('cadence', '+2w', '2w'),
    row('cadence', '10d', '10d'),
    row('cadence', '1m', '1m'),
    row('cadence', '2W', '2w'),
    row('cadence', ' +10D ', '10d'),
    row('cadence', '999d', '999d'),
    row('cadence', '', null),
  ])('$field $typed -> $expected', ({ field, typed, expected }) => {
    expect(valid(field, typed)).toBe(expected);
  });

  it('checks every field of the card', () => {
    // A field added to the card without a rule here would go unchecked.
    expect([...CARD_FIELDS].sort()).toEqual(
      ['name', 'position', 'company', 'phone', 'email', 'notes', 'priority', 'address', 'pronunciation', 'preferences', 'stage', 'tags', 'cadence'].sort(),
    );
  });

  // The message names the option as typed, the value, and what to type instead.
  it.each([
    refusal('name', '', '--name "" is empty; every dossier needs a name'),
    refusal('name', '   ', '--name "   " is empty; every dossier needs a name'),
    // A long value is quoted short: its first 57 characters and "...".
    refusal('name', 'x'.repeat(201), `--name "${'x'.repeat(57)}..." is longer than 200 characters`),
    refusal('position', 'x'.repeat(201), `--position "${'x'.repeat(57)}..." is longer than 200 characters`),
    refusal('name', '𠀀'.repeat(201), `--name "${'𠀀'.repeat(57)}..." is longer than 200 characters`),
    refusal('phone', '12', '--phone "12" has fewer than 3 digits'),
    refusal('phone', 'call the office', '--phone "call the office" has fewer than 3 digits'),
    refusal('email', 'anna', '--email "anna" is not an e-mail address (name@example.com)'),
    refusal('email', 'anna@', '--email "anna@" is not an e-mail address (name@example.com)'),
    refusal('email', 'an na@example.com', '--email "an na@example.com" is not an e-mail address (name@example.com)'),
    refusal('priority', 'D', '--priority "D" is not a priority; use A, B or C'),
    refusal('priority', '', '--priority "" is not a priority; use A, B or C'),
    refusal('priority', 'high', '--priority "high" is not a priority; use A, B or C'),
    refusal('stage', 'customer', '--stage "customer" is not a stage; use lead, prospect, client, former'),
    refusal('stage', 'x'.repeat(21), `--stage "${'x'.repeat(21)}" is longer than 20 characters`),
    refusal('tags', 'x'.repeat(501), `--tags "${'x'.repeat(57)}..." is longer than 500 characters`),
  ])('refuses $field $typed', ({ field, typed, message }) => {
    expect(userErrorFrom(() => validateCardFields({ [field]: typed })).message).toBe(message);
  });

  it.each(['2x', '2', 'w', '0d', '0w', '1000d', '2 w', '-2w', '++2w', '+', '1.5w', '2 weeks', 'fortnight', '1y'])('refuses the cadence "%s"', (typed) => {
    const error = userErrorFrom(() => validateCardFields({ cadence: typed }));
    expect(error.message).toContain(`"${typed}" is not a span; use a number of days, weeks or months: 10d, 2w, 1m`);
  });

  // The cadence is typed as --every (crm file, crm edit): the message must name that option, as
  // there is no --cadence to type.
  it('names the cadence by its option, --every', () => {
    const error = userErrorFrom(() => validateCardFields({ cadence: '2x' }));
    expect(error.message).toBe('--every "2x" is not a span; use a number of days, weeks or months: 10d, 2w, 1m');
  });

  it('refuses the first bad field in card order, and keeps nothing', () => {
    const error = userErrorFrom(() => validateCardFields({ cadence: 'soon', phone: '1', stage: 'lead' }));
    expect(error.message).toMatch(/^--phone "1"/);
  });

  // Notes come from $EDITOR too: a message should not echo 100,000 characters back to the terminal.
  it('keeps the message for an over-long value short', () => {
    const error = userErrorFrom(() => validateCardFields({ notes: 'x'.repeat(100_001) }));
    expect(error.message).toContain('is longer than 100000 characters');
    expect(error.message.length).toBeLessThan(500);
  });
});

describe.each(ZONES)('dates with TZ=%s', (zone) => {
  inZone(zone);

  describe('reviewPeriod', () => {
    it.each([
      { when: undefined, today: TODAY, from: TODAY, to: TODAY },
      { when: 'today', today: TODAY, from: TODAY, to: TODAY },
      { when: 'TODAY', today: TODAY, from: TODAY, to: TODAY },
      { when: ' today ', today: TODAY, from: TODAY, to: TODAY },
      { when: 'yesterday', today: TODAY, from: '2026-11-22', to: '2026-11-22' },
      { when: 'Yesterday', today: TODAY, from: '2026-11-22', to: '2026-11-22' },
      { when: 'yesterday', today: '2027-01-01', from: '2026-12-31', to: '2026-12-31' },
      { when: 'yesterday', today: '2028-03-01', from: '2028-02-29', to: '2028-02-29' },
      { when: '-0d', today: TODAY, from: TODAY, to: TODAY },
      { when: '-1d', today: TODAY, from: '2026-11-22', to: '2026-11-22' },
      { when: '-3d', today: TODAY, from: '2026-11-20', to: '2026-11-20' },
      { when: '-3D', today: TODAY, from: '2026-11-20', to: '2026-11-20' },
      { when: '-30d', today: TODAY, from: '2026-10-24', to: '2026-10-24' },
      { when: '-3d', today: '2026-03-01', from: '2026-02-26', to: '2026-02-26' },
      { when: '-3d', today: '2026-03-30', from: '2026-03-27', to: '2026-03-27' }, // across Warsaw's spring DST
      { when: '2026-11-20', today: TODAY, from: '2026-11-20', to: '2026-11-20' },
      { when: '2025-12-31', today: TODAY, from: '2025-12-31', to: '2025-12-31' },
      { when: '2024-02-29', today: TODAY, from: '2024-02-29', to: '2024-02-29' },
      // Date forms read backward (issue 12): the latest such day on or before today.
      { when: 'fri', today: '2026-12-14', from: '2026-12-11', to: '2026-12-11' },
      { when: 'mon', today: '2026-12-14', from: '2026-12-14', to: '2026-12-14' },
      { when: 'dec 7', today: '2026-12-14', from: '2026-12-07', to: '2026-12-07' },
      { when: '7', today: '2026-12-14', from: '2026-12-07', to: '2026-12-07' },
      { when: '20', today: '2026-12-14', from: '2026-11-20', to: '2026-11-20' },
    ])('$when on $today -> $from', ({ when, today, from, to }) => {
      expect(reviewPeriod(when, false, today)).toEqual({ from, to });
    });

    it.each([
      // the day, Monday to Sunday around it
      { when: 'today', today: '2026-11-23', from: '2026-11-23', to: '2026-11-29' }, // a Monday: its own week
      { when: 'today', today: '2026-11-25', from: '2026-11-23', to: '2026-11-29' }, // Wednesday
      { when: 'today', today: '2026-11-29', from: '2026-11-23', to: '2026-11-29' }, // a Sunday ends its week
      { when: 'yesterday', today: '2026-11-23', from: '2026-11-16', to: '2026-11-22' }, // Sunday: last week
      { when: '-7d', today: '2026-11-25', from: '2026-11-16', to: '2026-11-22' },
      { when: '2026-11-28', today: TODAY, from: '2026-11-23', to: '2026-11-29' }, // Saturday
      // weeks across a month end, a year's turn, February of a leap year and a DST change
      { when: 'today', today: '2026-12-31', from: '2026-12-28', to: '2027-01-03' },
      { when: 'today', today: '2027-01-03', from: '2026-12-28', to: '2027-01-03' },
      { when: '2028-03-01', today: '2028-03-10', from: '2028-02-28', to: '2028-03-05' },
      { when: '2026-03-29', today: TODAY, from: '2026-03-23', to: '2026-03-29' }, // Warsaw springs forward
      { when: '2026-10-25', today: TODAY, from: '2026-10-19', to: '2026-10-25' }, // Warsaw falls back
      { when: '2026-09-06', today: TODAY, from: '2026-08-31', to: '2026-09-06' }, // Santiago: no 00:00
      { when: '2011-12-30', today: TODAY, from: '2011-12-26', to: '2012-01-01' }, // the day Apia skipped
      { when: 'dec 7', today: '2026-12-14', from: '2026-12-07', to: '2026-12-13' }, // read backward (issue 12)
      { when: 'fri', today: '2026-12-14', from: '2026-12-07', to: '2026-12-13' },
    ])('--week: $when on $today -> $from..$to', ({ when, today, from, to }) => {
      const week = reviewPeriod(when, true, today);
      expect(week).toEqual({ from, to });
    });

    it('a day or a week still to come is refused: a review looks back', () => {
      expect(() => reviewPeriod('2026-12-05', false, TODAY)).toThrow(/still to come/);
      expect(() => reviewPeriod('2026-11-30', true, TODAY)).toThrow(/still to come/);
      expect(() => reviewPeriod('tomorrow', false, TODAY)).toThrow(/still to come/);
      expect(() => reviewPeriod('+3d', false, TODAY)).toThrow(/still to come/);
    });

    it('a week always runs Monday to Sunday and holds the day', () => {
      for (let d = 1; d <= 31; d++) {
        const day = `2026-12-${String(d).padStart(2, '0')}`;
        const { from, to } = reviewPeriod(day, true, '2027-01-15');
        expect(new Date(`${from}T12:00:00Z`).getUTCDay()).toBe(1);
        expect(new Date(`${to}T12:00:00Z`).getUTCDay()).toBe(0);
        expect(from <= day && day <= to).toBe(true);
      }
    });
  });

  describe('afterSpan', () => {
    it.each([
      { day: '2026-11-23', span: '1d', expected: '2026-11-24' },
      { day: '2026-11-23', span: '10d', expected: '2026-12-03' },
      { day: '2026-12-31', span: '1d', expected: '2027-01-01' },
      { day: '2028-02-28', span: '1d', expected: '2028-02-29' },
      { day: '2027-02-28', span: '1d', expected: '2027-03-01' },
      { day: '2026-03-28', span: '2d', expected: '2026-03-30' }, // across Warsaw's spring DST
      { day: '2026-10-24', span: '2d', expected: '2026-10-26' }, // across Warsaw's autumn DST
      { day: '2011-12-29', span: '1d', expected: '2011-12-30' }, // Apia skipped the 30th; the calendar does not
      { day: '2026-11-23', span: '999d', expected: '2029-08-18' },
      { day: '2026-11-23', span: '1w', expected: '2026-11-30' },
      { day: '2026-11-23', span: '2w', expected: '2026-12-07' },
      { day: '2026-12-28', span: '1w', expected: '2027-01-04' },
      { day: '2026-11-23', span: '52w', expected: '2027-11-22' },
      { day: '2026-11-23', span: '1m', expected: '2026-12-23' },
      { day: '2026-11-23', span: '3m', expected: '2027-02-23' },
      { day: '2026-11-23', span: '12m', expected: '2027-11-23' },
      // month ends: cut back to the last day of a shorter month
      { day: '2026-01-31', span: '1m', expected: '2026-02-28' },
      { day: '2028-01-31', span: '1m', expected: '2028-02-29' },
      { day: '2026-03-31', span: '1m', expected: '2026-04-30' },
      { day: '2026-08-31', span: '1m', expected: '2026-09-30' },
      { day: '2026-12-31', span: '2m', expected: '2027-02-28' },
      { day: '2026-10-31', span: '4m', expected: '2027-02-28' },
      { day: '2028-02-29', span: '12m', expected: '2029-02-28' },
      { day: '2026-02-28', span: '1m', expected: '2026-03-28' },
      { day: '2026-01-30', span: '1m', expected: '2026-02-28' },
    ])('$day + $span -> $expected', ({ day, span, expected }) => {
      expect(afterSpan(day, span)).toBe(expected);
    });
  });
});

describe('reviewPeriod refusals', () => {
  it.each(['dec', 'December', 'jan', 'nov'])('refuses the month "%s": a review is of a date', (when) => {
    const error = userErrorFrom(() => reviewPeriod(when, false, TODAY));
    expect(error.message).toBe(`"${when}" is a whole month; review a date (yesterday, 2026-11-20) or add --week`);
  });

  it('refuses a month with --week too, without suggesting --week', () => {
    const error = userErrorFrom(() => reviewPeriod('dec', true, TODAY));
    expect(error.message).toMatch(/^"dec" is a whole month; review a date/);
    // --week is already there; the advice must be something that works.
    expect(error.message).not.toContain('add --week');
  });

  it.each([
    { when: 'someday', says: '"someday" is not a date crm understands; type ' },
    { when: '2026-02-30', says: '2026-02-30 is not a date on the calendar; use YYYY-MM-DD' },
    // -3w is three weeks back since date forms read backward in a review (issue 12); years are no form.
    { when: '-3y', says: '"-3y" is not a date crm understands' },
  ])('refuses $when, saying what to type', ({ when, says }) => {
    expect(userErrorFrom(() => reviewPeriod(when, false, TODAY)).message).toContain(says);
  });
});
