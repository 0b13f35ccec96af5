/** The words of a meeting's printed agenda and minutes, in each app language. */
export interface MeetingWords {
  agenda: string;
  minutes: string;
  date: string;
  time: string;
  place: string;
  present: string;
  /** On the agenda, printed before the meeting: who is asked to come. */
  invited: string;
  guests: string;
  decisions: string;
  task: string;
  owner: string;
  due: string;
  noMinutes: string;
  page: string;
  /** What follows a label in a line (French puts a no-break space before the colon). */
  colon: string;
}

const WORDS: Readonly<Record<string, MeetingWords>> = {
  en: {
    agenda: 'Agenda',
    minutes: 'Minutes',
    date: 'Date',
    time: 'Time',
    place: 'Place',
    present: 'Present',
    invited: 'Invited',
    guests: 'Guests',
    decisions: 'Decisions',
    task: 'Task',
    owner: 'owner',
    due: 'due',
    noMinutes: 'No minutes were written.',
    page: 'Page {page} of {pages}',
    colon: ': ',
  },
  ro: {
    agenda: 'Ordinea de zi',
    minutes: 'Proces-verbal',
    date: 'Data',
    time: 'Ora',
    place: 'Locul',
    present: 'Prezenți',
    invited: 'Invitați',
    guests: 'Invitați',
    decisions: 'Hotărâri',
    task: 'Sarcină',
    owner: 'responsabil',
    due: 'termen',
    noMinutes: 'Nu s-a redactat proces-verbal.',
    page: 'Pagina {page} din {pages}',
    colon: ': ',
  },
  fr: {
    agenda: 'Ordre du jour',
    minutes: 'Compte rendu',
    date: 'Date',
    time: 'Heure',
    place: 'Lieu',
    present: 'Présents',
    invited: 'Convoqués',
    guests: 'Invités',
    decisions: 'Décisions',
    task: 'Tâche',
    owner: 'responsable',
    due: 'échéance',
    noMinutes: 'Aucun compte rendu n’a été rédigé.',
    page: 'Page {page} sur {pages}',
    colon: '\u00a0: ',
  },
  de: {
    agenda: 'Tagesordnung',
    minutes: 'Protokoll',
    date: 'Datum',
    time: 'Uhrzeit',
    place: 'Ort',
    present: 'Anwesend',
    invited: 'Eingeladen',
    guests: 'Gäste',
    decisions: 'Beschlüsse',
    task: 'Aufgabe',
    owner: 'verantwortlich',
    due: 'fällig',
    noMinutes: 'Es wurde kein Protokoll geschrieben.',
    page: 'Seite {page} von {pages}',
    colon: ': ',
  },
};

export const meetingWords = (lang: string): MeetingWords => WORDS[lang] ?? WORDS.en!;
