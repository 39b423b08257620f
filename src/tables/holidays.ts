/**
 * Holidays and religious periods that name a date, each with the rule that finds its days in a given year: a fixed
 * day of the Gregorian calendar, a shift from Western Easter, a day or month of another calendar, or a weekday of a
 * month. Only holidays that fall on the same day wherever they are kept are here: a country's national day,
 * independence day or labor day differs by country and names no date without the country.
 *
 * Sources: the holidays' definitions as their Wikipedia articles give them (Christmas, New Year's Day, Easter, Easter
 * Monday, Holy Week, Ash Wednesday, Good Friday, Carnival, Ramadan, Eid al-Fitr, Eid al-Adha, Ashura, Mawlid, Nowruz,
 * Chinese New Year, Passover, Rosh Hashanah, Yom Kippur, Hanukkah), with the spellings those articles list
 * (`Ramazan`, `Ramzan`, `Ramadhan`; `Eid ul-Fitr`; Turkish `Kurban Bayrami`, `Seker Bayrami`; `Navruz`,
 * `Nauryz`, `Newroz`); Thanksgiving and Memorial Day as 5 U.S.C. 6103 sets the US federal holidays. Easter is
 * computed by the Anonymous Gregorian algorithm (Meeus, Astronomical Algorithms); the other calendars' days come from
 * the Unicode CLDR/ICU calendars through `Intl` (the Umm al-Qura Islamic calendar, the Persian and Hebrew calendars,
 * the Chinese calendar). Where a day of those is kept a day apart by sighting of the moon, the calendar's day is the
 * value.
 */

/** How a holiday's days are found in a Gregorian year. */
export type HolidayRule =
  /** A fixed Gregorian day (month 0-based), lasting `days`. */
  | { rule: 'fixed'; month: number; day: number; days?: number }
  /** Days from Western Easter Sunday (`shift` negative before it), lasting `days`. */
  | { rule: 'easter'; shift: number; days?: number }
  /**
   * A day of another calendar as `Intl` names it (`month` as `Intl` writes it, numeric or long), lasting `days`, or
   * its whole month where `days` is `month`.
   */
  | { rule: 'calendar'; calendar: string; month: string; day: number; days?: number | 'month' }
  /** The `nth` weekday (ISO, Monday 1) of a month (0-based); `nth` -1 for the last. */
  | { rule: 'weekday'; month: number; weekday: number; nth: number };

/**
 * One holiday: how it is written (a regexp source, matched as whole words in any case) and its rule. Every way of
 * writing it starts with one of the words the date extractor cues its reader by (src/extract/cues.ts), listed once
 * for the whole table in {@link HOLIDAY_CUES}.
 */
export interface Holiday {
  name: string;
  written: string;
  rule: HolidayRule;
}

// `Eid al-Fitr`, `Eid ul-Fitr`, `Id el-Fitr`, `Eid-al-Fitr`, `Eid al Fitr`, `Eid Fitr` (one character between the
// words: two quantified runs of white space side by side would be a regexp's polynomial backtracking).
const eid = (feast: string) => String.raw`(?:Eid|Id)[\s-](?:(?:a[l']|ul|el)[\s-])?${feast}`;

/** The holidays, the longer names of one first where one holds another (`Christmas Eve` before `Christmas`). */
export const HOLIDAYS: readonly Holiday[] = [
  { name: 'Christmas Eve', written: String.raw`Christmas\s+Eve`, rule: { rule: 'fixed', month: 11, day: 24 } },
  { name: 'Christmas', written: String.raw`Christmas(?:\s+Day)?`, rule: { rule: 'fixed', month: 11, day: 25 } },
  { name: "New Year's Eve", written: String.raw`New\s+Year'?s\s+Eve`, rule: { rule: 'fixed', month: 11, day: 31 } },
  {
    name: 'Chinese New Year',
    written: String.raw`(?:Chinese|Lunar)\s+New\s+Year|Spring\s+Festival`,
    rule: { rule: 'calendar', calendar: 'chinese', month: '1', day: 1 },
  },
  { name: "New Year's Day", written: String.raw`New\s+Year'?s(?:\s+Day)?`, rule: { rule: 'fixed', month: 0, day: 1 } },
  { name: 'Holy Week', written: String.raw`Holy\s+Week|Semana\s+Santa`, rule: { rule: 'easter', shift: -7, days: 7 } },
  { name: 'Good Friday', written: String.raw`Good\s+Friday`, rule: { rule: 'easter', shift: -2 } },
  { name: 'Easter Monday', written: String.raw`Easter\s+Monday`, rule: { rule: 'easter', shift: 1 } },
  { name: 'Easter', written: String.raw`Easter(?:\s+Sunday)?`, rule: { rule: 'easter', shift: 0 } },
  { name: 'Ash Wednesday', written: String.raw`Ash\s+Wednesday`, rule: { rule: 'easter', shift: -46 } },
  // (Not `Lent`: a verb's past too.) Carnival: the four days to Shrove Tuesday.
  { name: 'Carnival', written: 'Carnival|Carnaval', rule: { rule: 'easter', shift: -50, days: 4 } },
  { name: 'Eid al-Fitr', written: `${eid('Fitr')}|(?:Ramazan|Seker)\\s+Bayram[ıi]`, rule: islamic('10', 1) },
  { name: 'Eid al-Adha', written: `${eid('Adha')}|Kurban\\s+Bayram[ıi]`, rule: islamic('12', 10) },
  { name: 'Ramadan', written: 'Ramadan|Ramadhan|Ramazan|Ramzan', rule: islamic('9', 1, 'month') },
  { name: 'Ashura', written: 'Ashura|Ashoura', rule: islamic('1', 10) },
  { name: 'Mawlid', written: String.raw`Mawlid(?:\s+al-Nabi)?|Mawlud`, rule: islamic('3', 12) },
  {
    name: 'Nowruz',
    written: 'Nowruz|Nowrouz|Norouz|Noruz|Navruz|Nauryz|Newroz',
    rule: { rule: 'calendar', calendar: 'persian', month: '1', day: 1 },
  },
  { name: 'Passover', written: 'Passover|Pesach', rule: hebrew('Nisan', 15, 7) },
  { name: 'Rosh Hashanah', written: String.raw`Rosh\s+Hashanah?`, rule: hebrew('Tishri', 1, 2) },
  { name: 'Yom Kippur', written: String.raw`Yom\s+Kippur`, rule: hebrew('Tishri', 10) },
  { name: 'Hanukkah', written: 'Hanukkah|Chanukah', rule: hebrew('Kislev', 25, 8) },
  {
    name: 'Thanksgiving',
    written: 'Thanksgiving(?:\\s+Day)?',
    rule: { rule: 'weekday', month: 10, weekday: 4, nth: 4 },
  },
  {
    name: 'Memorial Day',
    written: String.raw`Memorial\s+Day`,
    rule: { rule: 'weekday', month: 4, weekday: 1, nth: -1 },
  },
];

/** A day of the Umm al-Qura Islamic calendar (`month` numeric, as `Intl` writes it), lasting `days`. */
function islamic(month: string, day: number, days: number | 'month' = 1): HolidayRule {
  return { rule: 'calendar', calendar: 'islamic-umalqura', month, day, days };
}

/** A day of the Hebrew calendar (`month` as `Intl`'s English names it), lasting `days`. */
function hebrew(month: string, day: number, days = 1): HolidayRule {
  return { rule: 'calendar', calendar: 'hebrew', month, day, days };
}

/** The first words of the holidays' names, lower case (a text without any names no holiday). */
export const HOLIDAY_CUES: readonly string[] = (
  'christmas new chinese lunar spring holy semana good easter ash carnival carnaval eid id ramazan seker kurban ' +
  'ramadan ramadhan ramzan ashura ashoura mawlid mawlud nowruz nowrouz norouz noruz navruz nauryz newroz passover ' +
  'pesach rosh yom hanukkah chanukah thanksgiving memorial'
).split(' ');

/** A bare `Eid` (`after the Eid`): the nearer of the two feasts. */
export const BARE_EID: readonly string[] = ['Eid al-Fitr', 'Eid al-Adha'];

let wholeName: RegExp | undefined;

/** True for a holiday's name alone, any case (`Christmas`, `EID AL-FITR`, `Holy Week`): a date, no entity's name. */
export function isHolidayName(text: string): boolean {
  wholeName ??= new RegExp(`^(?:${HOLIDAYS.map((holiday) => holiday.written).join('|')}|Eid)$`, 'i');
  return wholeName.test(text);
}
