import type { LibraryEntry } from './types';

// Polish names of foreign towns stay in the nominative after a designation ("Rady Miasta
// Sibiu"), so the clauses put a designation before every name that a case would change.
export const pl: LibraryEntry = {
  labels: {
    title: 'Umowa o partnerstwie miast',
    article: 'Artykuł {n}',
    page: 'Strona {page} z {pages}',
    doneAt: '{place}, dnia {date}',
    forParty: 'W imieniu: {town}',
    signature: 'Podpis',
    seal: 'Pieczęć',
    draft: 'PROJEKT',
    draftOf: 'Projekt z dnia {date}',
    version: 'Wersja {n} z dnia {date}',
    signedOn: 'podpisana dnia {dates}',
  },
  clauses: {
    parties: {
      heading: 'Strony',
      body: `{PartyA} ({locationA}), {representedA} {signatoryA}, {officeA},

oraz

{PartyB} ({locationB}), {representedB} {signatoryB}, {officeB},

zwane dalej „Stronami”,`,
    },
    preamble: {
      heading: 'Preambuła',
      body: `Świadome, że przyjaźń między narodami rodzi się ze spotkań obywateli, i wierne ideałom pokoju, pojednania, demokracji i wzajemnego szacunku, na których opiera się europejska wspólnota narodów,

uznając więzi nawiązane już między mieszkańcami, stowarzyszeniami i instytucjami {ofPartyA} i {ofPartyB},

przekonane, że partnerstwo miast przyczynia się do wzajemnego zrozumienia, do aktywnego obywatelstwa europejskiego i do budowy Europy obywateli,

Strony uroczyście zobowiązują się ustanowić trwałe partnerstwo między swoimi społecznościami i postanawiają, co następuje:`,
    },
    objectives: {
      heading: 'Cele',
      body: `Strony zobowiązują się utrzymywać trwałe więzi między swoimi społecznościami oraz wspierać wymianę między ich mieszkańcami we wszystkich dziedzinach, w duchu przyjaźni i solidarności. Wspólnie dążą do następujących celów:

{objectives}`,
    },
    areas: {
      heading: 'Dziedziny współpracy',
      body: `Współpraca obejmuje w szczególności następujące dziedziny:

- kulturę, dziedzictwo i sztukę;
- edukację, szkoły oraz naukę języka partnera;
- wymianę młodzieży i sport;
- turystykę i lokalny rozwój gospodarczy;
- administrację lokalną i usługi publiczne;
- ochronę środowiska i zrównoważony rozwój;
- sprawy społeczne, zdrowie i życie obywatelskie.

Strony zachęcają stowarzyszenia, szkoły, przedsiębiorstwa i mieszkańców obu społeczności do udziału w partnerstwie.`,
    },
    governance: {
      heading: 'Organizacja partnerstwa',
      body: `Strony wspierają bezpośrednie kontakty między swoimi instytucjami, stowarzyszeniami i mieszkańcami.

Strony powołują wspólną grupę roboczą, w skład której wchodzi po dwóch przedstawicieli każdej ze Stron. Grupa zbiera się co najmniej raz w roku, na przemian na terytorium każdej ze Stron, w celu oceny zrealizowanych działań i uzgodnienia programu na kolejny rok.

Każda ze Stron wyznacza osobę do kontaktu odpowiedzialną za bieżącą koordynację partnerstwa.`,
    },
    finance: {
      heading: 'Postanowienia finansowe',
      body: `Działania realizowane na podstawie niniejszej umowy są finansowane w granicach budżetów uchwalanych corocznie przez rady Stron. O ile dla danego działania nie uzgodniono inaczej, strona przyjmująca pokrywa koszty programu realizowanego na swoim terytorium, a strona odwiedzająca pokrywa koszty podróży swojej delegacji.

Strony wspólnie ubiegają się o wsparcie z programów europejskich, krajowych i regionalnych dla swoich wspólnych projektów.`,
    },
    approval: {
      heading: 'Zatwierdzenie',
      body: `Niniejsza umowa została zatwierdzona uchwałą {councilA} nr {resolutionNumberA} z dnia {resolutionDateA} oraz uchwałą {councilB} nr {resolutionNumberB} z dnia {resolutionDateB}.`,
    },
    duration: {
      heading: 'Wejście w życie, okres obowiązywania i wypowiedzenie',
      body: `Niniejsza umowa wchodzi w życie z dniem jej podpisania przez obie Strony i zostaje zawarta na czas nieokreślony.

Każda ze Stron może ją wypowiedzieć na podstawie uchwały swojej rady, notyfikowanej drugiej Stronie na piśmie. Wypowiedzenie staje się skuteczne po upływie sześciu miesięcy od notyfikacji; działania będące w toku zostaną doprowadzone do końca.`,
    },
    languages: {
      heading: 'Języki',
      body: `Niniejszą umowę sporządzono w dwóch jednobrzmiących egzemplarzach oryginalnych, każdy w językach {languageA} i {languageB}, przy czym oba teksty są jednakowo autentyczne. Każda ze Stron otrzymuje jeden egzemplarz oryginalny.`,
    },
  },
  defaultObjectives: [
    'rozwijanie przyjaźni i wzajemnego zrozumienia między mieszkańcami obu społeczności;',
    'rozwijanie wymiany między szkołami, młodzieżą, stowarzyszeniami i instytucjami lokalnymi;',
    'realizacja projektów będących przedmiotem wspólnego zainteresowania, w duchu europejskim.',
  ],
  designations: {
    city: {
      party: 'Miasto {town}',
      of: 'Miasta {town}',
      council: 'Rady Miasta {town}',
      represented: 'reprezentowane przez:',
    },
    town: {
      party: 'Miasto {town}',
      of: 'Miasta {town}',
      council: 'Rady Miasta {town}',
      represented: 'reprezentowane przez:',
    },
    commune: {
      party: 'Gmina {town}',
      of: 'Gminy {town}',
      council: 'Rady Gminy {town}',
      represented: 'reprezentowana przez:',
    },
    district: {
      party: 'Powiat {town}',
      of: 'Powiatu {town}',
      council: 'Rady Powiatu {town}',
      represented: 'reprezentowany przez:',
    },
  },
  // "rumuński" → "rumuńskim", "polski" → "polskim": the locative plural the clause needs.
  languageForm: (name) => name.replace(/i$/, 'im').replace(/y$/, 'ym'),
  dateForm: (text) => `${text} r.`,
};
