/**
 * Armed and terrorist groups that cables name without defining them. Sources:
 * - the US Department of State's list of Foreign Terrorist Organizations (Bureau of Counterterrorism,
 *   state.gov, "Foreign Terrorist Organizations": the designated names and the aliases it lists);
 * - the UN Security Council's sanctions lists under resolutions 1267 (al-Qaida) and 1988 (the Taliban).
 * Names lower case, hyphens and runs of spaces written as one space (see {@link armedGroupKey}).
 */

const lines = (list: string) =>
  list
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The names, as {@link armedGroupKey} writes them. */
export const ARMED_GROUP_NAMES: ReadonlySet<string> = new Set(
  lines(`
    abu nidal organization
    abu sayyaf group
    al aqsa martyrs brigade
    al qaida
    al qaeda
    al qa'ida
    al qaida in iraq
    al qaida in the arabian peninsula
    al qaida in the islamic maghreb
    al shabaab
    al shabab
    ansar al islam
    asbat al ansar
    aum shinrikyo
    basque fatherland and liberty
    communist party of the philippines
    new people's army
    continuity irish republican army
    continuity ira
    gama'a al islamiyya
    hamas
    harakat ul mujahidin
    harakat ul jihad i islami
    haqqani network
    hizballah
    hezbollah
    hizbullah
    indian mujahideen
    islamic movement of uzbekistan
    jaish e mohammed
    jemaah islamiya
    jundallah
    kahane chai
    kata'ib hizballah
    kurdistan workers' party
    kurdistan workers party
    lashkar e tayyiba
    lashkar e taiba
    lashkar i jhangvi
    lashkar e jhangvi
    liberation tigers of tamil eelam
    libyan islamic fighting group
    moroccan islamic combatant group
    national liberation army
    palestine liberation front
    palestinian islamic jihad
    popular front for the liberation of palestine
    real irish republican army
    real ira
    revolutionary armed forces of colombia
    revolutionary nuclei
    revolutionary organization 17 november
    revolutionary struggle
    shining path
    sendero luminoso
    taliban
    tehrik e taliban pakistan
    tehrik i taliban pakistan
    united self defense forces of colombia
  `),
);

/** Their acronyms as the lists write them, upper case (not `ETA`, also a time of arrival in cables). */
export const ARMED_GROUP_ACRONYMS: ReadonlySet<string> = new Set(
  'FARC ELN AUC PKK LTTE PFLP PIJ JEM IMU AQAP AQIM AQI LIFG GICM ASG RIRA CIRA HUJI'.split(' '),
);

/** A name as {@link ARMED_GROUP_NAMES} keys it: lower case, `’` as `'`, hyphens and white space as one space. */
export function armedGroupKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/[-\s]+/g, ' ');
}
