/**
 * The parts titles before people's names are built from: a modifier (`Former`, `Acting`,
 * `Deputy`), a nationality or a portfolio (`Ghanaian`, `Trade`, `Foreign`), a head (`Minister`,
 * `General`, `Ambassador`), and maybe `of X` (`Minister of Internal Affairs`). Sources:
 * - heads of state and government, cabinet and official titles: the CIA's "Chiefs of State and
 *   Cabinet Members of Foreign Governments" (the title forms of its entries) and the heads of
 *   mission of the Vienna Convention on Diplomatic Relations (1961), art. 14;
 * - military ranks and their abbreviations: the US armed forces' officer and enlisted grades
 *   (DoD), with the Commonwealth forms `Field Marshal`, `Air Marshal`, `Brigadier`;
 * - portfolios: the cabinet portfolio names of the same CIA directory;
 * - honorifics: the common English honorifics and courtesy titles (`Mr.`, `Dr.`, `Sheikh`), and the Islamic
 *   honorifics before a name in their common transliterations (`Shaykh`, `Sayyid`, `Hajji`, `Maulana`; not `Mullah`,
 *   a surname as often);
 * - clergy, academics and companies' officers as Debrett's Correct Form addresses them: `Pope`, `Cardinal`,
 *   `Archbishop`, `Bishop`, `Monsignor`, `Patriarch`, `Imam`, `Ayatollah`, `Rabbi`, `Reverend`, `Professor`, `Rector`,
 *   `CEO`;
 * - the UN's titles of heads of missions and offices (UN Protocol's Blue Book): `Permanent Representative`,
 *   `Resident Representative`, `Resident Coordinator`; the Human Rights Council's `Special Rapporteur`;
 * - the Foreign Service's position titles (the Foreign Affairs Manual), the officers titles.ts abbreviates: `Political
 *   Officer`, `Consular Officer`, `Regional Security Officer`;
 * - the State Department's titles abbreviated with a slash (the Foreign Affairs Manual's abbreviations): `A/S`
 *   Assistant Secretary, `U/S` Under Secretary, `S/E` Special Envoy, `AA/S` Acting Assistant Secretary; `A/` for
 *   acting before an officer's abbreviation (`A/DCM`) is read by rule.
 * All lower case; multi-word entries joined by single spaces.
 */

/** Words that make a title of the head after them (`former`, `acting`, `deputy`). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(
  (
    'former acting deputy vice first second assistant under senior principal chief executive ' +
    'special interim caretaker outgoing incoming designate then ex co lead permanent resident'
  ).split(' '),
);

/** Portfolios and fields that stand before a head (`Foreign Minister`, `Trade Minister`, `Defense Secretary`). */
export const PORTFOLIOS: ReadonlySet<string> = new Set(
  [
    'foreign defense defence interior home finance treasury trade commerce economy economic justice energy health',
    'education agriculture labor labour industry transport transportation culture information intelligence',
    'security oil petroleum water environment development planning communications tourism housing',
    'religious internal external affairs public works emergency social welfare science technology youth sports',
    'women family immigration customs revenue budget privatization telecommunications mines mining',
    'fisheries forestry agrarian land reconstruction refugees human rights national political military',
    'police prime state general attorney district provincial regional federal press',
  ]
    .join(' ')
    .split(' '),
);

/** Heads of a title: the word that names the office (`minister`, `general`, `ambassador`). */
export const TITLE_HEADS: ReadonlySet<string> = new Set(
  [
    // Heads of state and government, cabinet and officials (CIA directory title forms).
    'president minister premier chancellor secretary undersecretary king queen prince princess emir amir sultan',
    'shah monarch governor mayor chairman chairwoman chairperson chair speaker senator congressman congresswoman',
    'representative deputy director commissioner chief head spokesman spokeswoman spokesperson judge justice',
    'prosecutor procurator advisor adviser counselor counsellor envoy leader commander administrator',
    'coordinator inspector ombudsman comptroller auditor attache delegate legislator lawmaker mp',
    // Heads of mission (Vienna Convention, art. 14) and consular posts.
    'ambassador consul charge nuncio',
    // Clergy, academics, companies' officers (Debrett's Correct Form).
    // (Not `Dean`, `Pastor`, `Mufti`: given names and surnames as often.)
    'pope cardinal archbishop bishop monsignor patriarch imam ayatollah rabbi reverend professor rector ceo',
    // Military ranks (US armed forces grades; Commonwealth forms).
    'general colonel major captain lieutenant admiral commodore ensign sergeant corporal private marshal',
    'brigadier',
    // The Foreign Service's position titles the officers' abbreviations of titles.ts stand for (the Foreign Affairs
    // Manual: Political Officer, Consular Officer, Regional Security Officer); the UN Human Rights Council's Special
    // Procedures (Special Rapporteur).
    'officer rapporteur',
  ]
    .join(' ')
    .split(' '),
);

/** Titles written as abbreviations or honorifics, as written (the period kept). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'Mr. Mrs. Ms. Dr. Prof. Rev. Msgr. Sir Dame Sheikh Shaikh Shaykh Sayyid Hajji Maulana ' +
    'Sen. Rep. Gov. Amb. Gen. Lt. Col. Maj. Capt. ' +
    'Adm. Brig. Sgt. Cpl. Cmdr. Pres. PM FM DPM MP Mr Mrs Ms Dr ' +
    // The US armed forces' grade abbreviations (DoD) beyond the forms above.
    'LTG MG BG CPT LTC CDR LCDR VADM RADM ' +
    // The Department's titles with a slash.
    'A/S U/S S/E AA/S'
  ).split(' '),
);
