import type { LibraryEntry } from './types';

// Norwegian Bokmål, as Norwegian municipalities write their agreements.
export const no: LibraryEntry = {
  labels: {
    title: 'Vennskapsavtale',
    article: 'Artikkel {n}',
    page: 'Side {page} av {pages}',
    doneAt: 'Utferdiget i {place} den {date}',
    forParty: 'For {town}',
    signature: 'Underskrift',
    seal: 'Segl',
    draft: 'UTKAST',
    draftOf: 'Utkast av {date}',
    version: 'Versjon {n} av {date}',
    signedOn: 'undertegnet den {dates}',
  },
  clauses: {
    parties: {
      heading: 'Partene',
      body: `{PartyA} ({locationA}), {representedA} {signatoryA}, {officeA},

og

{partyB} ({locationB}), {representedB} {signatoryB}, {officeB},

heretter kalt «partene»,`,
    },
    preamble: {
      heading: 'Innledning',
      body: `I bevissthet om at vennskap mellom folk springer ut av møtet mellom innbyggere, og tro mot idealene om fred, forsoning, demokrati og gjensidig respekt som det europeiske fellesskapet av nasjoner bygger på,

i erkjennelse av de båndene som allerede er knyttet mellom innbyggerne, foreningene og institusjonene i {townA} og {townB},

i overbevisning om at vennskapssamarbeid mellom byer bidrar til gjensidig forståelse, til et aktivt europeisk medborgerskap og til et innbyggernes Europa,

forplikter partene seg høytidelig til å etablere et varig vennskapssamarbeid mellom sine lokalsamfunn og avtaler følgende:`,
    },
    objectives: {
      heading: 'Mål',
      body: `Partene forplikter seg til å opprettholde varige bånd mellom sine lokalsamfunn og til på alle områder å fremme utvekslingen mellom sine innbyggere i en ånd av vennskap og solidaritet. Sammen arbeider de for følgende felles mål:

{objectives}`,
    },
    areas: {
      heading: 'Samarbeidsområder',
      body: `Samarbeidet omfatter særlig følgende områder:

- kultur, kulturarv og kunst;
- utdanning, skoler og læring av partnerens språk;
- ungdomsutveksling og idrett;
- turisme og lokal næringsutvikling;
- lokal forvaltning og offentlige tjenester;
- miljø og bærekraftig utvikling;
- sosiale forhold, helse og samfunnsliv.

Partene oppfordrer foreninger, skoler, bedrifter og innbyggere i begge lokalsamfunn til å delta i vennskapssamarbeidet.`,
    },
    governance: {
      heading: 'Organisering av samarbeidet',
      body: `Partene fremmer direkte kontakt mellom sine institusjoner, foreninger og innbyggere.

Det opprettes en felles arbeidsgruppe med to representanter fra hver part. Arbeidsgruppen møtes minst én gang i året, vekselvis i {townA} og i {townB}, for å vurdere gjennomførte aktiviteter og avtale programmet for det påfølgende året.

Hver part utpeker en kontaktperson med ansvar for den løpende koordineringen av samarbeidet.`,
    },
    finance: {
      heading: 'Økonomiske bestemmelser',
      body: `Aktiviteter som gjennomføres etter denne avtalen, finansieres innenfor rammene av budsjettene som partenes kommunestyrer vedtar hvert år. Med mindre annet er avtalt for en bestemt aktivitet, dekker vertskommunen utgiftene til programmet på sitt område, og den besøkende kommunen reiseutgiftene for sin delegasjon.

Partene søker i fellesskap støtte fra europeiske, nasjonale og regionale programmer til sine felles prosjekter.`,
    },
    approval: {
      heading: 'Godkjenning',
      body: `Denne avtalen er godkjent av {councilA} ved vedtak nr. {resolutionNumberA} av {resolutionDateA} og av {councilB} ved vedtak nr. {resolutionNumberB} av {resolutionDateB}.`,
    },
    duration: {
      heading: 'Ikrafttredelse, varighet og oppsigelse',
      body: `Denne avtalen trer i kraft den dagen den er undertegnet av begge parter, og gjelder på ubestemt tid.

Hver part kan si opp avtalen ved vedtak i sitt kommunestyre, som meddeles skriftlig til den andre parten. Oppsigelsen får virkning seks måneder etter meddelelsen; pågående aktiviteter fullføres.`,
    },
    languages: {
      heading: 'Språk',
      body: `Denne avtalen er utferdiget i to originaleksemplarer, hvert på {languageA} og {languageB}, og begge tekster har samme gyldighet. Hver part beholder ett originaleksemplar.`,
    },
  },
  defaultObjectives: [
    'å fremme vennskap og gjensidig forståelse mellom innbyggerne i de to lokalsamfunnene;',
    'å utvikle utvekslingen mellom skoler, ungdom, foreninger og lokale institusjoner;',
    'å gjennomføre prosjekter av felles interesse i en europeisk ånd.',
  ],
  designations: {
    city: {
      party: 'byen {town}',
      of: 'byen {town}',
      council: 'bystyret i {town}',
      represented: 'representert ved',
    },
    town: {
      party: 'byen {town}',
      of: 'byen {town}',
      council: 'bystyret i {town}',
      represented: 'representert ved',
    },
    commune: {
      party: 'kommunen {town}',
      of: 'kommunen {town}',
      council: 'kommunestyret i {town}',
      represented: 'representert ved',
    },
    district: {
      party: 'distriktet {town}',
      of: 'distriktet {town}',
      council: 'distriktsrådet i {town}',
      represented: 'representert ved',
    },
  },
};
