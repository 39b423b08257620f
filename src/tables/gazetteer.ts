/**
 * Names for the entity extractor, written from public knowledge: countries and territories, cities
 * and regions that cables often name, organization head words, titles that stand before people's
 * names, and acronyms whose kind is known without a definition in the text.
 */

/** Countries, territories and regions (as cables spell them), lower case. */
export const PLACES: ReadonlySet<string> = new Set(
  `afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain bangladesh barbados belarus
belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burkina faso burma burundi cambodia cameroon canada chad chile china
colombia comoros congo costa rica croatia cuba cyprus czech republic denmark djibouti dominica ecuador egypt el salvador eritrea estonia ethiopia
fiji finland france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran
iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
liechtenstein lithuania luxembourg macedonia madagascar malawi malaysia maldives mali malta mauritania mauritius mexico moldova monaco mongolia
montenegro morocco mozambique namibia nepal netherlands new zealand nicaragua niger nigeria north korea south korea norway oman pakistan palau
panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa san marino saudi arabia senegal serbia seychelles sierra leone
singapore slovakia slovenia somalia south africa spain sri lanka sudan suriname swaziland sweden switzerland syria taiwan tajikistan tanzania
thailand togo tonga trinidad tunisia turkey turkmenistan uganda ukraine united kingdom united states uruguay uzbekistan vanuatu vatican venezuela
vietnam yemen zambia zimbabwe russian federation soviet union ussr uk u.s. us usa uae holy see west bank gaza palestine europe asia africa
middle east central asia south asia latin america caucasus balkans persian gulf gulf scandinavia
kabul kandahar herat islamabad karachi lahore peshawar rawalpindi quetta tehran baghdad basra mosul kirkuk damascus beirut amman cairo riyadh
jeddah doha dubai abu dhabi muscat sanaa ankara istanbul moscow st. petersburg kiev minsk tbilisi yerevan baku astana almaty tashkent bishkek
dushanbe ashgabat beijing shanghai tokyo seoul pyongyang delhi new delhi mumbai kolkata dhaka colombo kathmandu bangkok hanoi jakarta manila
rangoon london paris berlin bonn madrid rome vienna brussels the hague amsterdam geneva bern stockholm oslo copenhagen helsinki warsaw prague
budapest bucharest sofia athens lisbon dublin washington new york caracas bogota lima quito santiago buenos aires brasilia rio de janeiro sao paulo
mexico city havana panama city ottawa nairobi addis ababa khartoum tripoli tunis algiers rabat lagos abuja pretoria johannesburg harare reykjavik
kokshetau pavlodar kostanai saryagash shymkent karaganda aktau atyrau
waziristan south waziristan north waziristan bajaur orakzai swat fata punjab sindh balochistan khyber wana makin razmak jandola khar sialkot
kwazakhela mohmand kurram khyber kohat hangu tank warsak makeen nwfp dera bannu chitral tripoli
bavaria saxony hesse`
    .split(/\s+/)
    // Words that name a place only inside a longer name (`New Zealand`, `South Africa`) are left to PLACE_PHRASES.
    .filter(
      (w) =>
        w &&
        ![
          'new',
          'south',
          'north',
          'west',
          'east',
          'united',
          'states',
          'kingdom',
          'republic',
          'de',
          'the',
          'city',
          'federation',
          'union',
          'soviet',
          'arabia',
          'africa',
          'korea',
          'leone',
          'lanka',
          'rica',
          'faso',
          'salvador',
          'middle',
          'central',
          'latin',
          'persian',
          'abu',
          'dhabi',
          'delhi',
          'hague',
          'york',
          'aires',
          'buenos',
          'rio',
          'janeiro',
          'sao',
          'paulo',
          'addis',
          'ababa',
          'see',
          'holy',
          'bank',
          'st.',
          'petersburg',
          'zealand',
          'czech',
          'saudi',
          'sri',
          'sierra',
          'el',
          'costa',
          'burkina',
          'gulf',
          'us',
        ].includes(w),
    ),
);

/** Multi-word place names, matched before single words. */
export const PLACE_PHRASES: readonly string[] = [
  'United States',
  'United Kingdom',
  'Russian Federation',
  'Soviet Union',
  'Saudi Arabia',
  'South Africa',
  'North Korea',
  'South Korea',
  'New Zealand',
  'Sri Lanka',
  'Sierra Leone',
  'El Salvador',
  'Costa Rica',
  'Burkina Faso',
  'Czech Republic',
  'Holy See',
  'West Bank',
  'Middle East',
  'Central Asia',
  'South Asia',
  'Latin America',
  'Persian Gulf',
  'Abu Dhabi',
  'New Delhi',
  'The Hague',
  'New York',
  'Buenos Aires',
  'Rio de Janeiro',
  'Sao Paulo',
  'Mexico City',
  'Panama City',
  'Indian Ocean',
  'North Africa',
  'DI Khan',
  'Darra Adam Khel',
  'Panama Canal',
  'Panama Canal',
  'Red Sea',
  'Black Sea',
  'Caspian Sea',
  'Addis Ababa',
  'South Waziristan',
  'North Waziristan',
  'St. Petersburg',
];

/** Words that make a capitalized phrase an organization. */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set(
  'ministry committee office service agency department embassy consulate council parliament party bank court commission university union organization organisation police army navy forces force corps division battalion brigade regiment company government cabinet assembly senate congress bundestag mazhilis majlis duma administration bureau directorate institute foundation association federation front movement alliance league group network centre center secretariat authority board guard guards procuracy prosecutor scouts rangers militia levies'.split(
    ' ',
  ),
);

/** Titles that stand before a person's name (lower case; matched as whole words). */
export const TITLES: readonly string[] = [
  'vice minister of internal affairs',
  'master sergeant',
  'official representative',
  'foreign minister',
  'prime minister',
  'deputy prime minister',
  'defense minister',
  'interior minister',
  'finance minister',
  'vice minister',
  'deputy minister',
  'minister',
  'president',
  'vice president',
  'chairman',
  'chairwoman',
  'chancellor',
  'ambassador',
  'colonel',
  'lieutenant colonel',
  'general',
  'lieutenant general',
  'major general',
  'brigadier',
  'brigadier general',
  'sergeant',
  'captain',
  'major',
  'lieutenant',
  'admiral',
  'commander',
  'governor',
  'mayor',
  'senator',
  'secretary',
  'under secretary',
  'assistant secretary',
  'deputy secretary',
  'director',
  'deputy director',
  'king',
  'prince',
  'queen',
  'sheikh',
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'judge',
  'justice',
  'spokesman',
  'spokeswoman',
  'fm',
  'pm',
  'gen.',
  'col.',
  'amb.',
  'dcm',
  'charge',
];

/** Acronyms whose kind is known without a definition in the text. */
export const KNOWN_ACRONYMS: Readonly<Record<string, 'organization' | 'place'>> = {
  US: 'place',
  'U.S.': 'place',
  USA: 'place',
  UK: 'place',
  'U.K.': 'place',
  USSR: 'place',
  UAE: 'place',
  FATA: 'place',
  PRC: 'place',
  DPRK: 'place',
  ROK: 'place',
  EU: 'organization',
  UN: 'organization',
  NATO: 'organization',
  USG: 'organization',
  GOI: 'organization',
  GOP: 'organization',
  GOK: 'organization',
  GOR: 'organization',
  GOT: 'organization',
  GOG: 'organization',
  GOS: 'organization',
  GOE: 'organization',
  CIA: 'organization',
  FBI: 'organization',
  UNODC: 'organization',
  OSCE: 'organization',
  IAEA: 'organization',
  IMF: 'organization',
  WTO: 'organization',
  CDU: 'organization',
  CSU: 'organization',
  SPD: 'organization',
  FDP: 'organization',
  MFA: 'organization',
  MOD: 'organization',
  MOI: 'organization',
  KNB: 'organization',
  MVD: 'organization',
  USAF: 'organization',
  MAAG: 'organization',
  MIDEAST: 'place',
  TTP: 'organization',
  NWFP: 'place',
  SWA: 'place',
  UNHCR: 'organization',
  ICRC: 'organization',
  IIAF: 'organization',
  USAID: 'organization',
  DHS: 'organization',
  DEA: 'organization',
  ISAF: 'organization',
  ISI: 'organization',
  UNSC: 'organization',
  OPEC: 'organization',
};

/** Surnames of heads of state and leaders that cables name alone, in capitals (`QADHAFI`). */
export const KNOWN_PEOPLE: ReadonlySet<string> = new Set(
  'QADHAFI QADDAFI GADHAFI ASAD ASSAD MUBARAK ARAFAT KHOMEINI KHAMENEI SADDAM CASTRO CHAVEZ PUTIN YELTSIN GORBACHEV BREZHNEV NASSER SADAT KARZAI MUSHARRAF BHUTTO ZARDARI NAZARBAYEV KARIMOV LUKASHENKO ERDOGAN AHMADINEJAD MERKEL SARKOZY BERLUSCONI CHIRAC KOHL THATCHER REAGAN CARTER NIXON KISSINGER'.split(
    ' ',
  ),
);
