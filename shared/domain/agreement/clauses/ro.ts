import type { LibraryEntry } from './types';

export const ro: LibraryEntry = {
  labels: {
    title: 'Cartă de înfrățire',
    article: 'Articolul {n}',
    page: 'Pagina {page} din {pages}',
    doneAt: 'Încheiată la {place}, la data de {date}.',
    forParty: 'Pentru {town}',
    signature: 'Semnătura',
    seal: 'Ștampila',
    draft: 'PROIECT',
    draftOf: 'Proiect din {date}',
    version: 'Versiunea {n} din {date}',
    signedOn: 'semnată la {dates}',
  },
  clauses: {
    parties: {
      heading: 'Părțile',
      body: `{PartyA} ({locationA}), {representedA} {signatoryA}, {officeA},

și

{PartyB} ({locationB}), {representedB} {signatoryB}, {officeB},

denumite în continuare „Părțile”,`,
    },
    preamble: {
      heading: 'Preambul',
      body: `Conștiente că prietenia dintre popoare începe prin întâlnirea dintre cetățeni și fidele idealurilor de pace, reconciliere, democrație și respect reciproc pe care se întemeiază comunitatea europeană a națiunilor,

Recunoscând legăturile deja stabilite între cetățenii, asociațiile și instituțiile din {townA} și din {townB},

Convinse că înfrățirea orașelor contribuie la înțelegerea reciprocă, la o cetățenie europeană activă și la o Europă a popoarelor,

Părțile se angajează solemn să statornicească o legătură durabilă de înfrățire între cele două orașe și convin asupra celor ce urmează:`,
    },
    objectives: {
      heading: 'Obiective',
      body: `Părțile se angajează să mențină legături durabile între comunitățile lor și să încurajeze schimburile dintre cetățeni în toate domeniile, într-un spirit de prietenie și solidaritate. Împreună, ele urmăresc următoarele obiective comune:

{objectives}`,
    },
    areas: {
      heading: 'Domenii de cooperare',
      body: `Cooperarea se va desfășura cu precădere în următoarele domenii:

- cultură, patrimoniu și arte;
- educație, școli și învățarea limbii partenerului;
- schimburi de tineret și sport;
- turism și dezvoltare economică locală;
- administrație locală și servicii publice;
- mediu și dezvoltare durabilă;
- asistență socială, sănătate și viață civică.

Părțile vor încuraja asociațiile, școlile, întreprinderile și cetățenii din cele două orașe să participe la înfrățire.`,
    },
    governance: {
      heading: 'Organizarea parteneriatului',
      body: `Părțile vor promova contactele directe între instituțiile, asociațiile și cetățenii lor.

Se constituie un grup de lucru comun, format din câte doi reprezentanți ai fiecărei Părți. Grupul se reunește cel puțin o dată pe an, alternativ la {townA} și la {townB}, pentru a evalua activitățile desfășurate și a conveni asupra programului pentru anul următor.

Fiecare Parte desemnează o persoană de contact, responsabilă de coordonarea curentă a parteneriatului.`,
    },
    finance: {
      heading: 'Dispoziții financiare',
      body: `Activitățile desfășurate în temeiul prezentei carte se finanțează în limita bugetelor aprobate anual de consiliile locale ale Părților. Dacă nu se convine altfel pentru o anumită activitate, orașul gazdă suportă costurile programului desfășurat pe teritoriul său, iar orașul vizitator suportă cheltuielile de transport ale delegației sale.

Părțile vor solicita împreună sprijinul programelor europene, naționale și regionale pentru proiectele lor comune.`,
    },
    approval: {
      heading: 'Aprobare',
      body: `Prezenta cartă a fost aprobată de {councilA} prin Hotărârea nr. {resolutionNumberA} din {resolutionDateA} și de {councilB} prin Hotărârea nr. {resolutionNumberB} din {resolutionDateB}.`,
    },
    duration: {
      heading: 'Intrarea în vigoare, durata și încetarea',
      body: `Prezenta cartă intră în vigoare la data semnării ei de către ambele Părți și se încheie pe durată nedeterminată.

Oricare dintre Părți o poate denunța printr-o hotărâre a consiliului său local, notificată în scris celeilalte Părți. Denunțarea produce efecte la șase luni de la notificare; activitățile aflate în desfășurare vor fi duse la bun sfârșit.`,
    },
    languages: {
      heading: 'Limbi',
      body: `Prezenta cartă a fost întocmită în două exemplare originale, fiecare în limbile {languageA} și {languageB}, ambele texte fiind egal autentice. Fiecare Parte păstrează câte un exemplar original.`,
    },
  },
  defaultObjectives: [
    'dezvoltarea prieteniei și a înțelegerii reciproce între cetățenii celor două orașe;',
    'dezvoltarea schimburilor între școli, tineri, asociații și instituții locale;',
    'realizarea unor proiecte de interes comun, în spirit european.',
  ],
  designations: {
    city: {
      party: 'Municipiul {town}',
      of: 'Municipiului {town}',
      council: 'Consiliul Local al Municipiului {town}',
      represented: 'reprezentat de',
    },
    town: {
      party: 'Orașul {town}',
      of: 'Orașului {town}',
      council: 'Consiliul Local al Orașului {town}',
      represented: 'reprezentat de',
    },
    commune: {
      party: 'Comuna {town}',
      of: 'Comunei {town}',
      council: 'Consiliul Local al Comunei {town}',
      represented: 'reprezentată de',
    },
    district: {
      party: 'Județul {town}',
      of: 'Județului {town}',
      council: 'Consiliul Județean {town}',
      represented: 'reprezentat de',
    },
  },
};
