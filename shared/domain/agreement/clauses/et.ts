import type { LibraryEntry } from './types';

// Estonian puts a town's name in the genitive before "linn" ("Tallinna linn"), which a
// foreign name cannot be given by rule. The clauses put the designation first and the name
// after it in the nominative ("linn Sibiu", "linna Sibiu volikogu"), captions after a colon,
// and dates in parentheses, where the nominative "9. mai 2025" reads right.
export const et: LibraryEntry = {
  labels: {
    title: 'Sõpruslinnade leping',
    article: 'Artikkel {n}',
    page: 'Lehekülg {page}/{pages}',
    doneAt: 'Koht ja kuupäev: {place}, {date}',
    forParty: 'Lepinguosalise nimel: {town}',
    signature: 'Allkiri',
    seal: 'Pitser',
    draft: 'KAVAND',
    draftOf: 'Kavand ({date})',
    version: 'Versioon {n} ({date})',
    signedOn: 'allkirjastamise kuupäev: {dates}',
  },
  clauses: {
    parties: {
      heading: 'Lepinguosalised',
      body: `{PartyA} ({locationA}), {representedA} {signatoryA}, {officeA},

ja

{PartyB} ({locationB}), {representedB} {signatoryB}, {officeB},

edaspidi „pooled“,`,
    },
    preamble: {
      heading: 'Preambul',
      body: `Teadvustades, et rahvastevaheline sõprus sünnib kodanike kohtumistest, ning jäädes truuks rahu, lepituse, demokraatia ja vastastikuse austuse ideaalidele, millele tugineb Euroopa rahvaste ühendus,

tunnustades sidemeid, mis on juba loodud {ofPartyA} ja {ofPartyB} elanike, ühenduste ja asutuste vahel,

olles veendunud, et sõpruslinnade koostöö aitab kaasa vastastikusele mõistmisele, aktiivsele Euroopa kodakondsusele ja kodanike Euroopa ülesehitamisele,

kohustuvad pooled pidulikult looma oma kogukondade vahel püsiva sõprussuhte ning lepivad kokku järgmises:`,
    },
    objectives: {
      heading: 'Eesmärgid',
      body: `Pooled kohustuvad hoidma oma kogukondade vahel püsivaid sidemeid ning edendama sõpruse ja solidaarsuse vaimus oma elanike vahelist vahetust kõigis valdkondades. Ühiselt taotlevad nad järgmisi eesmärke:

{objectives}`,
    },
    areas: {
      heading: 'Koostöövaldkonnad',
      body: `Koostöö hõlmab eelkõige järgmisi valdkondi:

- kultuur, kultuuripärand ja kunst;
- haridus, koolid ja partneri keele õppimine;
- noortevahetus ja sport;
- turism ja kohalik majandusareng;
- kohalik haldus ja avalikud teenused;
- keskkond ja säästev areng;
- sotsiaalvaldkond, tervishoid ja kodanikuühiskond.

Pooled julgustavad mõlema kogukonna ühendusi, koole, ettevõtteid ja elanikke sõprussuhtes osalema.`,
    },
    governance: {
      heading: 'Sõprussuhte korraldus',
      body: `Pooled edendavad otsekontakte oma asutuste, ühenduste ja elanike vahel.

Pooled moodustavad ühise töörühma, kuhu kumbki pool nimetab kaks esindajat. Töörühm koguneb vähemalt kord aastas vaheldumisi kummagi poole territooriumil, et hinnata tehtud tegevusi ja leppida kokku järgmise aasta programmis.

Kumbki pool määrab kontaktisiku, kes vastutab sõprussuhte jooksva koordineerimise eest.`,
    },
    finance: {
      heading: 'Finantssätted',
      body: `Käesoleva lepingu alusel toimuvaid tegevusi rahastatakse eelarvete piires, mille poolte volikogud igal aastal vastu võtavad. Kui konkreetse tegevuse puhul ei ole kokku lepitud teisiti, kannab vastuvõttev kogukond oma territooriumil toimuva programmi kulud ja külastav kogukond oma delegatsiooni sõidukulud.

Pooled taotlevad oma ühisprojektidele ühiselt toetust Euroopa, riiklikest ja piirkondlikest programmidest.`,
    },
    approval: {
      heading: 'Heakskiitmine',
      body: `Käesoleva lepingu on heaks kiitnud {councilA} otsusega nr {resolutionNumberA} ({resolutionDateA}) ja {councilB} otsusega nr {resolutionNumberB} ({resolutionDateB}).`,
    },
    duration: {
      heading: 'Jõustumine, kehtivus ja lõpetamine',
      body: `Käesolev leping jõustub päeval, mil mõlemad pooled on selle allkirjastanud, ning see sõlmitakse tähtajatult.

Kumbki pool võib lepingu lõpetada oma volikogu otsusega, millest teavitatakse teist poolt kirjalikult. Lõpetamine jõustub kuus kuud pärast teavitamist; pooleliolevad tegevused viiakse lõpule.`,
    },
    languages: {
      heading: 'Keeled',
      body: `Käesolev leping on koostatud kahes originaaleksemplaris, kumbki {languageA} ja {languageB} keeles, kusjuures mõlemad tekstid on võrdselt autentsed. Kumbki pool saab ühe originaaleksemplari.`,
    },
  },
  defaultObjectives: [
    'sõpruse ja vastastikuse mõistmise süvendamine mõlema kogukonna elanike vahel;',
    'koolide, noorte, ühenduste ja kohalike asutuste vahelise vahetuse arendamine;',
    'ühist huvi pakkuvate projektide elluviimine Euroopa vaimus.',
  ],
  designations: {
    city: {
      party: 'linn {town}',
      of: 'linna {town}',
      council: 'linna {town} volikogu',
      represented: 'keda esindab',
    },
    town: {
      party: 'linn {town}',
      of: 'linna {town}',
      council: 'linna {town} volikogu',
      represented: 'keda esindab',
    },
    commune: {
      party: 'vald {town}',
      of: 'valla {town}',
      council: 'valla {town} volikogu',
      represented: 'keda esindab',
    },
    district: {
      party: 'maakond {town}',
      of: 'maakonna {town}',
      council: 'maakonna {town} volikogu',
      represented: 'keda esindab',
    },
  },
};
