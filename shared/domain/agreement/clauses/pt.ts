import type { LibraryEntry } from './types';

// European Portuguese (pt-PT): "Roménia", "setembro".
export const pt: LibraryEntry = {
  locale: 'pt-PT',
  labels: {
    title: 'Carta de geminação',
    article: 'Artigo {n}.º',
    page: 'Página {page} de {pages}',
    doneAt: 'Feito em {place}, em {date}.',
    forParty: 'Por {town}',
    signature: 'Assinatura',
    seal: 'Selo',
    draft: 'PROJETO',
    draftOf: 'Projeto de {date}',
    version: 'Versão {n} de {date}',
    signedOn: 'assinada em {dates}',
  },
  clauses: {
    parties: {
      heading: 'As Partes',
      body: `{PartyA} ({locationA}), {representedA} {signatoryA}, {officeA},

e

{partyB} ({locationB}), {representedB} {signatoryB}, {officeB},

doravante designadas «as Partes»,`,
    },
    preamble: {
      heading: 'Preâmbulo',
      body: `Conscientes de que a amizade entre os povos nasce do encontro entre os cidadãos, e fiéis aos ideais de paz, reconciliação, democracia e respeito mútuo em que assenta a comunidade europeia das nações,

Reconhecendo os laços já estabelecidos entre os cidadãos, as associações e as instituições de {townA} e de {townB},

Convictas de que a geminação de cidades contribui para a compreensão mútua, para uma cidadania europeia ativa e para uma Europa dos cidadãos,

as Partes comprometem-se solenemente a estabelecer um laço duradouro de geminação entre as suas comunidades e acordam o seguinte:`,
    },
    objectives: {
      heading: 'Objetivos',
      body: `As Partes comprometem-se a manter laços duradouros entre as suas comunidades e a promover em todos os domínios o intercâmbio entre os seus cidadãos, num espírito de amizade e solidariedade. Em conjunto, prosseguem os seguintes objetivos comuns:

{objectives}`,
    },
    areas: {
      heading: 'Domínios de cooperação',
      body: `A cooperação abrange, em especial, os seguintes domínios:

- a cultura, o património e as artes;
- a educação, as escolas e a aprendizagem da língua do parceiro;
- o intercâmbio de jovens e o desporto;
- o turismo e o desenvolvimento económico local;
- a administração local e os serviços públicos;
- o ambiente e o desenvolvimento sustentável;
- os assuntos sociais, a saúde e a vida cívica.

As Partes incentivam as associações, as escolas, as empresas e os cidadãos das duas comunidades a participar na geminação.`,
    },
    governance: {
      heading: 'Organização da geminação',
      body: `As Partes promovem os contactos diretos entre as suas instituições, associações e cidadãos.

É constituído um grupo de trabalho conjunto, composto por dois representantes de cada Parte. O grupo reúne pelo menos uma vez por ano, alternadamente no território de cada uma das Partes, para avaliar as atividades realizadas e acordar o programa do ano seguinte.

Cada Parte designa uma pessoa de contacto responsável pela coordenação corrente da geminação.`,
    },
    finance: {
      heading: 'Disposições financeiras',
      body: `As atividades realizadas ao abrigo da presente carta são financiadas dentro dos limites dos orçamentos aprovados anualmente pelos órgãos deliberativos das Partes. Salvo acordo em contrário para uma determinada atividade, a comunidade anfitriã suporta os custos do programa realizado no seu território e a comunidade visitante as despesas de viagem da sua delegação.

As Partes procuram em conjunto o apoio dos programas europeus, nacionais e regionais para os seus projetos comuns.`,
    },
    approval: {
      heading: 'Aprovação',
      body: `A presente carta foi aprovada por deliberação da {councilA} n.º {resolutionNumberA}, de {resolutionDateA}, e por deliberação da {councilB} n.º {resolutionNumberB}, de {resolutionDateB}.`,
    },
    duration: {
      heading: 'Entrada em vigor, duração e denúncia',
      body: `A presente carta entra em vigor na data da sua assinatura por ambas as Partes e é celebrada por tempo indeterminado.

Qualquer das Partes pode denunciá-la por deliberação do seu órgão deliberativo, notificada por escrito à outra Parte. A denúncia produz efeitos seis meses após a notificação; as atividades em curso são levadas a termo.`,
    },
    languages: {
      heading: 'Línguas',
      body: `A presente carta é redigida em dois exemplares originais, cada um em {languageA} e em {languageB}, fazendo ambos os textos igualmente fé. Cada Parte conserva um exemplar original.`,
    },
  },
  defaultObjectives: [
    'desenvolver a amizade e a compreensão mútua entre os cidadãos das duas comunidades;',
    'promover o intercâmbio entre escolas, jovens, associações e instituições locais;',
    'realizar projetos de interesse comum num espírito europeu.',
  ],
  designations: {
    city: {
      party: 'a Cidade de {town}',
      of: 'da Cidade de {town}',
      council: 'Assembleia Municipal de {town}',
      represented: 'representada por',
    },
    town: {
      party: 'o Município de {town}',
      of: 'do Município de {town}',
      council: 'Assembleia Municipal de {town}',
      represented: 'representado por',
    },
    commune: {
      party: 'o Município de {town}',
      of: 'do Município de {town}',
      council: 'Assembleia Municipal de {town}',
      represented: 'representado por',
    },
    district: {
      party: 'o Distrito de {town}',
      of: 'do Distrito de {town}',
      council: 'Assembleia Distrital de {town}',
      represented: 'representado por',
    },
  },
};
