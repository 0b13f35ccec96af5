import type { LibraryEntry } from './types';

export const de: LibraryEntry = {
  labels: {
    title: 'Partnerschaftsurkunde',
    article: 'Artikel {n}',
    page: 'Seite {page} von {pages}',
    doneAt: 'Geschehen zu {place} am {date}.',
    forParty: 'Für {town}',
    signature: 'Unterschrift',
    seal: 'Siegel',
    draft: 'ENTWURF',
    draftOf: 'Entwurf vom {date}',
    version: 'Fassung {n} vom {date}',
    signedOn: 'unterzeichnet am {dates}',
  },
  clauses: {
    parties: {
      heading: 'Die Parteien',
      body: `{PartyA} ({locationA}), {representedA} {signatoryA}, {officeA},

und

{partyB} ({locationB}), {representedB} {signatoryB}, {officeB},

im Folgenden „die Parteien“ genannt,`,
    },
    preamble: {
      heading: 'Präambel',
      body: `In dem Bewusstsein, dass die Freundschaft zwischen den Völkern mit der Begegnung ihrer Bürgerinnen und Bürger beginnt, und getreu den Idealen des Friedens, der Versöhnung, der Demokratie und der gegenseitigen Achtung, auf denen die europäische Völkergemeinschaft beruht,

in Anerkennung der Verbindungen, die zwischen den Bürgerinnen und Bürgern, den Vereinen und den Einrichtungen von {townA} und {townB} bereits entstanden sind,

in der Überzeugung, dass Städtepartnerschaften zur gegenseitigen Verständigung, zu einer aktiven europäischen Bürgerschaft und zu einem Europa der Bürger beitragen,

verpflichten sich die Parteien feierlich, eine dauerhafte Partnerschaft zwischen ihren beiden Städten zu begründen, und vereinbaren Folgendes:`,
    },
    objectives: {
      heading: 'Ziele',
      body: `Die Parteien verpflichten sich, dauerhafte Verbindungen zwischen ihren Gemeinden zu pflegen und den Austausch zwischen ihren Bürgerinnen und Bürgern auf allen Gebieten im Geist der Freundschaft und Solidarität zu fördern. Gemeinsam verfolgen sie folgende Ziele:

{objectives}`,
    },
    areas: {
      heading: 'Bereiche der Zusammenarbeit',
      body: `Die Zusammenarbeit erstreckt sich insbesondere auf folgende Bereiche:

- Kultur, Kulturerbe und Kunst;
- Bildung, Schulen und das Erlernen der Sprache des Partners;
- Jugendaustausch und Sport;
- Tourismus und lokale Wirtschaftsentwicklung;
- Kommunalverwaltung und öffentliche Dienstleistungen;
- Umwelt und nachhaltige Entwicklung;
- Soziales, Gesundheit und bürgerschaftliches Leben.

Die Parteien ermutigen die Vereine, Schulen und Unternehmen sowie die Bürgerinnen und Bürger beider Städte, sich an der Partnerschaft zu beteiligen.`,
    },
    governance: {
      heading: 'Organisation der Partnerschaft',
      body: `Die Parteien fördern unmittelbare Kontakte zwischen ihren Einrichtungen, Vereinen sowie Bürgerinnen und Bürgern.

Es wird eine gemeinsame Arbeitsgruppe gebildet, der je zwei Vertreterinnen oder Vertreter jeder Partei angehören. Sie tritt mindestens einmal jährlich abwechselnd in {townA} und in {townB} zusammen, um die durchgeführten Aktivitäten zu bewerten und das Programm für das folgende Jahr zu vereinbaren.

Jede Partei benennt eine Ansprechperson, die für die laufende Koordinierung der Partnerschaft zuständig ist.`,
    },
    finance: {
      heading: 'Finanzielle Bestimmungen',
      body: `Die im Rahmen dieser Urkunde durchgeführten Aktivitäten werden im Rahmen der jährlich von den Räten der Parteien beschlossenen Haushalte finanziert. Soweit für eine Aktivität nichts anderes vereinbart ist, trägt die gastgebende Stadt die Kosten des Programms auf ihrem Gebiet und die besuchende Stadt die Reisekosten ihrer Delegation.

Die Parteien bemühen sich gemeinsam um die Unterstützung europäischer, nationaler und regionaler Programme für ihre gemeinsamen Vorhaben.`,
    },
    approval: {
      heading: 'Zustimmung der Räte',
      body: `Dieser Urkunde haben {councilA} mit Beschluss Nr. {resolutionNumberA} vom {resolutionDateA} und {councilB} mit Beschluss Nr. {resolutionNumberB} vom {resolutionDateB} zugestimmt.`,
    },
    duration: {
      heading: 'Inkrafttreten, Dauer und Beendigung',
      body: `Diese Urkunde tritt mit ihrer Unterzeichnung durch beide Parteien in Kraft und wird auf unbestimmte Zeit geschlossen.

Jede Partei kann sie durch Beschluss ihres Rates beenden, der der anderen Partei schriftlich mitzuteilen ist. Die Beendigung wird sechs Monate nach dieser Mitteilung wirksam; laufende Aktivitäten werden zu Ende geführt.`,
    },
    languages: {
      heading: 'Sprachen',
      body: `Diese Urkunde wird in zwei Urschriften ausgefertigt, jede auf {languageA} und {languageB}, wobei beide Wortlaute gleichermaßen verbindlich sind. Jede Partei erhält eine Urschrift.`,
    },
  },
  defaultObjectives: [
    'die Freundschaft und das gegenseitige Verständnis zwischen den Bürgerinnen und Bürgern beider Städte zu fördern;',
    'den Austausch zwischen Schulen, jungen Menschen, Vereinen und kommunalen Einrichtungen auszubauen;',
    'Vorhaben von gemeinsamem Interesse im europäischen Geist zu verwirklichen.',
  ],
  designations: {
    city: {
      party: 'die Stadt {town}',
      of: 'der Stadt {town}',
      council: 'der Rat der Stadt {town}',
      represented: 'vertreten durch',
    },
    town: {
      party: 'die Stadt {town}',
      of: 'der Stadt {town}',
      council: 'der Rat der Stadt {town}',
      represented: 'vertreten durch',
    },
    commune: {
      party: 'die Gemeinde {town}',
      of: 'der Gemeinde {town}',
      council: 'der Gemeinderat der Gemeinde {town}',
      represented: 'vertreten durch',
    },
    district: {
      party: 'der Landkreis {town}',
      of: 'des Landkreises {town}',
      council: 'der Kreistag des Landkreises {town}',
      represented: 'vertreten durch',
    },
  },
};
