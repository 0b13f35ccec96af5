/**
 * A cheap language check for charter text: frequent function words per library language
 * (only the words no other profile has count, so Czech and Slovak, Swedish and Danish,
 * Finnish and Estonian tell apart; a word two languages share, such as Latvian and French
 * "un" or Estonian and English "on", is listed in both so that it counts for neither)
 * and the script a language is written in. It answers "is this paragraph plainly in
 * another language?", not "which language is this?" for short snippets.
 */
const PROFILES: Readonly<Record<string, string>> = {
  en: 'the and of to in shall is be by with for this that their which are on each between both its as or an from have will other',
  ro: 'și de la în cu pe din care este sunt pentru prin între cele ale lor sau această prezenta vor fiecare celor își acest să către dintre al',
  fr: 'le la les des et du en un une est pour par dans sur aux leurs leur sont qui entre chaque présente deux avec au ce cette ou ainsi',
  de: 'der die das und den dem des ist zu mit von für auf im eine einer sich nicht werden wird zwischen sowie ihre ihrer jede beiden diese dieser auch durch',
  pl: 'i w na z do się oraz jest są ich przez dla między każda które który niniejsza niniejszej obu ze od po swoich jako lub także zostaje',
  hu: 'a az és hogy is egy nem meg között valamint minden kell jelen mindkét amely amelyek számára felek szerint pedig vagy ha évente',
  it: 'il di e la le che per con del della dei delle tra ogni sono nel nella alle ai gli degli al presente ciascuna loro una è',
  es: 'el de la los las y en que por con del para entre cada sus una se al presente será ambas su o lo como',
  pt: 'o os a as de e do da dos das em no na para com entre cada seus suas uma um pelo pela ao presente são é por',
  cs: 'a je se v na že s z do ve k o jsou této tato které který mezi svých jejich každá obou nebo jako pro při bude tak ze po od',
  sk: 'a je sa v na že s z do vo k o sú tejto táto ktoré ktorý medzi svojich ich každá oboch alebo ako pre pri bude',
  nl: 'de het een en van in op te voor met zijn is die dat door aan tussen elke deze hun worden wordt bij of om naar',
  hr: 'i u na se je za od do s iz koji koja koje između svake svoje te ili ova ove su obiju kao prema pri',
  sl: 'in v na se je za od do z s ki med vsake svoje ter ali ta te sta bosta obe kot pri po so',
  bg: 'и на в за от се с да по е са между всяка своите като или към настоящото двете които която който',
  el: 'και του της των το τα η ο οι να σε με για από στην στο στις στους μεταξύ κάθε που ένα μια είναι παρών',
  sv: 'och i att av för med som på till den det de en ett är om mellan varje sina sin båda eller detta efter ska',
  da: 'og i at af for med som på til den det de en et er om mellem hver deres begge eller denne efter skal ved',
  no: 'og i å av for med som på til den det de en et er om mellom hver sine begge eller denne etter skal ved ikke også',
  fi: 'on sekä että tai ovat ei tämän tämä joka jotka jota kunkin kummankin kumpikin välillä välisen niiden sen ne myös kanssa mukaan osalta sopijapuolet sopijapuolten sopimuksen',
  et: 'on ning või kes mis mille mida oma ka selle see nende vahel kõigis iga kumbki kummagi käesoleva käesolev pooled poolte lepingu kui',
  lv: 'un par ar uz kā vai tās šo šī šis savu savas savām starp katra kas lai arī tiek līgumu līguma puses pušu abu',
  lt: 'bei arba yra kad tarp kiekviena kiekvienos savo šios šią ši šalys šalių sutarties sutartį iš į kurie kuri taip pat abiejų jų',
};

/** Languages without a profile that share most function words with one that has. */
const RELATIVES: Readonly<Record<string, readonly string[]>> = {
  sr: ['hr', 'bg'],
  bs: ['hr'],
  cnr: ['hr'],
  sh: ['hr'],
  lb: ['de'],
  ca: ['es', 'fr'],
  gl: ['es', 'pt'],
  nb: ['no'],
  nn: ['no'],
  mk: ['bg'],
  ru: ['bg'],
  uk: ['bg'],
  be: ['bg'],
  rm: ['it'],
  fy: ['nl'],
  mt: ['it', 'en'],
};

const CYRILLIC = /\p{Script=Cyrillic}/u;
const GREEK = /\p{Script=Greek}/u;
const LATIN = /\p{Script=Latin}/u;

const DISTINCT: ReadonlyMap<string, readonly string[]> = (() => {
  const count = new Map<string, number>();
  const lists = Object.entries(PROFILES).map(
    ([lang, words]) => [lang, [...new Set(words.split(' '))]] as const,
  );
  for (const [, words] of lists) for (const w of words) count.set(w, (count.get(w) ?? 0) + 1);
  const byWord = new Map<string, string[]>();
  for (const [lang, words] of lists)
    for (const w of words) if (count.get(w) === 1) byWord.set(w, [...(byWord.get(w) ?? []), lang]);
  return byWord;
})();

export function hasProfile(lang: string): boolean {
  return PROFILES[lang] !== undefined;
}

/** Distinctive function-word hits per profiled language. */
export function languageScores(text: string): Map<string, number> {
  const scores = new Map<string, number>();
  for (const word of text.toLocaleLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const lang of DISTINCT.get(word) ?? []) scores.set(lang, (scores.get(lang) ?? 0) + 1);
  }
  return scores;
}

type Script = 'latin' | 'cyrillic' | 'greek';

/** The share of letters in each script: names in the other script must not decide. */
function scriptShares(text: string): Record<Script, number> {
  const counts: Record<Script, number> = { latin: 0, cyrillic: 0, greek: 0 };
  for (const ch of text) {
    if (LATIN.test(ch)) counts.latin++;
    else if (CYRILLIC.test(ch)) counts.cyrillic++;
    else if (GREEK.test(ch)) counts.greek++;
  }
  const total = counts.latin + counts.cyrillic + counts.greek || 1;
  return { latin: counts.latin / total, cyrillic: counts.cyrillic / total, greek: counts.greek / total };
}

const EXPECTED_SCRIPT: Readonly<Record<string, Script>> = {
  bg: 'cyrillic',
  el: 'greek',
  ru: 'cyrillic',
  uk: 'cyrillic',
  be: 'cyrillic',
  mk: 'cyrillic',
};

/** Fewer words than this say too little to judge. */
const MIN_WORDS = 6;

/**
 * The language a passage is plainly written in when that is not `lang` (or a close
 * relative of it), else null. Town names and numbers are noise; they never decide.
 */
export function foreignLanguage(text: string, lang: string): string | null {
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  // A column must be written mostly in its script; a third is left for names in another.
  const shares = scriptShares(text);
  const expected = EXPECTED_SCRIPT[lang] ?? (hasProfile(lang) ? 'latin' : null);
  if (expected && shares[expected] < 0.35) {
    const [other] = (Object.keys(shares) as Script[]).sort((a, b) => shares[b] - shares[a]);
    return other ?? null;
  }
  const scores = languageScores(text);
  const own = scores.get(lang) ?? 0;
  const friends = new Set([lang, ...(RELATIVES[lang] ?? [])]);
  let best: string | null = null;
  let bestScore = 0;
  for (const [other, score] of scores) {
    if (score > bestScore) {
      best = other;
      bestScore = score;
    }
  }
  if (best === null || friends.has(best)) return null;
  return bestScore >= 3 && bestScore > 2 * own ? best : null;
}
