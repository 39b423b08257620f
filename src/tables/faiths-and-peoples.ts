/**
 * Faiths, their branches and scriptures, and peoples that are no country's demonym, lower case, singular and
 * plural: words for groups of people by religion or descent (the NORP class of named-entity annotation), which name
 * no person, organization or place on their own (`the Kurds`, `Sunni Islam`, `the Quran`).
 *
 * Sources: the "Religions" and "Ethnic groups" fields of the CIA World Factbook (the faiths and branches it lists by
 * country, and the peoples of its ethnic-group entries that are no country's nationality); the scriptures are those
 * of the faiths listed. Words that are also common given names or parts of names (Christian, Maya, Roma, Luo; Islam
 * of Saif al-Islam) are left out.
 */

/** Faiths, branches, scriptures and peoples (`sunni`, `shia`, `copts`, `quran`, `kurds`, `pashtun`). */
export const FAITHS_AND_PEOPLES: ReadonlySet<string> = new Set(
  [
    // Faiths and their adherents.
    'muslim|muslims|moslem|moslems|christianity|christians|judaism|jew|jews|jewish|hinduism|hindu',
    'hindus|buddhism|buddhist|buddhists|sikhism|sikh|sikhs|zoroastrian|zoroastrians|animist|animists|bahai|bahais',
    "baha'i|baha'is",
    // Branches.
    "sunni|sunnis|shia|shias|shi'a|shiite|shiites|shi'ite|shi'ites|alawite|alawites|alevi|alevis|ismaili|ismailis",
    'druze|sufi|sufis|salafi|salafis|salafist|salafists|wahhabi|wahhabis|catholic|catholics|catholicism|protestant',
    'protestants|evangelical|evangelicals|orthodox|copt|copts|coptic|maronite|maronites|yazidi|yazidis',
    // Scriptures.
    'quran|koran|bible|torah|talmud',
    // Peoples of the ethnic-group entries that are no nationality.
    'kurd|kurds|kurdish|pashtun|pashtuns|pashto|hazara|hazaras|baloch|baluch|balochi|baluchi|berber|berbers|amazigh',
    'tuareg|tuaregs|bedouin|bedouins|uighur|uighurs|uyghur|uyghurs|tamil|tamils|sinhalese|hutu|hutus|tutsi|tutsis',
    'kikuyu|fulani|hausa|yoruba|igbo|zulu|zulus|xhosa|aymara|quechua|mapuche|basque|basques|catalan|catalans',
    // (The Factbook's Iraq, Syria and Sudan entries: Arab; Kenya's: Kamba, Luhya, Kalenjin.)
    'arab|arabs|kamba|luhya|kalenjin',
  ]
    .join('|')
    .split('|'),
);
