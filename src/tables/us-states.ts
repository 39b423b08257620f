/**
 * The two-letter codes of the US states, the District of Columbia and the territories with a delegate in Congress.
 *
 * Sources: ISO 3166-2:US (the states' and DC's codes, which are the US Postal Service's: USPS Publication 28,
 * appendix B) and ISO 3166-1 alpha-2 for the territories (which USPS uses too). Cables write a member of
 * Congress's party and state with them: `Representative Eliot Engel (D-NY)`.
 */
export const US_STATE_CODES: ReadonlySet<string> = new Set(
  (
    'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK ' +
    'OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC AS GU MP PR VI'
  ).split(' '),
);
