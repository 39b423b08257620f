/**
 * Generic terms that open the names of places in Spanish and Portuguese (`Puerto Madero`, `Isla Margarita`, `Cerro
 * Rico`, `Praia Grande`): the word for the kind of feature comes first, where English puts it last (`... Valley`).
 * Lower case, accents dropped.
 *
 * Source: the US Board on Geographic Names' gazetteer glossaries of generic terms (Spanish and Portuguese), the
 * terms for populated places, water, relief and coast features, and the squares and buildings named in capitals
 * (`plaza`, `praca`, `casa`). Words that are as often a given name or surname (`serra`, `santa`) are left out.
 */
export const PLACE_GENERICS: ReadonlySet<string> = new Set(
  (
    'puerto porto ciudad cidade villa vila pueblo isla islas ilha ilhas monte cerro sierra lago laguna lagoa ' +
    'bahia baia valle vale playa praia punta ponta cabo golfo rio arroyo llano pampa plaza praca casa barrio ' +
    'colonia municipio provincia departamento estado'
  ).split(' '),
);
