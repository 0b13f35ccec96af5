import type { LibraryEntry } from './types';

export const it: LibraryEntry = {
  labels: {
    title: 'Carta di gemellaggio',
    article: 'Articolo {n}',
    page: 'Pagina {page} di {pages}',
    doneAt: 'Fatto a {place}, il {date}.',
    forParty: 'Per {town}',
    signature: 'Firma',
    seal: 'Timbro',
    draft: 'BOZZA',
    draftOf: 'Bozza del {date}',
    version: 'Versione {n} del {date}',
    signedOn: 'firmata il {dates}',
  },
  clauses: {
    parties: {
      heading: 'Le Parti',
      body: `{PartyA} ({locationA}), {representedA} {signatoryA}, {officeA},

e

{partyB} ({locationB}), {representedB} {signatoryB}, {officeB},

di seguito denominate «le Parti»,`,
    },
    preamble: {
      heading: 'Preambolo',
      body: `Consapevoli che l’amicizia tra i popoli nasce dall’incontro tra i cittadini, e fedeli agli ideali di pace, riconciliazione, democrazia e rispetto reciproco sui quali si fonda la comunità europea delle nazioni,

riconoscendo i legami già stretti tra i cittadini, le associazioni e le istituzioni di {townA} e di {townB},

convinte che il gemellaggio tra città contribuisca alla comprensione reciproca, a una cittadinanza europea attiva e a un’Europa dei cittadini,

le Parti si impegnano solennemente a stabilire un legame duraturo di gemellaggio tra le loro comunità e convengono quanto segue:`,
    },
    objectives: {
      heading: 'Obiettivi',
      body: `Le Parti si impegnano a mantenere legami duraturi tra le loro comunità e a favorire in ogni campo gli scambi tra i loro cittadini, in uno spirito di amicizia e di solidarietà. Insieme perseguono i seguenti obiettivi comuni:

{objectives}`,
    },
    areas: {
      heading: 'Ambiti di cooperazione',
      body: `La cooperazione si estende in particolare ai seguenti ambiti:

- cultura, patrimonio e arti;
- istruzione, scuole e apprendimento della lingua del partner;
- scambi giovanili e sport;
- turismo e sviluppo economico locale;
- amministrazione locale e servizi pubblici;
- ambiente e sviluppo sostenibile;
- politiche sociali, salute e vita civica.

Le Parti incoraggiano le associazioni, le scuole, le imprese e i cittadini delle due comunità a partecipare al gemellaggio.`,
    },
    governance: {
      heading: 'Organizzazione del gemellaggio',
      body: `Le Parti promuovono i contatti diretti tra le loro istituzioni, associazioni e cittadini.

È istituito un gruppo di lavoro congiunto, composto da due rappresentanti per ciascuna Parte. Il gruppo si riunisce almeno una volta all’anno, alternativamente a {townA} e a {townB}, per esaminare le attività svolte e concordare il programma dell’anno successivo.

Ciascuna Parte designa un referente incaricato del coordinamento ordinario del gemellaggio.`,
    },
    finance: {
      heading: 'Disposizioni finanziarie',
      body: `Le attività svolte nell’ambito della presente carta sono finanziate nei limiti dei bilanci approvati ogni anno dai consigli delle Parti. Salvo diverso accordo per una determinata attività, la comunità ospitante sostiene i costi del programma sul proprio territorio e la comunità in visita le spese di viaggio della propria delegazione.

Le Parti ricercano insieme il sostegno dei programmi europei, nazionali e regionali per i loro progetti comuni.`,
    },
    approval: {
      heading: 'Approvazione',
      body: `La presente carta è stata approvata con deliberazione del {councilA} n. {resolutionNumberA} del {resolutionDateA} e con deliberazione del {councilB} n. {resolutionNumberB} del {resolutionDateB}.`,
    },
    duration: {
      heading: 'Entrata in vigore, durata e recesso',
      body: `La presente carta entra in vigore alla data della sua sottoscrizione da parte di entrambe le Parti ed è conclusa a tempo indeterminato.

Ciascuna Parte può recedere con deliberazione del proprio consiglio, notificata per iscritto all’altra Parte. Il recesso ha effetto sei mesi dopo la notifica; le attività in corso sono portate a termine.`,
    },
    languages: {
      heading: 'Lingue',
      body: `La presente carta è redatta in due esemplari originali, ciascuno in lingua {languageA} e in lingua {languageB}, entrambi i testi facenti ugualmente fede. Ciascuna Parte conserva un esemplare originale.`,
    },
  },
  defaultObjectives: [
    'sviluppare l’amicizia e la comprensione reciproca tra i cittadini delle due comunità;',
    'favorire gli scambi tra scuole, giovani, associazioni e istituzioni locali;',
    'realizzare progetti di interesse comune in spirito europeo.',
  ],
  designations: {
    city: {
      party: 'la Città di {town}',
      of: 'della Città di {town}',
      council: 'Consiglio comunale di {town}',
      represented: 'rappresentata da',
    },
    town: {
      party: 'il Comune di {town}',
      of: 'del Comune di {town}',
      council: 'Consiglio comunale di {town}',
      represented: 'rappresentato da',
    },
    commune: {
      party: 'il Comune di {town}',
      of: 'del Comune di {town}',
      council: 'Consiglio comunale di {town}',
      represented: 'rappresentato da',
    },
    district: {
      party: 'la Provincia di {town}',
      of: 'della Provincia di {town}',
      council: 'Consiglio provinciale di {town}',
      represented: 'rappresentata da',
    },
  },
  // "in lingua rumena e in lingua italiana": the adjective agrees with "lingua".
  languageForm: (name) => name.replace(/o$/, 'a'),
  dateForm: (text, day) => (day === 1 ? text.replace(/^1 /, '1º ') : text),
};
