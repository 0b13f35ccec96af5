import type { LibraryEntry } from './types';

export const en: LibraryEntry = {
  labels: {
    title: 'Twinning Charter',
    article: 'Article {n}',
    page: 'Page {page} of {pages}',
    doneAt: 'Done at {place} on {date}.',
    forParty: 'For {town}',
    signature: 'Signature',
    seal: 'Seal',
    draft: 'DRAFT',
    draftOf: 'Draft of {date}',
    version: 'Version {n} of {date}',
    signedOn: 'signed on {dates}',
  },
  clauses: {
    parties: {
      heading: 'The Parties',
      body: `{PartyA} ({locationA}), {representedA} {signatoryA}, {officeA},

and

{partyB} ({locationB}), {representedB} {signatoryB}, {officeB},

hereinafter referred to as “the Parties”,`,
    },
    preamble: {
      heading: 'Preamble',
      body: `Conscious that friendship between peoples begins with the meeting of citizens, and faithful to the ideals of peace, reconciliation, democracy and mutual respect on which the European community of nations is founded,

Recognising the links already formed between the citizens, associations and institutions of {townA} and {townB},

Convinced that the twinning of towns contributes to mutual understanding, to an active European citizenship and to a Europe of the peoples,

the Parties solemnly undertake to establish a lasting bond of twinning between their two towns and agree as follows:`,
    },
    objectives: {
      heading: 'Objectives',
      body: `The Parties undertake to maintain lasting ties between their municipalities and to encourage exchanges between their citizens in every field, in a spirit of friendship and solidarity. Together they pursue the following common objectives:

{objectives}`,
    },
    areas: {
      heading: 'Areas of cooperation',
      body: `The cooperation shall extend in particular to the following areas:

- culture, heritage and the arts;
- education, schools and the learning of each other’s language;
- youth exchanges and sport;
- tourism and local economic development;
- local administration and public services;
- environment and sustainable development;
- social affairs, health and civic life.

The Parties shall encourage the associations, schools, businesses and citizens of both towns to take part in the twinning.`,
    },
    governance: {
      heading: 'Organisation of the partnership',
      body: `The Parties shall promote direct contacts between their institutions, associations and citizens.

A joint working group shall be set up, composed of two representatives of each Party. It shall meet at least once a year, alternately in {townA} and in {townB}, to review the activities carried out and to agree on the programme for the following year.

Each Party shall designate a contact person responsible for the day-to-day coordination of the partnership.`,
    },
    finance: {
      heading: 'Financial provisions',
      body: `The activities carried out under this charter shall be financed within the limits of the budgets approved each year by the councils of the Parties. Unless otherwise agreed for a given activity, the host town shall bear the cost of the programme on its territory and the visiting town shall bear the travel costs of its delegation.

The Parties shall jointly seek the support of European, national and regional programmes for their common projects.`,
    },
    approval: {
      heading: 'Approval',
      body: `This charter was approved by {councilA} by resolution No {resolutionNumberA} of {resolutionDateA}, and by {councilB} by resolution No {resolutionNumberB} of {resolutionDateB}.`,
    },
    duration: {
      heading: 'Entry into force, duration and termination',
      body: `This charter shall enter into force on the date of its signature by both Parties and is concluded for an indefinite period.

Either Party may terminate it by a decision of its council, notified in writing to the other Party. Termination shall take effect six months after that notification; activities already under way shall be completed.`,
    },
    languages: {
      heading: 'Languages',
      body: `This charter is drawn up in two original copies, each in {languageA} and {languageB}, both texts being equally authentic. Each Party shall keep one original copy.`,
    },
  },
  defaultObjectives: [
    'to foster friendship and mutual understanding between the citizens of both towns;',
    'to develop exchanges between schools, young people, associations and local institutions;',
    'to carry out projects of common interest in a European spirit.',
  ],
  designations: {
    city: {
      party: 'the City of {town}',
      of: 'the City of {town}',
      council: 'the City Council of {town}',
      represented: 'represented by',
    },
    town: {
      party: 'the Town of {town}',
      of: 'the Town of {town}',
      council: 'the Town Council of {town}',
      represented: 'represented by',
    },
    commune: {
      party: 'the Municipality of {town}',
      of: 'the Municipality of {town}',
      council: 'the Municipal Council of {town}',
      represented: 'represented by',
    },
    district: {
      party: 'the District of {town}',
      of: 'the District of {town}',
      council: 'the District Council of {town}',
      represented: 'represented by',
    },
  },
};
