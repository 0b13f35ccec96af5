import type { LibraryEntry } from './types';

/** Slovenian dates take the month in the genitive: "z dne 9. maja 2025". */
const GENITIVE: Readonly<Record<string, string>> = {
  januar: 'januarja',
  februar: 'februarja',
  marec: 'marca',
  april: 'aprila',
  maj: 'maja',
  junij: 'junija',
  julij: 'julija',
  avgust: 'avgusta',
  september: 'septembra',
  oktober: 'oktobra',
  november: 'novembra',
  december: 'decembra',
};

// Two parties: Slovenian speaks of them in the dual ("pogodbenici se zavezujeta").
export const sl: LibraryEntry = {
  labels: {
    title: 'Listina o pobratenju',
    article: '{n}. člen',
    page: 'Stran {page} od {pages}',
    doneAt: '{place}, dne {date}',
    forParty: 'Za: {town}',
    signature: 'Podpis',
    seal: 'Žig',
    draft: 'OSNUTEK',
    draftOf: 'Osnutek z dne {date}',
    version: 'Različica {n} z dne {date}',
    signedOn: 'podpisano dne {dates}',
  },
  clauses: {
    parties: {
      heading: 'Pogodbenici',
      body: `{PartyA} ({locationA}), {representedA} {signatoryA}, {officeA},

in

{PartyB} ({locationB}), {representedB} {signatoryB}, {officeB},

v nadaljnjem besedilu: pogodbenici,`,
    },
    preamble: {
      heading: 'Preambula',
      body: `Zavedajoč se, da se prijateljstvo med narodi začne s srečanji med državljani, in zvesti idealom miru, sprave, demokracije in medsebojnega spoštovanja, na katerih temelji evropska skupnost narodov,

ob priznavanju vezi, ki so že nastale med prebivalci, društvi in ustanovami {ofPartyA} in {ofPartyB},

v prepričanju, da pobratenje mest prispeva k medsebojnemu razumevanju, dejavnemu evropskemu državljanstvu in Evropi državljanov,

se pogodbenici slovesno zavezujeta, da bosta vzpostavili trajno vez pobratenja med svojima skupnostma, in se dogovorita, kot sledi:`,
    },
    objectives: {
      heading: 'Cilji',
      body: `Pogodbenici se zavezujeta, da bosta ohranjali trajne vezi med svojima skupnostma ter na vseh področjih spodbujali izmenjave med svojimi prebivalci, v duhu prijateljstva in solidarnosti. Skupaj si prizadevata za naslednje cilje:

{objectives}`,
    },
    areas: {
      heading: 'Področja sodelovanja',
      body: `Sodelovanje zajema zlasti naslednja področja:

- kulturo, dediščino in umetnost;
- izobraževanje, šole in učenje jezika partnerja;
- izmenjave mladih in šport;
- turizem in lokalni gospodarski razvoj;
- lokalno upravo in javne storitve;
- okolje in trajnostni razvoj;
- socialne zadeve, zdravje in družbeno življenje.

Pogodbenici spodbujata društva, šole, podjetja in prebivalce obeh skupnosti k sodelovanju v pobratenju.`,
    },
    governance: {
      heading: 'Organizacija pobratenja',
      body: `Pogodbenici spodbujata neposredne stike med svojimi ustanovami, društvi in prebivalci.

Ustanovi se skupna delovna skupina, v kateri ima vsaka pogodbenica po dva predstavnika. Skupina se sestane vsaj enkrat na leto, izmenično na območju vsake od pogodbenic, da oceni izvedene dejavnosti in se dogovori o programu za naslednje leto.

Vsaka pogodbenica imenuje kontaktno osebo, odgovorno za tekoče usklajevanje pobratenja.`,
    },
    finance: {
      heading: 'Finančne določbe',
      body: `Dejavnosti, ki se izvajajo na podlagi te listine, se financirajo v mejah proračunov, ki jih vsako leto sprejmeta sveta pogodbenic. Če za posamezno dejavnost ni dogovorjeno drugače, krije skupnost gostiteljica stroške programa na svojem območju, skupnost gostja pa potne stroške svoje delegacije.

Pogodbenici skupaj iščeta podporo evropskih, nacionalnih in regionalnih programov za svoje skupne projekte.`,
    },
    approval: {
      heading: 'Potrditev',
      body: `Ta listina je bila potrjena s sklepom {councilA} št. {resolutionNumberA} z dne {resolutionDateA} in s sklepom {councilB} št. {resolutionNumberB} z dne {resolutionDateB}.`,
    },
    duration: {
      heading: 'Začetek veljavnosti, trajanje in odpoved',
      body: `Ta listina začne veljati z dnem, ko jo podpišeta obe pogodbenici, in se sklene za nedoločen čas.

Vsaka pogodbenica jo lahko odpove s sklepom svojega sveta, o katerem pisno obvesti drugo pogodbenico. Odpoved začne učinkovati šest mesecev po obvestilu; dejavnosti, ki že potekajo, se dokončajo.`,
    },
    languages: {
      heading: 'Jeziki',
      body: `Ta listina je sestavljena v dveh izvirnikih, vsak v {languageA} in {languageB}, pri čemer sta obe besedili enako verodostojni. Vsaka pogodbenica prejme en izvirnik.`,
    },
  },
  defaultObjectives: [
    'razvijanje prijateljstva in medsebojnega razumevanja med prebivalci obeh skupnosti;',
    'razvijanje izmenjav med šolami, mladimi, društvi in lokalnimi ustanovami;',
    'izvajanje projektov skupnega interesa v evropskem duhu.',
  ],
  designations: {
    city: {
      party: 'Mestna občina {town}',
      of: 'Mestne občine {town}',
      council: 'Mestnega sveta Mestne občine {town}',
      represented: 'ki jo zastopa',
    },
    town: {
      party: 'Mesto {town}',
      of: 'Mesta {town}',
      council: 'Mestnega sveta Mesta {town}',
      represented: 'ki ga zastopa',
    },
    commune: {
      party: 'Občina {town}',
      of: 'Občine {town}',
      council: 'Občinskega sveta Občine {town}',
      represented: 'ki jo zastopa',
    },
    district: {
      party: 'Okrožje {town}',
      of: 'Okrožja {town}',
      council: 'Sveta Okrožja {town}',
      represented: 'ki ga zastopa',
    },
  },
  // "v romunščini in slovenščini": the locative of the language's name.
  languageForm: (name) => name.replace(/a$/, 'i'),
  dateForm: (text) => text.replace(/\p{L}+/u, (month) => GENITIVE[month] ?? month),
};
