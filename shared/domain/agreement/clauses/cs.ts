import type { LibraryEntry } from './types';

// Czech names of foreign towns stay in the nominative after a designation ("Zastupitelstva
// města Sibiu"); the approval clause takes the council in the genitive.
export const cs: LibraryEntry = {
  labels: {
    title: 'Partnerská smlouva',
    article: 'Článek {n}',
    page: 'Strana {page} z {pages}',
    doneAt: '{place}, dne {date}',
    forParty: 'Za: {town}',
    signature: 'Podpis',
    seal: 'Razítko',
    draft: 'NÁVRH',
    draftOf: 'Návrh ze dne {date}',
    version: 'Verze {n} ze dne {date}',
    signedOn: 'podepsáno dne {dates}',
  },
  clauses: {
    parties: {
      heading: 'Smluvní strany',
      body: `{PartyA} ({locationA}), {representedA} {signatoryA}, {officeA},

a

{PartyB} ({locationB}), {representedB} {signatoryB}, {officeB},

dále jen „smluvní strany“,`,
    },
    preamble: {
      heading: 'Preambule',
      body: `Vědomy si toho, že přátelství mezi národy začíná setkáváním občanů, a věrny ideálům míru, usmíření, demokracie a vzájemné úcty, na nichž spočívá evropské společenství národů,

uznávajíce vazby, které již vznikly mezi občany, spolky a institucemi {ofPartyA} a {ofPartyB},

přesvědčeny, že partnerství měst přispívá ke vzájemnému porozumění, k aktivnímu evropskému občanství a k Evropě občanů,

se smluvní strany slavnostně zavazují navázat trvalé partnerství mezi svými obcemi a dohodly se takto:`,
    },
    objectives: {
      heading: 'Cíle',
      body: `Smluvní strany se zavazují udržovat trvalé vazby mezi svými obcemi a podporovat výměny mezi svými občany ve všech oblastech v duchu přátelství a solidarity. Společně sledují tyto cíle:

{objectives}`,
    },
    areas: {
      heading: 'Oblasti spolupráce',
      body: `Spolupráce se týká zejména těchto oblastí:

- kultura, kulturní dědictví a umění;
- vzdělávání, školy a výuka jazyka partnera;
- výměny mládeže a sport;
- cestovní ruch a místní hospodářský rozvoj;
- místní správa a veřejné služby;
- životní prostředí a udržitelný rozvoj;
- sociální věci, zdraví a občanský život.

Smluvní strany podporují účast spolků, škol, podniků a občanů obou obcí na partnerství.`,
    },
    governance: {
      heading: 'Organizace partnerství',
      body: `Smluvní strany podporují přímé kontakty mezi svými institucemi, spolky a občany.

Zřizuje se společná pracovní skupina složená ze dvou zástupců každé smluvní strany. Skupina se schází nejméně jednou ročně, střídavě na území každé ze smluvních stran, aby zhodnotila uskutečněné činnosti a dohodla program na následující rok.

Každá smluvní strana určí kontaktní osobu odpovědnou za průběžnou koordinaci partnerství.`,
    },
    finance: {
      heading: 'Finanční ustanovení',
      body: `Činnosti uskutečňované podle této smlouvy se financují v mezích rozpočtů, které každoročně schvalují zastupitelstva smluvních stran. Není-li pro určitou činnost dohodnuto jinak, hradí hostitelská obec náklady programu na svém území a hostující obec cestovní náklady své delegace.

Smluvní strany společně usilují o podporu evropských, národních a regionálních programů pro své společné projekty.`,
    },
    approval: {
      heading: 'Schválení',
      body: `Tato smlouva byla schválena usnesením {councilA} č. {resolutionNumberA} ze dne {resolutionDateA} a usnesením {councilB} č. {resolutionNumberB} ze dne {resolutionDateB}.`,
    },
    duration: {
      heading: 'Účinnost, doba trvání a ukončení',
      body: `Tato smlouva nabývá účinnosti dnem jejího podpisu oběma smluvními stranami a uzavírá se na dobu neurčitou.

Každá smluvní strana ji může vypovědět usnesením svého zastupitelstva, písemně oznámeným druhé smluvní straně. Výpověď nabývá účinnosti šest měsíců po jejím oznámení; probíhající činnosti budou dokončeny.`,
    },
    languages: {
      heading: 'Jazyky',
      body: `Tato smlouva je vyhotovena ve dvou původních vyhotoveních, každé v {languageA} a v {languageB}, přičemž obě znění jsou stejně závazná. Každá smluvní strana obdrží jedno původní vyhotovení.`,
    },
  },
  defaultObjectives: [
    'rozvíjet přátelství a vzájemné porozumění mezi občany obou obcí;',
    'rozvíjet výměny mezi školami, mládeží, spolky a místními institucemi;',
    'uskutečňovat projekty společného zájmu v evropském duchu.',
  ],
  designations: {
    city: {
      party: 'statutární město {town}',
      of: 'statutárního města {town}',
      council: 'Zastupitelstva statutárního města {town}',
      represented: 'zastoupené:',
    },
    town: {
      party: 'město {town}',
      of: 'města {town}',
      council: 'Zastupitelstva města {town}',
      represented: 'zastoupené:',
    },
    commune: {
      party: 'obec {town}',
      of: 'obce {town}',
      council: 'Zastupitelstva obce {town}',
      represented: 'zastoupená:',
    },
    district: {
      party: 'okres {town}',
      of: 'okresu {town}',
      council: 'Rady okresu {town}',
      represented: 'zastoupený:',
    },
  },
  // "v rumunštině a v češtině": the locative of the language's name.
  languageForm: (name) => name.replace(/ina$/, 'ině'),
};
