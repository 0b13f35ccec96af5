import type { LibraryEntry } from './types';

export const es: LibraryEntry = {
  labels: {
    title: 'Carta de hermanamiento',
    article: 'Artículo {n}',
    page: 'Página {page} de {pages}',
    doneAt: 'Hecho en {place}, el {date}.',
    forParty: 'Por {town}',
    signature: 'Firma',
    seal: 'Sello',
    draft: 'BORRADOR',
    draftOf: 'Borrador de {date}',
    version: 'Versión {n} de {date}',
    signedOn: 'firmada el {dates}',
  },
  clauses: {
    parties: {
      heading: 'Las Partes',
      body: `{PartyA} ({locationA}), {representedA} {signatoryA}, {officeA},

y

{partyB} ({locationB}), {representedB} {signatoryB}, {officeB},

en adelante, «las Partes»,`,
    },
    preamble: {
      heading: 'Preámbulo',
      body: `Conscientes de que la amistad entre los pueblos nace del encuentro entre los ciudadanos, y fieles a los ideales de paz, reconciliación, democracia y respeto mutuo en los que se funda la comunidad europea de naciones,

Reconociendo los vínculos ya establecidos entre los ciudadanos, las asociaciones y las instituciones de {townA} y de {townB},

Convencidas de que el hermanamiento de ciudades contribuye al entendimiento mutuo, a una ciudadanía europea activa y a una Europa de los ciudadanos,

las Partes se comprometen solemnemente a establecer un vínculo duradero de hermanamiento entre sus comunidades y acuerdan lo siguiente:`,
    },
    objectives: {
      heading: 'Objetivos',
      body: `Las Partes se comprometen a mantener vínculos duraderos entre sus comunidades y a fomentar en todos los ámbitos los intercambios entre sus ciudadanos, con un espíritu de amistad y solidaridad. Juntas persiguen los siguientes objetivos comunes:

{objectives}`,
    },
    areas: {
      heading: 'Ámbitos de cooperación',
      body: `La cooperación se extenderá en particular a los siguientes ámbitos:

- la cultura, el patrimonio y las artes;
- la educación, las escuelas y el aprendizaje de la lengua del socio;
- los intercambios juveniles y el deporte;
- el turismo y el desarrollo económico local;
- la administración local y los servicios públicos;
- el medio ambiente y el desarrollo sostenible;
- los asuntos sociales, la salud y la vida cívica.

Las Partes animarán a las asociaciones, escuelas, empresas y ciudadanos de ambas comunidades a participar en el hermanamiento.`,
    },
    governance: {
      heading: 'Organización del hermanamiento',
      body: `Las Partes promoverán los contactos directos entre sus instituciones, asociaciones y ciudadanos.

Se constituye un grupo de trabajo conjunto, integrado por dos representantes de cada Parte. El grupo se reunirá al menos una vez al año, alternativamente en {townA} y en {townB}, para evaluar las actividades realizadas y acordar el programa del año siguiente.

Cada Parte designará a una persona de contacto responsable de la coordinación ordinaria del hermanamiento.`,
    },
    finance: {
      heading: 'Disposiciones financieras',
      body: `Las actividades realizadas en el marco de la presente carta se financiarán dentro de los límites de los presupuestos aprobados cada año por los plenos de las Partes. Salvo acuerdo en contrario para una actividad determinada, la comunidad anfitriona sufragará el programa desarrollado en su territorio y la comunidad visitante los gastos de viaje de su delegación.

Las Partes buscarán conjuntamente el apoyo de los programas europeos, nacionales y regionales para sus proyectos comunes.`,
    },
    approval: {
      heading: 'Aprobación',
      body: `La presente carta fue aprobada mediante acuerdo del {councilA} n.º {resolutionNumberA}, de {resolutionDateA}, y mediante acuerdo del {councilB} n.º {resolutionNumberB}, de {resolutionDateB}.`,
    },
    duration: {
      heading: 'Entrada en vigor, duración y denuncia',
      body: `La presente carta entrará en vigor en la fecha de su firma por ambas Partes y se celebra por tiempo indefinido.

Cualquiera de las Partes podrá denunciarla mediante acuerdo de su pleno, notificado por escrito a la otra Parte. La denuncia surtirá efecto seis meses después de su notificación; las actividades en curso se llevarán a término.`,
    },
    languages: {
      heading: 'Lenguas',
      body: `La presente carta se extiende en dos ejemplares originales, cada uno en {languageA} y en {languageB}, siendo ambos textos igualmente auténticos. Cada Parte conservará un ejemplar original.`,
    },
  },
  defaultObjectives: [
    'fomentar la amistad y el entendimiento mutuo entre los ciudadanos de ambas comunidades;',
    'desarrollar los intercambios entre escuelas, jóvenes, asociaciones e instituciones locales;',
    'llevar a cabo proyectos de interés común con espíritu europeo.',
  ],
  designations: {
    city: {
      party: 'la Ciudad de {town}',
      of: 'de la Ciudad de {town}',
      council: 'Pleno del Ayuntamiento de {town}',
      represented: 'representada por',
    },
    town: {
      party: 'el Municipio de {town}',
      of: 'del Municipio de {town}',
      council: 'Pleno del Ayuntamiento de {town}',
      represented: 'representado por',
    },
    commune: {
      party: 'el Municipio de {town}',
      of: 'del Municipio de {town}',
      council: 'Pleno del Ayuntamiento de {town}',
      represented: 'representado por',
    },
    district: {
      party: 'el Distrito de {town}',
      of: 'del Distrito de {town}',
      council: 'Consejo del Distrito de {town}',
      represented: 'representado por',
    },
  },
};
