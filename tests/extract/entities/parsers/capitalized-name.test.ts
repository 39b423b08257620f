import { describe, expect, it } from 'vitest';
import { capitalizedNameParser, isHeadline } from '../../../../src/extract/entities/parsers/capitalized-name.js';
import { entityContext, parseWith } from '../../run-one.js';

const read = (text: string) =>
  parseWith(capitalizedNameParser, entityContext(text), text).map((e) => [e.text, e.kind, e.title]);

describe('capitalizedNameParser', () => {
  it('keeps composite titles apart from the person after them', () => {
    expect(read('Yesterday Ghanaian Foreign Minister Kofi Mensah met Former Trade Minister Ana Duarte.')).toEqual([
      ['Kofi Mensah', 'person', 'Ghanaian Foreign Minister'],
      ['Ana Duarte', 'person', 'Former Trade Minister'],
    ]);
    expect(read('the Deputy Minister of Foreign Affairs Lars Berg said')).toEqual([
      ['Lars Berg', 'person', 'Deputy Minister of Foreign Affairs'],
    ]);
  });
  it("reads an officer's abbreviation before a place as the post's officer, no person; before a name, a title", () => {
    expect(read('Then CG Barcelona and DCM Ruiz Lema met.')).toEqual([
      ['Barcelona', null, 'CG'],
      ['Ruiz Lema', 'person', 'DCM'],
    ]);
  });
  it("reads a list's letter opening a line as a marker, not an initial; an initial in a name stays", () => {
    expect(read('Questions:\n A. Did the ministry act?\n¶B. Kestrel replied; we met J. Harlan Pike.')).toEqual([
      ['Questions', null, null],
      ['Did', null, null],
      ['Kestrel', null, null],
      ['J. Harlan Pike', null, null],
    ]);
    expect(read('did they?\nB. Did')).toEqual([]);
  });
  it('reads a title alone as no name: a head after one or two words that are no given name', () => {
    expect(read('He met Tarek Osmani, the Awqaf Minister, and South American Presidents.')).toEqual([
      ['Tarek Osmani', null, null],
    ]);
    expect(read('Oruk, a Kestrel Party MP, spoke.')).toEqual([
      ['Oruk', null, null],
      ['Kestrel Party', null, null],
    ]);
  });
  it('reads a title in the plural before one surname or given name and surname, and hyphenated titles', () => {
    expect(read('letters from Deputy Secretaries Kellam, and Senators Ana Duarte.')).toEqual([
      ['Kellam', 'person', 'Deputy Secretaries'],
      ['Ana Duarte', 'person', 'Senators'],
    ]);
    expect(read('SUBJECT: Ambassadors Discuss Expulsion of Colombian Diplomats')).toEqual([
      ['Discuss Expulsion of Colombian Diplomats', null, null],
    ]);
    expect(read('Ex-Defence Secretary Lars Berg and Vice-President Ana Duarte')).toEqual([
      ['Lars Berg', 'person', 'Ex-Defence Secretary'],
      ['Ana Duarte', 'person', 'Vice-President'],
    ]);
  });
  it('reads a place of two words after a title and its for or of as part of the title', () => {
    expect(read('Vice Foreign Minister for Latin America Tomas Arvel said')).toEqual([
      ['Tomas Arvel', 'person', 'Vice Foreign Minister for Latin America'],
    ]);
  });
  it("reads what a title's of, for or the leads to with no name after it as the office's place, no person", () => {
    expect(read('He met the President of the Republic of Xandia and the Minister for Veltran Affairs.')).toEqual([
      ['Republic of Xandia', null, null],
      ['Veltran Affairs', null, null],
    ]);
    // An institution's acronym after `of` (or `of the`) before a name is the office's, the name the person's.
    expect(read('Later the Chief of the TGS Ozdemir and the Director of CINDE Ana Ruiz met.')).toEqual([
      ['Ozdemir', 'person', 'Chief of the TGS'],
      ['Ana Ruiz', 'person', 'Director of CINDE'],
    ]);
  });
  it("drops a sentence's first English word before a connector, and keeps it before a capitalized word", () => {
    expect(read('Militants of Kestrel Front struck. Frontier Corps troops came.')).toEqual([
      ['Kestrel Front', null, null],
      ['Frontier Corps', null, null],
    ]);
  });
  it('leaves a title after a name out of it, and joins no names over in or to', () => {
    expect(read('to elect Lars Berg Chancellor; write to Ana Duarte in EUR/CE')).toEqual([
      ['Lars Berg', null, null],
      ['Ana Duarte', null, null],
      ['EUR', null, null],
      ['CE', null, null],
    ]);
  });
  it('joins no names over of, on or for after a name of its own; after a head or common noun it does', () => {
    expect(
      read(
        'They pressed Norway on Chile and left Oslo for Lima. The Committee on Fisheries and Institute for Mining met.',
      ),
    ).toEqual([
      ['Norway', null, null],
      ['Chile', null, null],
      ['Oslo', null, null],
      ['Lima', null, null],
      ['Committee on Fisheries', null, null],
      ['Institute for Mining', null, null],
    ]);
  });
  it("keeps an and inside a place's name the lexicons know whole (Bosnia and Herzegovina), and splits others", () => {
    expect(read('Envoys from Bosnia and Herzegovina, Trinidad and Tobago and Chile met in Oslo and Lima.')).toEqual([
      ['Bosnia and Herzegovina', null, null],
      ['Trinidad and Tobago', null, null],
      ['Chile', null, null],
      ['Oslo', null, null],
      ['Lima', null, null],
    ]);
  });
  it('splits runs at and, possessives and month names, and drops sentence openers', () => {
    expect(
      read(
        "Both Norway and Chile voted. Then Finland's Parliament met on March 3. Police arrested two police officers.",
      ),
    ).toEqual([
      ['Norway', null, null],
      ['Chile', null, null],
      ['Finland', null, null],
      ['Parliament', null, null],
    ]);
  });
  it('in a headline-case line, cuts runs at words the text writes in lower case', () => {
    expect(read('Chile and Norway Agree on Fishing Quotas\nBoth agree that quotas for fishing matter.')).toEqual([
      ['Chile', null, null],
      ['Norway', null, null],
    ]);
    expect(read('Units: 9th Coastal Rifle Brigade\nthe coastal guard')).toEqual([
      ['Units', null, null],
      ['9th Coastal Rifle Brigade', null, null],
    ]);
  });
  it('keeps an organization whose name holds a possessive or a title word whole', () => {
    expect(read("the Prime Minister's Office and the Attorney General's Office")).toEqual([
      ["Prime Minister's Office", null, null],
      ["Attorney General's Office", null, null],
    ]);
  });
  it("takes an office's noun after a title's of into the title (Chief of Staff), and no more than one", () => {
    expect(
      read('Army Chief of Staff Kayani met Deputy Chief of Mission Tom Reed and Secretary of State Rice.'),
    ).toEqual([
      ['Kayani', 'person', 'Army Chief of Staff'],
      ['Tom Reed', 'person', 'Deputy Chief of Mission'],
      ['Rice', 'person', 'Secretary of State'],
    ]);
    expect(read('Minister of State for Foreign Affairs Kim Howells said')).toEqual([
      ['Kim Howells', 'person', 'Minister of State for Foreign Affairs'],
    ]);
    expect(read('He is Chief of Staff and adviser.')).toEqual([]);
    // More English words after `of` where a name follows them; not after `the` (an institution's name goes on).
    expect(
      read('Minister of Institutional Relations Tarso Genro met Assistant Secretary for East Asian Affairs.'),
    ).toEqual([
      ['Tarso Genro', 'person', 'Minister of Institutional Relations'],
      // A phrase after a title: untyped, with no title to be typed by (the refiners drop it).
      ['Asian Affairs', null, null],
    ]);
    // One institution's noun right after `the`, where a name follows at once; a place after `the` is the title's.
    expect(read('Speaker of the House Pelosi met the Governor of the North Sinai Abdel Fadil.')).toEqual([
      ['Pelosi', 'person', 'Speaker of the House'],
      ['Abdel Fadil', 'person', 'Governor of the North Sinai'],
    ]);
    expect(read('the Secretary General of the Organization of American States spoke')).toEqual([
      ['Organization of American States', null, null],
    ]);
  });
  it('reads a surname after a prefix (McCormick, DeFazio) and a mixed-case acronym (MoD) whole', () => {
    expect(read('Congressman Tom McGovern and Senator Ana DeFazio met the MoD in BiH')).toEqual([
      ['Tom McGovern', 'person', 'Congressman'],
      ['Ana DeFazio', 'person', 'Senator'],
      ['MoD', null, null],
      ['BiH', null, null],
    ]);
  });
  it('reads names across a line break, with particles, ordinals and legal forms', () => {
    expect(
      read('Present at the talks were the 4th Infantry Division, Omar bin\nKhalid and Astaldi S.p.A. signed'),
    ).toEqual([
      ['Present', null, null],
      ['4th Infantry Division', null, null],
      ['Omar bin\nKhalid', null, null],
      ['Astaldi S.p.A.', null, null],
    ]);
  });
  it('ends a run at a line ended short of the width (a list, an address), not at a wrap', () => {
    const text = 'Participants:\nDeputy Commissioner Tomas Pell\nSenior Advisor Marta Eugenia Pinto\n';
    expect(read(text)).toEqual([
      ['Participants', null, null],
      ['Tomas Pell', 'person', 'Deputy Commissioner'],
      ['Marta Eugenia Pinto', 'person', 'Senior Advisor'],
    ]);
    const wrapped = 'In the meeting with the delegation the Deputy Commissioner Tomas\nPell spoke.';
    expect(read(wrapped)).toEqual([['Tomas\nPell', 'person', 'Deputy Commissioner']]);
  });
  it('reads nothing in all-capitals text (the all-caps parser does)', () => {
    expect(read('THE MINISTER MET GENERAL SMITH')).toEqual([]);
  });
  it("reads officers' abbreviations, abbreviated titles and postpositive modifiers as titles", () => {
    expect(read('Later DCM Patel agreed, and CDA Lena Marsh chaired; a Poloff took notes.')).toEqual([
      ['Patel', 'person', 'DCM'],
      ['Lena Marsh', 'person', 'CDA'],
    ]);
    expect(read('Yesterday Gen. Rashidov told Mr. Olsen that Lt. Col. Ana Duarte had left.')).toEqual([
      ['Rashidov', 'person', 'Gen.'],
      ['Olsen', 'person', 'Mr.'],
      ['Ana Duarte', 'person', 'Lt. Col.'],
    ]);
    // The particle `das` is no `DAS` (a Deputy Assistant Secretary).
    expect(read('Later Maria das Dores spoke.')).toEqual([['Maria das Dores', null, null]]);
    expect(read('President-elect Tomas Ferro met Ambassador-at-Large Jonas Petrauskas.')).toEqual([
      ['Tomas Ferro', 'person', 'President-elect'],
      ['Jonas Petrauskas', 'person', 'Ambassador-at-Large'],
    ]);
    expect(read('The court ordered Minister of Health Dr. Samir Haddad to act.')).toEqual([
      ['Samir Haddad', 'person', 'Minister of Health Dr.'],
    ]);
  });
  it('reads titles abbreviated with a slash, and A/ for acting before an officer, as titles', () => {
    expect(read('Later U/S Halvorsen met A/S Dana Brill, and A/DCM Ortiz briefed S/E Marlow; the P/E section')).toEqual(
      [
        ['Halvorsen', 'person', 'U/S'],
        ['Dana Brill', 'person', 'A/S'],
        ['Ortiz', 'person', 'A/DCM'],
        ['Marlow', 'person', 'S/E'],
      ],
    );
  });
  it("reads an archive's redaction as no name, and cuts a run at it", () => {
    expect(read('Later Deputy Head XXXXXXXXXXXX told XXXXXXXXXXXX that Omar Vessan agreed.')).toEqual([
      ['Omar Vessan', null, null],
    ]);
  });
  it("reads clergy's, academics', companies' officers' titles and Islamic honorifics as titles", () => {
    expect(read('Later Cardinal Tomas Vell met Professor Ines Arda; Veltran Motors CEO Pello Tarvi agreed.')).toEqual([
      ['Tomas Vell', 'person', 'Cardinal'],
      ['Ines Arda', 'person', 'Professor'],
      ['Veltran Motors', null, null],
      ['Pello Tarvi', 'person', 'CEO'],
    ]);
    expect(read('Later Shaykh Harun Vessan met Sayyid Omar Tarvi.')).toEqual([
      ['Harun Vessan', 'person', 'Shaykh'],
      ['Omar Tarvi', 'person', 'Sayyid'],
    ]);
  });
  it("splits a run at of after a name of its own, and at and before the, not in a body's name", () => {
    expect(read('Later the arrest in Geneva of Harun Vessan and King Tomas of Jordan and the Bank of Veltra.')).toEqual(
      [
        ['Geneva', null, null],
        ['Harun Vessan', null, null],
        ['Tomas', 'person', 'King'],
        ['Jordan', null, null],
        ['Bank of Veltra', null, null],
      ],
    );
  });
  it("cuts a run of capitals at a function word in capitals (a heading's), not at OF", () => {
    expect(read('the text.\nORLIK FORCES ON THE VELTRAN FRONT\nthen DEPT OF TREASURY spoke')).toEqual([
      ['ORLIK FORCES', null, null],
      ['VELTRAN FRONT', null, null],
      ['DEPT OF TREASURY', null, null],
    ]);
  });
  it('reads Under as a title only in Under Secretary, else as the preposition', () => {
    expect(read('Under Kestrel law it stands; Under Secretary Ivo Rask agreed; Under President Rask it fell.')).toEqual(
      [
        ['Kestrel', null, null],
        ['Ivo Rask', 'person', 'Under Secretary'],
        ['Rask', 'person', 'President'],
      ],
    );
  });
  it("reads a title after then- or ex- in lower case, and a particle after a title as the name's", () => {
    expect(read('when then-Governor Rivas left and then-Foreign Minister de Moura spoke')).toEqual([
      ['Rivas', 'person', 'Governor'],
      ['de Moura', 'person', 'Foreign Minister'],
    ]);
  });
  it('splits an institution before a title inside a run from the person after it', () => {
    expect(
      read('the Kestrel Development Fund Executive Director Dr. Omar Nadiri and the Central Bank President Ivo Rask'),
    ).toEqual([
      ['Kestrel Development Fund', null, null],
      ['Omar Nadiri', 'person', 'Executive Director Dr.'],
      ['Central Bank', null, null],
      ['Ivo Rask', 'person', 'President'],
    ]);
    // The portfolio after a ministry's `of` is the ministry's; a phrase of English words before a title is no name.
    expect(
      read('the Ministry of Foreign Affairs Secretary General Ivo Rask met Newly-arrived Ambassador Ana Duarte'),
    ).toEqual([
      ['Ministry of Foreign Affairs', null, null],
      ['Ivo Rask', 'person', 'Secretary General'],
      ['Ana Duarte', 'person', 'Ambassador'],
    ]);
  });
  it('reads a place word after a title as a place, no person, unless a given name opens the name', () => {
    expect(read('He named vice-Governor of Talca Province and Representative John Marsh.')).toEqual([
      ['Talca Province', null, null],
      ['John Marsh', 'person', 'Representative'],
    ]);
  });
  it("reads no name glued to digits, no form's label, and no generic owner before a possessive", () => {
    expect(read('They bought AK-47 rifles and MiG-29 jets; passport PO47719.')).toEqual([]);
    expect(read('Name: Duarte Ruiz, Ana DOB: 05-OCT-1969')).toEqual([
      ['Name', null, null],
      ['Duarte Ruiz', null, null],
      ['Ana', null, null],
    ]);
    expect(read("Post's Visa Review Committee met; the Prosecutor's Office agreed.")).toEqual([
      ['Post', null, null],
      ['Visa Review Committee', null, null],
      ["Prosecutor's Office", null, null],
    ]);
  });
});

describe('isHeadline', () => {
  it('takes a line of three capitalized words or more, with one long lower-case word at most', () => {
    expect(isHeadline('SUBJECT: Costa Rica and France Agree on Trade Pact')).toBe(true);
    expect(isHeadline('Costa Rica Agree with us')).toBe(true);
    expect(isHeadline('Costa Rica Agree with the rest')).toBe(false);
  });
  it('refuses a line of prose, and one of fewer than three capitalized words', () => {
    expect(isHeadline('Costa Rica and France agreed on trade terms')).toBe(false);
    expect(isHeadline('Costa Rica agrees')).toBe(false);
  });
  it('counts words by their start only (`McCain` once, `2nd` and `iPhone` not at all)', () => {
    expect(isHeadline('McCain iPhone 2nd')).toBe(false);
    expect(isHeadline('McCain Meets Obama')).toBe(true);
    expect(isHeadline('A B C D')).toBe(false);
  });
  it("cuts an unknown acronym before a given name and a surname, or before a person named before, as a title's", () => {
    const names = (text: string, people: string[] = []) =>
      parseWith(capitalizedNameParser, entityContext(text, { people: new Set(people) }), text).map((e) => e.text);
    expect(names('the talks with SYG Omar Haddad ended; DSG Haddad spoke', ['Haddad'])).toEqual([
      'Omar Haddad',
      'Haddad',
    ]);
    expect(names('IDF West Bank Division; ADEL MOHAMED HASSAN; PM Blair')).toEqual([
      'IDF West Bank Division',
      'ADEL MOHAMED HASSAN',
      'Blair',
    ]);
  });
  it("keeps an and inside an organization's complement after of, for or on, not before another name", () => {
    const text =
      'the Party for Progress and Solidarity met the Office of Fisheries and Aquaculture; the Ministry of ' +
      'Defense and Interior Ministry, the Bureau of Health and Tobago Island, the Unit for Fraud and TIP.';
    expect(read(text).map(([name]) => name)).toEqual([
      'Party for Progress and Solidarity',
      'Office of Fisheries and Aquaculture',
      'Ministry of Defense',
      'Interior Ministry',
      'Bureau of Health',
      'Tobago Island',
      'Unit for Fraud',
      'TIP',
    ]);
  });
  it('reads a title of a body as the body after its of, and a title of an office or portfolio as no name', () => {
    const text =
      'Kaya, Director of the Kestrel Foundation, and the Technical Secretary of the National Seed Committee met ' +
      'the Deputy Chief of Mission and the Minister of Economic and Social Development.';
    expect(read(text).map(([name]) => name)).toEqual(['Kaya', 'Kestrel Foundation', 'National Seed Committee']);
  });
  it("splits a country's or capital's name from a person's name after it, not a given name that is a place's", () => {
    const text =
      'the Ambassador to the United States Hector Valdes met the envoy to Iceland Boris Orlov and Nelson Aguiar.';
    expect(read(text).map(([name]) => name)).toEqual([
      'United States',
      'Hector Valdes',
      'Iceland',
      'Boris Orlov',
      'Nelson Aguiar',
    ]);
  });
  it("reads the word before of as a title's head after a modifier or a head (General Manager of), no name", () => {
    const text =
      'Lena Ostrova, General Manager of Kestrelcorp, and the Chief Executive of Brightwater Mills met the ' +
      'General Directorate of Customs, and Prime Minister Manning of Tobago.';
    // The body after the title's of is what the title names (no person): `Kestrelcorp`, not `Manager of Kestrelcorp`.
    expect(read(text)).toEqual([
      ['Lena Ostrova', null, null],
      ['Kestrelcorp', null, null],
      ['Brightwater Mills', null, null],
      ['Directorate of Customs', null, null],
      ['Manning of Tobago', null, 'Prime Minister'],
    ]);
  });
  it("reads a Foreign Service officer's title (Political Officer) and a Special Rapporteur as titles", () => {
    expect(read('Ask Political Officer Lena Vorst or the UN Special Rapporteur for Housing Omar Haddad.')).toEqual([
      ['Lena Vorst', 'person', 'Political Officer'],
      ['UN', null, null],
      ['Omar Haddad', 'person', 'Special Rapporteur for Housing'],
    ]);
  });
  it("drops a sentence's first English word before a given name and a surname, not a given name or title", () => {
    expect(read('He left. Contact Lena Vorst on Monday. Grant Hill spoke. Minister Ana Ruiz came.')).toEqual([
      ['Lena Vorst', null, null],
      ['Grant Hill', null, null],
      ['Ana Ruiz', 'person', 'Minister'],
    ]);
  });
  it('reads Portuguese do inside a name, and an English word written in lower case after a title as no name', () => {
    expect(read('He left Rio Grande do Sul for the General Staff; the staff met General Brown.')).toEqual([
      ['Rio Grande do Sul', null, null],
      ['Staff', null, null],
      ['Brown', 'person', 'General'],
    ]);
  });
  it("reads an acronym after a title's modifier as the title (Deputy NSA X), not before a body's words", () => {
    expect(read('He met Deputy NSA Lena Vorst. He met Former MFA Harbor Office Coordinator Omar Haddad.')).toEqual([
      ['Lena Vorst', 'person', 'Deputy NSA'],
      ['Former MFA Harbor Office', null, null],
      ['Omar Haddad', 'person', 'Coordinator'],
    ]);
  });
  it("reads a nationality and a body's word before a title as the body, apart; a portfolio stays the title's", () => {
    expect(read('Then Arab League Secretary General Amre Vessal and Brazilian Energy Minister Lobao met.')).toEqual([
      ['Arab League', null, null],
      ['Amre Vessal', 'person', 'Secretary General'],
      ['Lobao', 'person', 'Brazilian Energy Minister'],
    ]);
  });
  it('reads the numero abbreviation before a number as no name word (Case No. 175, Decree No.3)', () => {
    expect(read('It is in Kestrel Case No. 175 under Decree No.3 of 2009.')).toEqual([
      ['Kestrel Case', null, null],
      ['Decree', null, null],
    ]);
  });
  it("keeps an and between a title's portfolios, and a given name that is a city's opens the person's name", () => {
    const text =
      'He met Minister of Industry and Commerce Lars Vindal and the Minister of Agriculture and Land Reclamation ' +
      'Hassan Velloro. The Ministry of Labor and Social Security spoke.';
    expect(read(text)).toEqual([
      ['Lars Vindal', 'person', 'Minister of Industry and Commerce'],
      ['Hassan Velloro', 'person', 'Minister of Agriculture and Land Reclamation'],
      ['Ministry of Labor and Social Security', null, null],
    ]);
  });
  it("finds a title inside a run past its complement, and reads a name listed before a title as a name's", () => {
    const text =
      'The Kestrel Office Director General for Defense and Intelligence Vessa Quorin told us. He postponed visits ' +
      'of Nestor Valdan and Chief of Cabinet Alberto Ferro.';
    expect(read(text)).toEqual([
      ['Kestrel Office', null, null],
      ['Vessa Quorin', 'person', 'Director General for Defense and Intelligence'],
      ['Nestor Valdan', null, null],
      ['Alberto Ferro', 'person', 'Chief of Cabinet'],
    ]);
  });
  it("reads a people's name and a body's name after for the as the title's, up to a given name", () => {
    const text =
      'Chief Negotiator for the Palestinians Samir Haddad met Chief Negotiator for the Pacific Trade Partnership ' +
      'Anna Berg and the Director for the Costa Rican Tourism Board.';
    expect(read(text)).toEqual([
      ['Samir Haddad', 'person', 'Chief Negotiator for the Palestinians'],
      ['Anna Berg', 'person', 'Chief Negotiator for the Pacific Trade Partnership'],
      ['Costa Rican Tourism Board', null, null],
    ]);
  });
});
