/**
 * Nationality adjectives that compromise's Demonym entries (nationalities.ts) lack, lower case.
 *
 * Source: the CIA World Factbook (People and Society: Nationality, the adjective form).
 */

/** Nationality adjectives not in nationalities.ts (`spanish`, `turkish`, `british`). */
export const MORE_NATIONALITIES: ReadonlySet<string> = new Set(
  (
    'spanish turkish british danish swedish finnish polish irish uzbekistani uzbek kyrgyzstani ' +
    'kyrgyz tajikistani tajik yemeni bahraini somali burmese nepali nepalese lankan azerbaijani ' +
    'turkmen kosovar montenegrin macedonian moldovan lithuanian latvian estonian slovenian ' +
    'slovak luxembourgish icelandic maltese cypriot libyan tunisian algerian moroccan ' +
    'mauritanian malian nigerien chadian eritrean djiboutian ethiopian kenyan ugandan rwandan ' +
    'burundian tanzanian zambian zimbabwean malawian mozambican angolan namibian botswanan ' +
    'congolese cameroonian gabonese ghanaian ivoirian liberian guinean senegalese gambian ' +
    'togolese beninese nigerian leonean'
  ).split(' '),
);
