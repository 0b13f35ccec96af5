import type { LibraryEntry } from './types';

// French typography: a narrow no-break space (U+202F) before ; : and inside « »,
// a no-break space (U+00A0) after n°.
export const fr: LibraryEntry = {
  labels: {
    title: 'Charte de jumelage',
    article: 'Article {n}',
    page: 'Page {page} sur {pages}',
    doneAt: 'Fait à {place}, le {date}.',
    forParty: 'Pour {town}',
    signature: 'Signature',
    seal: 'Sceau',
    draft: 'PROJET',
    draftOf: 'Projet du {date}',
    version: 'Version {n} du {date}',
    signedOn: 'signée le {dates}',
  },
  clauses: {
    parties: {
      heading: 'Les Parties',
      body: `{PartyA} ({locationA}), {representedA} {signatoryA}, {officeA},

et

{partyB} ({locationB}), {representedB} {signatoryB}, {officeB},

ci-après dénommées «\u202Fles Parties\u202F»,`,
    },
    preamble: {
      heading: 'Préambule',
      body: `Conscientes que l’amitié entre les peuples naît de la rencontre des citoyens, et fidèles aux idéaux de paix, de réconciliation, de démocratie et de respect mutuel sur lesquels repose la communauté européenne des nations,

Reconnaissant les liens déjà noués entre les habitants, les associations et les institutions de {townA} et de {townB},

Convaincues que le jumelage des villes contribue à la compréhension mutuelle, à une citoyenneté européenne active et à une Europe des peuples,

les Parties prennent l’engagement solennel d’établir un lien durable de jumelage entre leurs deux communes et conviennent de ce qui suit\u202F:`,
    },
    objectives: {
      heading: 'Objectifs',
      body: `Les Parties s’engagent à maintenir des liens durables entre leurs communes et à favoriser en tous domaines les échanges entre leurs habitants, dans un esprit d’amitié et de solidarité. Ensemble, elles poursuivent les objectifs communs suivants\u202F:

{objectives}`,
    },
    areas: {
      heading: 'Domaines de coopération',
      body: `La coopération s’étend notamment aux domaines suivants\u202F:

- la culture, le patrimoine et les arts\u202F;
- l’éducation, les écoles et l’apprentissage de la langue du partenaire\u202F;
- les échanges de jeunes et le sport\u202F;
- le tourisme et le développement économique local\u202F;
- l’administration locale et les services publics\u202F;
- l’environnement et le développement durable\u202F;
- les affaires sociales, la santé et la vie citoyenne.

Les Parties encouragent les associations, les écoles, les entreprises et les habitants des deux communes à prendre part au jumelage.`,
    },
    governance: {
      heading: 'Organisation du jumelage',
      body: `Les Parties favorisent les contacts directs entre leurs institutions, leurs associations et leurs habitants.

Un groupe de travail commun est constitué, composé de deux représentants de chaque Partie. Il se réunit au moins une fois par an, alternativement à {townA} et à {townB}, afin de dresser le bilan des activités menées et d’arrêter le programme de l’année suivante.

Chaque Partie désigne un correspondant chargé de la coordination courante du jumelage.`,
    },
    finance: {
      heading: 'Dispositions financières',
      body: `Les activités menées au titre de la présente charte sont financées dans la limite des budgets votés chaque année par les conseils municipaux des Parties. Sauf accord contraire pour une activité donnée, la commune d’accueil prend en charge le programme organisé sur son territoire et la commune visiteuse les frais de voyage de sa délégation.

Les Parties recherchent ensemble le soutien des programmes européens, nationaux et régionaux pour leurs projets communs.`,
    },
    approval: {
      heading: 'Approbation',
      body: `La présente charte a été approuvée par {councilA} par délibération n°\u00A0{resolutionNumberA} du {resolutionDateA}, et par {councilB} par délibération n°\u00A0{resolutionNumberB} du {resolutionDateB}.`,
    },
    duration: {
      heading: 'Entrée en vigueur, durée et dénonciation',
      body: `La présente charte entre en vigueur à la date de sa signature par les deux Parties et est conclue pour une durée indéterminée.

Chacune des Parties peut la dénoncer par une délibération de son conseil municipal, notifiée par écrit à l’autre Partie. La dénonciation prend effet six mois après sa notification\u202F; les activités en cours sont menées à leur terme.`,
    },
    languages: {
      heading: 'Langues',
      body: `La présente charte est établie en deux exemplaires originaux, chacun en {languageA} et en {languageB}, les deux textes faisant également foi. Chaque Partie conserve un exemplaire original.`,
    },
  },
  defaultObjectives: [
    'développer l’amitié et la compréhension mutuelle entre les habitants des deux communes\u202F;',
    'favoriser les échanges entre les écoles, les jeunes, les associations et les institutions locales\u202F;',
    'mener des projets d’intérêt commun dans un esprit européen.',
  ],
  designations: {
    city: {
      party: 'la ville de {town}',
      of: 'de la ville de {town}',
      council: 'le conseil municipal de {town}',
      represented: 'représentée par',
    },
    town: {
      party: 'la ville de {town}',
      of: 'de la ville de {town}',
      council: 'le conseil municipal de {town}',
      represented: 'représentée par',
    },
    commune: {
      party: 'la commune de {town}',
      of: 'de la commune de {town}',
      council: 'le conseil municipal de {town}',
      represented: 'représentée par',
    },
    district: {
      party: 'le district de {town}',
      of: 'du district de {town}',
      council: 'le conseil de district de {town}',
      represented: 'représenté par',
    },
  },
};
