/**
 * GeoNames names a few large cities by their English exonym ("Bucharest", "Munich"). A
 * committee writes to the town under its own name, so these show the local spelling; the
 * exonym stays searchable as an alternate name. Limited to Latin-script countries, where the
 * local name is readable to every user; the build fails if GeoNames stops listing a name here.
 */
export const LOCAL_NAMES: ReadonlyMap<number, string> = new Map([
  [683506, 'București'],
  [756135, 'Warszawa'],
  [2761369, 'Wien'],
  [3169070, 'Roma'],
  [3173435, 'Milano'],
  [792680, 'Beograd'],
  [2867714, 'München'],
  [3067696, 'Praha'],
  [2618425, 'København'],
  [3172394, 'Napoli'],
  [3165524, 'Torino'],
  [3176219, 'Genova'],
  [2267057, 'Lisboa'],
  [2747373, 'Den Haag'],
  [3164603, 'Venezia'],
  [3176959, 'Firenze'],
]);
