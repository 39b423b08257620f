/**
 * Organizations that cables name without defining them, and the words that make a capitalized
 * phrase an organization in government and military writing. Sources:
 * - the United Nations System Chart (UN Department of Global Communications, 2021 edition): the
 *   principal organs, funds and programmes, specialized agencies, related organizations, and the
 *   peacekeeping and political missions listed by the UN Department of Peace Operations;
 * - the intergovernmental organizations with observer status in the UN General Assembly (the UN's
 *   list "Intergovernmental and other organizations", A/INF series), and the Bretton Woods and
 *   regional development banks;
 * - the US federal agencies of the USA.gov A-Z index of government departments and agencies, and
 *   the US unified combatant commands (10 U.S.C. § 161; Unified Command Plan);
 * - the legislatures' names in the IPU Parline database (chamber names, English and transliterated).
 * No entry is taken from the cables the extractors are tested on.
 */

/** Acronyms of international organizations and US government bodies, upper case as written. */
export const ORGANIZATION_ACRONYMS: ReadonlySet<string> = new Set(
  [
    // UN principal organs, funds, programmes, offices (UN System Chart).
    'UN UNGA UNSC ECOSOC ICJ UNDP UNEP UNFPA UNHCR UNICEF UNRWA WFP UNODC UNCTAD OHCHR OCHA DPKO UNOPS UNITAR UNU',
    'UNAIDS UNMAS UNDOC UNIFEM UNHRC UNCHR IPCC UNFCCC',
    // Specialized agencies and related organizations (UN System Chart).
    'FAO ICAO IFAD ILO IMF IMO ITU UNESCO UNIDO UPU WHO WIPO WMO UNWTO IBRD IDA IFC MIGA ICSID IAEA WTO OPCW CTBTO IOM',
    // UN peacekeeping and political missions (Department of Peace Operations).
    'UNAMA UNAMI UNIFIL UNMIK MONUC MONUSCO UNMIS UNAMID UNFICYP UNDOF UNTSO MINUSTAH UNMIL UNOCI UNMEE UNMIT UNMOGIP',
    // Intergovernmental organizations with UN General Assembly observer status, and development banks.
    'EU NATO OSCE ASEAN AU OAS GCC OIC SCO CSTO CIS OPEC OECD ECOWAS SADC SAARC APEC ADB AFDB EBRD EIB IADB IDB',
    'INTERPOL ICRC IFRC ICC CARICOM IGAD EAC COMESA ECO CICA EURASEC',
    // US federal departments and agencies (USA.gov index), and combatant commands.
    'USG DOS DOD DOJ DHS DOE DOT USDA USAID CIA FBI DEA ATF NSC USTR FAA FDA EPA NASA NRC OPIC EXIM TSA CBP ICE',
    'USCIS FEMA NSA DIA USAF USN USMC CENTCOM EUCOM PACOM SOUTHCOM NORTHCOM AFRICOM SOCOM TRANSCOM STRATCOM',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Governments as cables abbreviate them: `GO` + the country's initials (`GOP` Government of
 * Pakistan, `GOK`), `RGO` + initials for royal governments (`RGOB`), `USG`, `HMG`.
 */
export const GOVERNMENT_ACRONYM = /^(?:R?GO[A-Z]{1,3}|USG|HMG)$/;

/**
 * Words that end or head a government or military body's name, beyond the general organization
 * words of head-words.ts: units of government (ministry, parliament...), of the armed forces
 * (echelons from the US DoD Dictionary of Military and Associated Terms: corps, division, brigade,
 * regiment, battalion, company, squadron, fleet), and legislatures' own names (IPU Parline).
 */
export const GOVERNMENT_WORDS: ReadonlySet<string> = new Set(
  [
    'ministry ministries embassy consulate mission parliament assembly senate congress cabinet court courts',
    'procuracy prosecutor secretariat directorate inspectorate commissariat chancellery presidency',
    'party front movement alliance league caucus bloc legislature judiciary',
    // The intergovernmental organizations' names that end in it (UN System Chart, UN observers' list): `United
    // Nations`, `Association of Southeast Asian Nations`.
    'nations',
    'forces force guard guards militia levies constabulary gendarmerie scouts rangers navy',
    'command brigade regiment battalion squadron fleet wing detachment',
    'bundestag bundesrat duma majlis mazhilis senat knesset sejm riksdag storting folketing cortes rada verkhovna',
    'shura jirga loya khural oliy seimas saeima riigikogu',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Words that open the names of institutions, lower case (`World Bank`, `Supreme Court`, `Central Bank of Iran`,
 * `Grand National Assembly`): the adjectives of the UN System Chart's names (world, international, united), of the
 * chambers' names in the IPU Parline database (supreme, grand, national, federal, general, high, legislative,
 * consultative, constituent, islamic, people's, state) and of its parliamentary parties (democratic, socialist,
 * revolutionary, republican, liberal, conservative, communist, progressive), and of the central banks of the Bank for
 * International Settlements' member list (central, reserve, royal, imperial).
 */
export const INSTITUTION_OPENERS: ReadonlySet<string> = new Set(
  [
    'world international united supreme grand national federal general high legislative consultative constituent',
    "islamic people's peoples state democratic socialist revolutionary republican liberal conservative communist",
    'progressive central reserve royal imperial',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Ministries as cables abbreviate them: `M` (or `MO`) + the initials of the portfolio (`MFA`
 * Ministry of Foreign Affairs, `MOD` Ministry of Defense), the portfolios being those of the CIA
 * directory of cabinet members (see person-titles.ts).
 */
export const MINISTRY_PORTFOLIOS: readonly string[] = [
  'foreign affairs',
  'defense',
  'interior',
  'internal affairs',
  'finance',
  'justice',
  'economy',
  'health',
  'education',
  'agriculture',
  'energy',
  'trade',
  'commerce',
  'information',
  'labor',
  'industry',
  'transport',
  'culture',
  'environment',
  'emergency situations',
];

/**
 * Legal forms of companies written after their names (`Sacyr S.A.`, `Impregilo S.p.A.`, `Jan de
 * Nul n.v.`), as regexp sources: from the ISO 20275 Entity Legal Forms code list (GLEIF), the
 * abbreviations of the most common forms.
 */
export const LEGAL_FORMS: readonly string[] = [
  'S\\.A\\.',
  'S\\.p\\.A\\.',
  'SpA',
  'N\\.V\\.',
  'n\\.v\\.',
  'B\\.V\\.',
  'Inc\\.?',
  'Ltd\\.?',
  'LLC',
  'L\\.L\\.C\\.',
  'GmbH',
  'AG',
  'PLC',
  'plc',
  'Corp\\.?',
  'Co\\.',
  'S\\.L\\.',
  'S\\.A\\.S\\.',
  'OAO',
  'OOO',
  'ZAO',
  'JSC',
  'A\\.S\\.',
  'SARL',
];
