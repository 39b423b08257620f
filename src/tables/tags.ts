/**
 * TAGS: the State Department's Traffic Analysis by Geography and Subject codes.
 *
 * Sources: the Department's TAGS/Terms Handbook (the subject, organization and program codes), and FIPS PUB 10-4,
 * the two-letter geographic codes the Department used for countries and territories. Words posts wrote instead
 * of codes (`HUMAN RIGHTS`, `GOI EXTERNAL`) and person tags are read by rule (grammar/tags.ts), not listed.
 * Each code has a kind: `subject` (PREL political relations, SNAR narcotics...), `country`
 * (two-letter geographic codes), `organization` (UNSC, IAEA...), `program` (programs and
 * exchanges) or `person` (VIP visit tags like `RICE, CONDOLEEZZA`).
 */

/** The kinds of tag. */
export type TagKind = 'subject' | 'country' | 'organization' | 'program' | 'person';

const SUBJECT_CODES = `
ABLD ABUD ACOA ADCO ADPM AEMR AFIN AFSI AFSN AGAO AINF AINR AINT ALOW AMED AMGT AMTC AODE AORC APCS APER
ARCH ASCH ASEC ASIG ASUP ATRN BBSR BEXP BTIO CACM CACS CASC CFED CJAN CLMT CMGT CPAS CVIS
EAGR EAID EAIR ECIN ECON ECPS EDEV EFIN EFIS EIND EINT EINV ELAB ELTN EMIN ENGR ENIV ENRG EPET ETRD
ETTC EWWT EXIM GTIP IIP KABY KACT KAWC KBCT KBIO KBTR KCFE KCGC KCIP KCOM KCOR KCRM KCRS KCUL
KDEM KDEV KDRG KENV KESS KFIN KFLO KFLU KFRD KGCC KGHG KGIC KGIT KHIV KHLS KHUM KICA KICC KIDE KIPR KIRC
KIRF KISL KJUS KLIG KMCA KMDR KMIG KMPI KMRS KNAR KNEI KNNP KNPP KNUC KOCI KOLY KOMC KPAL KPAO KPKO KPLS
KPOA KPRP KPRV KRAD KRCM KREC KREF KRFD KRIM KRVC KSAF KSCA KSCI KSEP KSPR KSTC KSTH KSUM KTDB KTER KTEX
KTFN KTIA KTIP KTRD KUNR KVIR KVPR KWAC KWBG KWMN MARR MASC MASS MCAP MNUC MOPS MTCRE
NARC OCII ODIP OEXC OFDP OIIP OPDC OPRC OREP OSCI OTRA OVIP PARM PBTS PCUL PDEM PDIP PELN PGIV PGOV PHSA
PHUM PINR PINS PINT PKAO PMIL PNAT PNUC PREF PREL PROP PSOE PTER SCUL SENV SHUM
SMIG SNAR SOCI SPCE SWCI TBIO TINT TIP TNGD TPHY TRGY TSPA TSPL UNGA UNSC `;

const ORGANIZATION_CODES = `
AORC APEC ASEAN AU CSTO EU EUN FAO GCC G8 G20 IAEA IBRD ICAO ICC ICJ ICRC IEA ILO IMF IMO INTERPOL IOM
MERCOSUR NAFTA NATO OAS OECD OPCW OPEC OSCE SADC SCO UN UNAMA UNAMI UNCHR UNDP UNEP UNESCO UNFPA UNGA UNHCR
UNHRC UNICEF UNIFIL UNMIK UNODC UNRWA UNSC UNTSO WFP WHO WIPO WTO ECOWAS`;

const PROGRAM_CODES = `KMCA OEXC KPEPFAR PEPFAR OPDC KFPC`;

/**
 * Two-letter geographic codes (FIPS 10-4 as the State Department used them): countries,
 * territories and a few regions.
 */
const COUNTRY_CODES = `
AA AC AE AF AG AJ AL AM AN AO AR AS AU AV BA BB BC BD BE BF BG BH BK BL BM BN BO BP BR BT BU BX BY CA CB
CD CE CF CG CH CI CJ CM CN CO CS CT CU CV CW CY DA DJ DO DR EC EG EI EK EN ER ES ET EZ FI FJ FM FO FP FR
GA GB GG GH GI GJ GL GM GQ GR GT GV GY GZ HA HK HO HR HU IC ID IN IO IR IS IT IV IZ JA JM JO KE KG KN KR
KS KT KU KV KZ LA LE LG LH LI LO LS LT LU LY MA MC MD MG MH MI MJ MK ML MN MO MP MR MT MU MV MX MY MZ NC
NG NH NI NL NO NP NR NS NU NZ OD PA PE PK PL PM PO PP PS PU QA RB RI RO RP RQ RS RW SA SC SE SF SG SI SL
SM SN SO SP SR ST SU SW SY SZ TC TD TH TI TK TN TO TP TS TT TU TV TW TX TZ UC UG UK UP US UV UY UZ VC VE
VI VM VQ VT WA WE WI WS WZ XA XB XC XD XE XF XG XH XL XM XN XP XR XS XT XU XV XW XY YM YI ZA ZI ZK ZL ZM ZR`;

const words = (list: string) => list.split(/\s+/).filter(Boolean);

/** Every known code and its kind. */
export const TAG_KINDS: ReadonlyMap<string, TagKind> = new Map<string, TagKind>([
  ...words(COUNTRY_CODES).map((code): [string, TagKind] => [code, 'country']),
  ...words(SUBJECT_CODES).map((code): [string, TagKind] => [code, 'subject']),
  ...words(ORGANIZATION_CODES).map((code): [string, TagKind] => [code, 'organization']),
  ...words(PROGRAM_CODES).map((code): [string, TagKind] => [code, 'program']),
]);
