import type { LibraryEntry } from './types';

// Croatian keeps a foreign town's name in the nominative after a designation ("Gradskog
// vijeća Grada Sibiu"); dates end with a full stop, as Croatian writes them.
export const hr: LibraryEntry = {
  labels: {
    title: 'Povelja o bratimljenju',
    article: 'Članak {n}.',
    page: 'Stranica {page} od {pages}',
    doneAt: '{place}, {date}',
    forParty: 'Za: {town}',
    signature: 'Potpis',
    seal: 'Pečat',
    draft: 'NACRT',
    draftOf: 'Nacrt od {date}',
    version: 'Verzija {n} od {date}',
    signedOn: 'potpisano {dates}',
  },
  clauses: {
    parties: {
      heading: 'Strane',
      body: `{PartyA} ({locationA}), {representedA} {signatoryA}, {officeA},

i

{PartyB} ({locationB}), {representedB} {signatoryB}, {officeB},

u daljnjem tekstu: „Strane”,`,
    },
    preamble: {
      heading: 'Preambula',
      body: `Svjesne da prijateljstvo među narodima započinje susretom građana te vjerne idealima mira, pomirenja, demokracije i uzajamnog poštovanja na kojima počiva europska zajednica naroda,

uvažavajući veze koje su već uspostavljene među građanima, udrugama i ustanovama {ofPartyA} i {ofPartyB},

uvjerene da bratimljenje gradova pridonosi uzajamnom razumijevanju, aktivnom europskom građanstvu i Europi građana,

Strane se svečano obvezuju uspostaviti trajnu vezu bratimljenja između svojih zajednica te su se sporazumjele kako slijedi:`,
    },
    objectives: {
      heading: 'Ciljevi',
      body: `Strane se obvezuju održavati trajne veze između svojih zajednica i poticati razmjene među svojim građanima u svim područjima, u duhu prijateljstva i solidarnosti. Zajednički teže sljedećim ciljevima:

{objectives}`,
    },
    areas: {
      heading: 'Područja suradnje',
      body: `Suradnja obuhvaća osobito sljedeća područja:

- kulturu, baštinu i umjetnost;
- obrazovanje, škole i učenje jezika partnera;
- razmjene mladih i sport;
- turizam i lokalni gospodarski razvoj;
- lokalnu upravu i javne usluge;
- okoliš i održivi razvoj;
- socijalna pitanja, zdravstvo i građanski život.

Strane potiču udruge, škole, poduzeća i građane obiju zajednica da sudjeluju u bratimljenju.`,
    },
    governance: {
      heading: 'Organizacija bratimljenja',
      body: `Strane promiču izravne kontakte između svojih ustanova, udruga i građana.

Osniva se zajednička radna skupina koju čine po dva predstavnika svake Strane. Skupina se sastaje najmanje jednom godišnje, naizmjence na području svake Strane, radi ocjene provedenih aktivnosti i dogovora o programu za sljedeću godinu.

Svaka Strana imenuje osobu za kontakt odgovornu za tekuću koordinaciju bratimljenja.`,
    },
    finance: {
      heading: 'Financijske odredbe',
      body: `Aktivnosti koje se provode na temelju ove povelje financiraju se u granicama proračuna koje predstavnička tijela Strana donose svake godine. Ako za pojedinu aktivnost nije drukčije dogovoreno, zajednica domaćin snosi troškove programa na svojem području, a zajednica u posjetu putne troškove svojeg izaslanstva.

Strane zajednički traže potporu europskih, nacionalnih i regionalnih programa za svoje zajedničke projekte.`,
    },
    approval: {
      heading: 'Odobrenje',
      body: `Ova je povelja odobrena odlukom {councilA} broj {resolutionNumberA} od {resolutionDateA} i odlukom {councilB} broj {resolutionNumberB} od {resolutionDateB}.`,
    },
    duration: {
      heading: 'Stupanje na snagu, trajanje i otkaz',
      body: `Ova povelja stupa na snagu danom potpisivanja od strane obiju Strana i sklapa se na neodređeno vrijeme.

Svaka je Strana može otkazati odlukom svojeg predstavničkog tijela, o kojoj pisanim putem obavješćuje drugu Stranu. Otkaz proizvodi učinak šest mjeseci nakon obavijesti; aktivnosti koje su u tijeku privode se kraju.`,
    },
    languages: {
      heading: 'Jezici',
      body: `Ova je povelja sastavljena u dva izvornika, svaki na {languageA} i {languageB} jeziku, pri čemu su oba teksta jednako vjerodostojna. Svaka Strana zadržava jedan izvornik.`,
    },
  },
  defaultObjectives: [
    'razvijanje prijateljstva i uzajamnog razumijevanja među građanima obiju zajednica;',
    'razvijanje razmjena između škola, mladih, udruga i lokalnih ustanova;',
    'provedba projekata od zajedničkog interesa u europskom duhu.',
  ],
  designations: {
    city: {
      party: 'Grad {town}',
      of: 'Grada {town}',
      council: 'Gradskog vijeća Grada {town}',
      represented: 'kojeg zastupa',
    },
    town: {
      party: 'Grad {town}',
      of: 'Grada {town}',
      council: 'Gradskog vijeća Grada {town}',
      represented: 'kojeg zastupa',
    },
    commune: {
      party: 'Općina {town}',
      of: 'Općine {town}',
      council: 'Općinskog vijeća Općine {town}',
      represented: 'koju zastupa',
    },
    district: {
      party: 'Okrug {town}',
      of: 'Okruga {town}',
      council: 'Skupštine Okruga {town}',
      represented: 'kojeg zastupa',
    },
  },
  // "na rumunjskom i hrvatskom jeziku": the locative of the adjective.
  languageForm: (name) => name.replace(/i$/, 'om'),
};
