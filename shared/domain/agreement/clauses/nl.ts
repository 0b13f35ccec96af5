import type { LibraryEntry } from './types';

export const nl: LibraryEntry = {
  labels: {
    title: 'Stedenbandovereenkomst',
    article: 'Artikel {n}',
    page: 'Pagina {page} van {pages}',
    doneAt: 'Opgemaakt te {place} op {date}.',
    forParty: 'Voor {town}',
    signature: 'Handtekening',
    seal: 'Zegel',
    draft: 'ONTWERP',
    draftOf: 'Ontwerp van {date}',
    version: 'Versie {n} van {date}',
    signedOn: 'ondertekend op {dates}',
  },
  clauses: {
    parties: {
      heading: 'De partijen',
      body: `{PartyA} ({locationA}), {representedA} {signatoryA}, {officeA},

en

{partyB} ({locationB}), {representedB} {signatoryB}, {officeB},

hierna te noemen „de partijen”,`,
    },
    preamble: {
      heading: 'Preambule',
      body: `Zich ervan bewust dat de vriendschap tussen de volkeren begint bij de ontmoeting tussen burgers, en trouw aan de idealen van vrede, verzoening, democratie en wederzijds respect waarop de Europese gemeenschap van naties berust,

Erkennende de banden die reeds zijn gegroeid tussen de inwoners, de verenigingen en de instellingen van {townA} en {townB},

Ervan overtuigd dat stedenbanden bijdragen tot wederzijds begrip, tot een actief Europees burgerschap en tot een Europa van de burgers,

verbinden de partijen zich plechtig tot het aangaan van een duurzame stedenband tussen hun gemeenschappen en komen zij het volgende overeen:`,
    },
    objectives: {
      heading: 'Doelstellingen',
      body: `De partijen verbinden zich ertoe duurzame banden tussen hun gemeenschappen te onderhouden en op alle gebieden de uitwisseling tussen hun inwoners te bevorderen, in een geest van vriendschap en solidariteit. Samen streven zij de volgende gemeenschappelijke doelstellingen na:

{objectives}`,
    },
    areas: {
      heading: 'Gebieden van samenwerking',
      body: `De samenwerking strekt zich in het bijzonder uit tot de volgende gebieden:

- cultuur, erfgoed en kunst;
- onderwijs, scholen en het leren van elkaars taal;
- jongerenuitwisseling en sport;
- toerisme en lokale economische ontwikkeling;
- lokaal bestuur en openbare dienstverlening;
- milieu en duurzame ontwikkeling;
- sociale zaken, gezondheid en het maatschappelijk leven.

De partijen moedigen de verenigingen, scholen, bedrijven en inwoners van beide gemeenschappen aan om deel te nemen aan de stedenband.`,
    },
    governance: {
      heading: 'Organisatie van de stedenband',
      body: `De partijen bevorderen rechtstreekse contacten tussen hun instellingen, verenigingen en inwoners.

Er wordt een gemeenschappelijke werkgroep ingesteld, bestaande uit twee vertegenwoordigers van elke partij. De werkgroep komt ten minste eenmaal per jaar bijeen, afwisselend in {townA} en in {townB}, om de uitgevoerde activiteiten te beoordelen en het programma voor het volgende jaar overeen te komen.

Elke partij wijst een contactpersoon aan die verantwoordelijk is voor de dagelijkse coördinatie van de stedenband.`,
    },
    finance: {
      heading: 'Financiële bepalingen',
      body: `De activiteiten die in het kader van deze overeenkomst worden uitgevoerd, worden gefinancierd binnen de grenzen van de begrotingen die jaarlijks door de raden van de partijen worden vastgesteld. Tenzij voor een bepaalde activiteit anders is overeengekomen, draagt de ontvangende gemeenschap de kosten van het programma op haar grondgebied en de bezoekende gemeenschap de reiskosten van haar delegatie.

De partijen zoeken gezamenlijk de steun van Europese, nationale en regionale programma’s voor hun gemeenschappelijke projecten.`,
    },
    approval: {
      heading: 'Goedkeuring',
      body: `Deze overeenkomst is goedgekeurd door {councilA} bij besluit nr. {resolutionNumberA} van {resolutionDateA} en door {councilB} bij besluit nr. {resolutionNumberB} van {resolutionDateB}.`,
    },
    duration: {
      heading: 'Inwerkingtreding, duur en opzegging',
      body: `Deze overeenkomst treedt in werking op de datum van ondertekening door beide partijen en wordt voor onbepaalde tijd gesloten.

Elke partij kan haar opzeggen bij besluit van haar raad, dat schriftelijk aan de andere partij wordt meegedeeld. De opzegging wordt van kracht zes maanden na die mededeling; lopende activiteiten worden afgerond.`,
    },
    languages: {
      heading: 'Talen',
      body: `Deze overeenkomst is opgemaakt in twee originele exemplaren, elk in het {languageA} en in het {languageB}, waarbij beide teksten gelijkelijk authentiek zijn. Elke partij behoudt één origineel exemplaar.`,
    },
  },
  defaultObjectives: [
    'de vriendschap en het wederzijds begrip tussen de inwoners van beide gemeenschappen te bevorderen;',
    'de uitwisseling tussen scholen, jongeren, verenigingen en lokale instellingen te ontwikkelen;',
    'projecten van gemeenschappelijk belang uit te voeren in een Europese geest.',
  ],
  designations: {
    city: {
      party: 'de stad {town}',
      of: 'de stad {town}',
      council: 'de gemeenteraad van {town}',
      represented: 'vertegenwoordigd door',
    },
    town: {
      party: 'de gemeente {town}',
      of: 'de gemeente {town}',
      council: 'de gemeenteraad van {town}',
      represented: 'vertegenwoordigd door',
    },
    commune: {
      party: 'de gemeente {town}',
      of: 'de gemeente {town}',
      council: 'de gemeenteraad van {town}',
      represented: 'vertegenwoordigd door',
    },
    district: {
      party: 'het district {town}',
      of: 'het district {town}',
      council: 'de districtsraad van {town}',
      represented: 'vertegenwoordigd door',
    },
  },
};
