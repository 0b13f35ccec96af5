import type { LibraryEntry } from './types';

// Lithuanian puts a town's name in the genitive before "miestas" ("Vilniaus miestas"),
// which a foreign name cannot be given by rule. The clauses put the designation first and
// the name after it in the nominative ("miestas Sibiu", "miesto Sibiu tarybos"), captions
// after a colon; dates end in "d.", which reads right in any case.
export const lt: LibraryEntry = {
  labels: {
    title: 'Miestų partnerystės sutartis',
    article: '{n} straipsnis',
    page: '{page} psl. iš {pages}',
    doneAt: 'Vieta ir data: {place}, {date}',
    forParty: 'Šalies vardu: {town}',
    signature: 'Parašas',
    seal: 'Antspaudas',
    draft: 'PROJEKTAS',
    draftOf: 'Projektas, {date}',
    version: '{n} versija ({date})',
    signedOn: 'pasirašyta {dates}',
  },
  clauses: {
    parties: {
      heading: 'Šalys',
      body: `{PartyA} ({locationA}), {representedA} {signatoryA}, {officeA},

ir

{PartyB} ({locationB}), {representedB} {signatoryB}, {officeB},

toliau – Šalys,`,
    },
    preamble: {
      heading: 'Preambulė',
      body: `Suvokdamos, kad tautų draugystė gimsta piliečiams susitinkant, ir ištikimos taikos, susitaikymo, demokratijos ir abipusės pagarbos idealams, kuriais grindžiama Europos tautų bendrija,

pripažindamos ryšius, jau užmegztus tarp {ofPartyA} ir {ofPartyB} gyventojų, asociacijų ir institucijų,

įsitikinusios, kad miestų partnerystė prisideda prie abipusio supratimo, aktyvaus Europos pilietiškumo ir piliečių Europos kūrimo,

Šalys iškilmingai įsipareigoja užmegzti ilgalaikę partnerystę tarp savo bendruomenių ir susitaria:`,
    },
    objectives: {
      heading: 'Tikslai',
      body: `Šalys įsipareigoja palaikyti ilgalaikius ryšius tarp savo bendruomenių ir draugystės bei solidarumo dvasia skatinti savo gyventojų mainus visose srityse. Kartu jos siekia šių tikslų:

{objectives}`,
    },
    areas: {
      heading: 'Bendradarbiavimo sritys',
      body: `Bendradarbiavimas visų pirma apima šias sritis:

- kultūra, kultūros paveldas ir menas;
- švietimas, mokyklos ir partnerio kalbos mokymasis;
- jaunimo mainai ir sportas;
- turizmas ir vietos ekonominė plėtra;
- vietos valdžia ir viešosios paslaugos;
- aplinka ir darnusis vystymasis;
- socialiniai reikalai, sveikata ir pilietinė visuomenė.

Šalys skatina abiejų bendruomenių asociacijas, mokyklas, įmones ir gyventojus dalyvauti partnerystėje.`,
    },
    governance: {
      heading: 'Partnerystės organizavimas',
      body: `Šalys skatina tiesioginius ryšius tarp savo institucijų, asociacijų ir gyventojų.

Šalys sudaro bendrą darbo grupę, į kurią kiekviena Šalis skiria po du atstovus. Darbo grupė renkasi bent kartą per metus paeiliui kiekvienos Šalies teritorijoje įvertinti įgyvendintą veiklą ir susitarti dėl kitų metų programos.

Kiekviena Šalis paskiria kontaktinį asmenį, atsakingą už nuolatinį partnerystės koordinavimą.`,
    },
    finance: {
      heading: 'Finansinės nuostatos',
      body: `Pagal šią sutartį vykdoma veikla finansuojama neviršijant biudžetų, kuriuos kasmet tvirtina Šalių tarybos. Jei dėl konkrečios veiklos nesusitarta kitaip, priimančioji bendruomenė apmoka savo teritorijoje vykdomos programos išlaidas, o atvykstanti bendruomenė – savo delegacijos kelionės išlaidas.

Šalys kartu siekia paramos savo bendriems projektams iš Europos, nacionalinių ir regioninių programų.`,
    },
    approval: {
      heading: 'Patvirtinimas',
      body: `Ši sutartis patvirtinta {councilA} {resolutionDateA} sprendimu Nr. {resolutionNumberA} ir {councilB} {resolutionDateB} sprendimu Nr. {resolutionNumberB}.`,
    },
    duration: {
      heading: 'Įsigaliojimas, galiojimas ir nutraukimas',
      body: `Ši sutartis įsigalioja tą dieną, kai ją pasirašo abi Šalys, ir sudaroma neterminuotam laikui.

Kiekviena Šalis gali nutraukti sutartį savo tarybos sprendimu, apie kurį raštu praneša kitai Šaliai. Nutraukimas įsigalioja praėjus šešiems mėnesiams nuo pranešimo; vykdoma veikla užbaigiama.`,
    },
    languages: {
      heading: 'Kalbos',
      body: `Ši sutartis sudaryta dviem originaliais egzemplioriais, kiekvienas {languageA} ir {languageB} kalbomis; abu tekstai turi vienodą teisinę galią. Kiekviena Šalis gauna po vieną originalų egzempliorių.`,
    },
  },
  defaultObjectives: [
    'abiejų bendruomenių gyventojų draugystės ir abipusio supratimo stiprinimas;',
    'mokyklų, jaunimo, asociacijų ir vietos institucijų mainų plėtojimas;',
    'bendro intereso projektų įgyvendinimas europine dvasia.',
  ],
  designations: {
    city: {
      party: 'miestas {town}',
      of: 'miesto {town}',
      council: 'miesto {town} tarybos',
      represented: 'kuriam atstovauja',
    },
    town: {
      party: 'miestas {town}',
      of: 'miesto {town}',
      council: 'miesto {town} tarybos',
      represented: 'kuriam atstovauja',
    },
    commune: {
      party: 'savivaldybė {town}',
      of: 'savivaldybės {town}',
      council: 'savivaldybės {town} tarybos',
      represented: 'kuriai atstovauja',
    },
    district: {
      party: 'rajono savivaldybė {town}',
      of: 'rajono savivaldybės {town}',
      council: 'rajono savivaldybės {town} tarybos',
      represented: 'kuriai atstovauja',
    },
  },
};
