import type { LibraryEntry } from './types';

export const sv: LibraryEntry = {
  labels: {
    title: 'Vänortsavtal',
    article: 'Artikel {n}',
    page: 'Sida {page} av {pages}',
    doneAt: 'Upprättat i {place} den {date}.',
    forParty: 'För {town}',
    signature: 'Underskrift',
    seal: 'Sigill',
    draft: 'UTKAST',
    draftOf: 'Utkast den {date}',
    version: 'Version {n} den {date}',
    signedOn: 'undertecknat den {dates}',
  },
  clauses: {
    parties: {
      heading: 'Parterna',
      body: `{PartyA} ({locationA}), {representedA} {signatoryA}, {officeA},

och

{partyB} ({locationB}), {representedB} {signatoryB}, {officeB},

nedan kallade ”parterna”,`,
    },
    preamble: {
      heading: 'Ingress',
      body: `Medvetna om att vänskapen mellan folken föds ur mötet mellan medborgare, och trogna idealen om fred, försoning, demokrati och ömsesidig respekt, som den europeiska gemenskapen av nationer vilar på,

med erkännande av de band som redan knutits mellan invånarna, föreningarna och institutionerna i {townA} och {townB},

övertygade om att vänortssamarbete bidrar till ömsesidig förståelse, till ett aktivt europeiskt medborgarskap och till ett medborgarnas Europa,

förbinder sig parterna högtidligt att upprätta en varaktig vänortsförbindelse mellan sina samhällen och kommer överens om följande:`,
    },
    objectives: {
      heading: 'Mål',
      body: `Parterna förbinder sig att upprätthålla varaktiga band mellan sina samhällen och att på alla områden främja utbyte mellan sina invånare, i en anda av vänskap och solidaritet. Tillsammans strävar de efter följande gemensamma mål:

{objectives}`,
    },
    areas: {
      heading: 'Samarbetsområden',
      body: `Samarbetet omfattar särskilt följande områden:

- kultur, kulturarv och konst;
- utbildning, skolor och studier av partnerns språk;
- ungdomsutbyte och idrott;
- turism och lokal ekonomisk utveckling;
- lokal förvaltning och offentlig service;
- miljö och hållbar utveckling;
- sociala frågor, hälsa och samhällsliv.

Parterna uppmuntrar föreningar, skolor, företag och invånare i båda samhällena att delta i vänortssamarbetet.`,
    },
    governance: {
      heading: 'Vänortssamarbetets organisation',
      body: `Parterna främjar direkta kontakter mellan sina institutioner, föreningar och invånare.

En gemensam arbetsgrupp inrättas, bestående av två företrädare för varje part. Arbetsgruppen sammanträder minst en gång om året, växelvis i {townA} och i {townB}, för att utvärdera genomförda aktiviteter och komma överens om programmet för det följande året.

Varje part utser en kontaktperson med ansvar för den löpande samordningen av vänortssamarbetet.`,
    },
    finance: {
      heading: 'Ekonomiska bestämmelser',
      body: `Aktiviteter som genomförs enligt detta avtal finansieras inom ramen för de budgetar som parternas fullmäktige varje år fastställer. Om inte annat avtalats för en viss aktivitet står det mottagande samhället för kostnaderna för programmet på sitt område och det besökande samhället för resekostnaderna för sin delegation.

Parterna söker gemensamt stöd från europeiska, nationella och regionala program för sina gemensamma projekt.`,
    },
    approval: {
      heading: 'Godkännande',
      body: `Detta avtal har godkänts av {councilA} genom beslut nr {resolutionNumberA} den {resolutionDateA} och av {councilB} genom beslut nr {resolutionNumberB} den {resolutionDateB}.`,
    },
    duration: {
      heading: 'Ikraftträdande, giltighetstid och uppsägning',
      body: `Detta avtal träder i kraft den dag då det undertecknats av båda parter och gäller tills vidare.

Vardera parten kan säga upp avtalet genom beslut av sitt fullmäktige, som skriftligen meddelas den andra parten. Uppsägningen får verkan sex månader efter meddelandet; pågående aktiviteter slutförs.`,
    },
    languages: {
      heading: 'Språk',
      body: `Detta avtal har upprättats i två originalexemplar, vart och ett på {languageA} och {languageB}, och båda texterna är lika giltiga. Vardera parten behåller ett originalexemplar.`,
    },
  },
  defaultObjectives: [
    'att främja vänskap och ömsesidig förståelse mellan invånarna i de båda samhällena;',
    'att utveckla utbytet mellan skolor, ungdomar, föreningar och lokala institutioner;',
    'att genomföra projekt av gemensamt intresse i en europeisk anda.',
  ],
  designations: {
    city: {
      party: 'staden {town}',
      of: 'staden {town}',
      council: 'kommunfullmäktige i {town}',
      represented: 'företrädd av',
    },
    town: {
      party: 'staden {town}',
      of: 'staden {town}',
      council: 'kommunfullmäktige i {town}',
      represented: 'företrädd av',
    },
    commune: {
      party: 'kommunen {town}',
      of: 'kommunen {town}',
      council: 'kommunfullmäktige i {town}',
      represented: 'företrädd av',
    },
    district: {
      party: 'distriktet {town}',
      of: 'distriktet {town}',
      council: 'distriktsfullmäktige i {town}',
      represented: 'företrätt av',
    },
  },
};
