import type { LibraryEntry } from './types';

export const da: LibraryEntry = {
  labels: {
    title: 'Venskabsbyaftale',
    article: 'Artikel {n}',
    page: 'Side {page} af {pages}',
    doneAt: 'Udfærdiget i {place} den {date}',
    forParty: 'For {town}',
    signature: 'Underskrift',
    seal: 'Segl',
    draft: 'UDKAST',
    draftOf: 'Udkast af {date}',
    version: 'Version {n} af {date}',
    signedOn: 'underskrevet den {dates}',
  },
  clauses: {
    parties: {
      heading: 'Parterne',
      body: `{PartyA} ({locationA}), {representedA} {signatoryA}, {officeA},

og

{partyB} ({locationB}), {representedB} {signatoryB}, {officeB},

herefter benævnt »parterne«,`,
    },
    preamble: {
      heading: 'Præambel',
      body: `I bevidstheden om, at venskab mellem folkene udspringer af mødet mellem borgere, og tro mod idealerne om fred, forsoning, demokrati og gensidig respekt, som det europæiske fællesskab af nationer bygger på,

i anerkendelse af de bånd, der allerede er knyttet mellem borgerne, foreningerne og institutionerne i {townA} og {townB},

i overbevisningen om, at venskabsbysamarbejde bidrager til gensidig forståelse, til et aktivt europæisk medborgerskab og til et borgernes Europa,

forpligter parterne sig højtideligt til at etablere et varigt venskabsbysamarbejde mellem deres samfund og aftaler følgende:`,
    },
    objectives: {
      heading: 'Mål',
      body: `Parterne forpligter sig til at opretholde varige bånd mellem deres samfund og til på alle områder at fremme udvekslingen mellem deres borgere i en ånd af venskab og solidaritet. Sammen forfølger de følgende fælles mål:

{objectives}`,
    },
    areas: {
      heading: 'Samarbejdsområder',
      body: `Samarbejdet omfatter navnlig følgende områder:

- kultur, kulturarv og kunst;
- uddannelse, skoler og indlæring af partnerens sprog;
- ungdomsudveksling og idræt;
- turisme og lokal erhvervsudvikling;
- lokal forvaltning og offentlig service;
- miljø og bæredygtig udvikling;
- sociale forhold, sundhed og samfundsliv.

Parterne opfordrer foreninger, skoler, virksomheder og borgere i begge samfund til at deltage i venskabsbysamarbejdet.`,
    },
    governance: {
      heading: 'Samarbejdets organisering',
      body: `Parterne fremmer direkte kontakter mellem deres institutioner, foreninger og borgere.

Der nedsættes en fælles arbejdsgruppe bestående af to repræsentanter for hver part. Arbejdsgruppen mødes mindst én gang om året, skiftevis i {townA} og i {townB}, for at evaluere de gennemførte aktiviteter og aftale programmet for det følgende år.

Hver part udpeger en kontaktperson med ansvar for den løbende koordinering af samarbejdet.`,
    },
    finance: {
      heading: 'Økonomiske bestemmelser',
      body: `Aktiviteter, der gennemføres i henhold til denne aftale, finansieres inden for rammerne af de budgetter, som parternes råd vedtager hvert år. Medmindre andet er aftalt for en bestemt aktivitet, afholder værtssamfundet udgifterne til programmet på sit område, og det besøgende samfund rejseudgifterne for sin delegation.

Parterne søger i fællesskab støtte fra europæiske, nationale og regionale programmer til deres fælles projekter.`,
    },
    approval: {
      heading: 'Godkendelse',
      body: `Denne aftale er godkendt af {councilA} ved beslutning nr. {resolutionNumberA} af {resolutionDateA} og af {councilB} ved beslutning nr. {resolutionNumberB} af {resolutionDateB}.`,
    },
    duration: {
      heading: 'Ikrafttræden, varighed og opsigelse',
      body: `Denne aftale træder i kraft på datoen for dens underskrift af begge parter og indgås for et ubestemt tidsrum.

Hver part kan opsige aftalen ved beslutning i sit råd, som meddeles skriftligt til den anden part. Opsigelsen får virkning seks måneder efter meddelelsen; igangværende aktiviteter gennemføres.`,
    },
    languages: {
      heading: 'Sprog',
      body: `Denne aftale er udfærdiget i to originaleksemplarer, hver på {languageA} og {languageB}, idet begge tekster har samme gyldighed. Hver part beholder ét originaleksemplar.`,
    },
  },
  defaultObjectives: [
    'at fremme venskab og gensidig forståelse mellem borgerne i de to samfund;',
    'at udvikle udvekslingen mellem skoler, unge, foreninger og lokale institutioner;',
    'at gennemføre projekter af fælles interesse i en europæisk ånd.',
  ],
  designations: {
    city: {
      party: 'byen {town}',
      of: 'byen {town}',
      council: 'byrådet i {town}',
      represented: 'repræsenteret ved',
    },
    town: {
      party: 'byen {town}',
      of: 'byen {town}',
      council: 'byrådet i {town}',
      represented: 'repræsenteret ved',
    },
    commune: {
      party: 'kommunen {town}',
      of: 'kommunen {town}',
      council: 'kommunalbestyrelsen i {town}',
      represented: 'repræsenteret ved',
    },
    district: {
      party: 'distriktet {town}',
      of: 'distriktet {town}',
      council: 'distriktsrådet i {town}',
      represented: 'repræsenteret ved',
    },
  },
};
