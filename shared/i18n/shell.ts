import type { UiLocale } from '../domain/settings';

type ShellKey =
  | 'startFailedTitle'
  | 'diskFull'
  | 'cannotWrite'
  | 'unexpected'
  | 'lockedTitle'
  | 'lockedHeld'
  | 'lockedUncertain'
  | 'lockedOtherMachine'
  | 'takeOver'
  | 'quit'
  | 'unsavedTitle'
  | 'unsavedMessage'
  | 'unsavedDetail'
  | 'stay'
  | 'discard';

/**
 * The desktop shell's own dialogs (start-up, lock, closing with unsaved changes): they may
 * appear before the renderer, and its catalogs, exist. `{dir}`, `{pid}`, `{host}`, `{since}`,
 * `{detail}` and `{forms}` are filled in by `shellText`.
 */
export const shellMessages: Record<UiLocale, Record<ShellKey, string>> = {
  en: {
    startFailedTitle: 'Twinning Desk cannot start',
    diskFull:
      'The disk that holds the data folder {dir} is full. Free some space (empty the wastebasket, move large files), then start Twinning Desk again. Nothing has been changed.',
    cannotWrite:
      'The data folder {dir} cannot be created or written. Check that the drive is connected and not write-protected, then start Twinning Desk again. Nothing has been changed.',
    unexpected:
      'Twinning Desk could not open its data folder {dir}. Nothing has been changed. Give this message to whoever looks after your computer: {detail}',
    lockedTitle: 'The data folder is already in use',
    lockedHeld:
      'Another Twinning Desk (process {pid}, since {since}) is using the data folder {dir}. Close it, or stop its browser mode, then start again.',
    lockedUncertain:
      'The data folder {dir} is marked as in use by process {pid} since {since}, but that mark may be left over from a crash. If no other Twinning Desk window or browser mode is open on this computer, take the folder over.',
    lockedOtherMachine:
      'The data folder {dir} is marked as in use by the computer {host} since {since}. If Twinning Desk is closed on that computer (or it crashed), take the folder over; if it is still open there, quit, or changes made in both places will be lost.',
    takeOver: 'Take over the data folder',
    quit: 'Quit',
    unsavedTitle: 'Close without saving?',
    unsavedMessage: 'A form has changes that are not saved.',
    unsavedDetail: 'Unsaved: {forms}. If you close now, these changes are lost.',
    stay: 'Keep editing',
    discard: 'Close without saving',
  },
  ro: {
    startFailedTitle: 'Twinning Desk nu poate porni',
    diskFull:
      'Discul pe care se află dosarul de date {dir} este plin. Eliberați spațiu (goliți coșul de gunoi, mutați fișierele mari), apoi porniți din nou Twinning Desk. Nu s-a modificat nimic.',
    cannotWrite:
      'Dosarul de date {dir} nu poate fi creat sau scris. Verificați dacă unitatea este conectată și nu este protejată la scriere, apoi porniți din nou Twinning Desk. Nu s-a modificat nimic.',
    unexpected:
      'Twinning Desk nu a putut deschide dosarul de date {dir}. Nu s-a modificat nimic. Transmiteți acest mesaj persoanei care se ocupă de calculatorul dumneavoastră: {detail}',
    lockedTitle: 'Dosarul de date este deja folosit',
    lockedHeld:
      'Un alt Twinning Desk (procesul {pid}, din {since}) folosește dosarul de date {dir}. Închideți-l sau opriți modul browser, apoi porniți din nou.',
    lockedUncertain:
      'Dosarul de date {dir} este marcat ca folosit de procesul {pid} din {since}, dar marcajul poate fi rămas în urma unei căderi. Dacă pe acest calculator nu este deschisă altă fereastră Twinning Desk sau modul browser, preluați dosarul.',
    lockedOtherMachine:
      'Dosarul de date {dir} este marcat ca folosit de calculatorul {host} din {since}. Dacă Twinning Desk este închis pe acel calculator (sau s-a oprit brusc), preluați dosarul; dacă este încă deschis acolo, ieșiți, altfel modificările făcute în ambele locuri se pierd.',
    takeOver: 'Preia dosarul de date',
    quit: 'Ieși',
    unsavedTitle: 'Închideți fără să salvați?',
    unsavedMessage: 'Un formular are modificări nesalvate.',
    unsavedDetail: 'Nesalvat: {forms}. Dacă închideți acum, aceste modificări se pierd.',
    stay: 'Continuă editarea',
    discard: 'Închide fără a salva',
  },
  fr: {
    startFailedTitle: 'Twinning Desk ne peut pas démarrer',
    diskFull:
      'Le disque qui contient le dossier des données {dir} est plein. Libérez de la place (videz la corbeille, déplacez de gros fichiers), puis relancez Twinning Desk. Rien n’a été modifié.',
    cannotWrite:
      'Le dossier des données {dir} ne peut être ni créé ni modifié. Vérifiez que le disque est branché et qu’il n’est pas protégé en écriture, puis relancez Twinning Desk. Rien n’a été modifié.',
    unexpected:
      'Twinning Desk n’a pas pu ouvrir le dossier des données {dir}. Rien n’a été modifié. Transmettez ce message à la personne qui s’occupe de votre ordinateur\u00a0: {detail}',
    lockedTitle: 'Le dossier des données est déjà utilisé',
    lockedHeld:
      'Un autre Twinning Desk (processus {pid}, depuis {since}) utilise le dossier des données {dir}. Fermez-le ou arrêtez son mode navigateur, puis relancez.',
    lockedUncertain:
      'Le dossier des données {dir} est marqué comme utilisé par le processus {pid} depuis {since}, mais cette marque peut rester d’un plantage. Si aucune autre fenêtre de Twinning Desk ni aucun mode navigateur n’est ouvert sur cet ordinateur, reprenez le dossier.',
    lockedOtherMachine:
      'Le dossier des données {dir} est marqué comme utilisé par l’ordinateur {host} depuis {since}. Si Twinning Desk est fermé sur cet ordinateur (ou s’il a planté), reprenez le dossier\u00a0; s’il y est encore ouvert, quittez, sinon les modifications faites des deux côtés seront perdues.',
    takeOver: 'Reprendre le dossier des données',
    quit: 'Quitter',
    unsavedTitle: 'Fermer sans enregistrer\u00a0?',
    unsavedMessage: 'Un formulaire contient des modifications non enregistrées.',
    unsavedDetail:
      'Non enregistré\u00a0: {forms}. Si vous fermez maintenant, ces modifications seront perdues.',
    stay: 'Continuer la saisie',
    discard: 'Fermer sans enregistrer',
  },
  de: {
    startFailedTitle: 'Twinning Desk kann nicht starten',
    diskFull:
      'Das Laufwerk mit dem Datenordner {dir} ist voll. Schaffen Sie Platz (Papierkorb leeren, große Dateien verschieben) und starten Sie Twinning Desk dann erneut. Es wurde nichts verändert.',
    cannotWrite:
      'Der Datenordner {dir} kann nicht angelegt oder beschrieben werden. Prüfen Sie, ob das Laufwerk angeschlossen und nicht schreibgeschützt ist, und starten Sie Twinning Desk dann erneut. Es wurde nichts verändert.',
    unexpected:
      'Twinning Desk konnte den Datenordner {dir} nicht öffnen. Es wurde nichts verändert. Geben Sie diese Meldung an die Person weiter, die Ihren Computer betreut: {detail}',
    lockedTitle: 'Der Datenordner wird bereits verwendet',
    lockedHeld:
      'Ein anderes Twinning Desk (Prozess {pid}, seit {since}) verwendet den Datenordner {dir}. Schließen Sie es oder beenden Sie seinen Browsermodus und starten Sie dann erneut.',
    lockedUncertain:
      'Der Datenordner {dir} ist als belegt durch Prozess {pid} seit {since} markiert, doch diese Markierung kann von einem Absturz übrig sein. Wenn auf diesem Computer kein anderes Twinning-Desk-Fenster und kein Browsermodus geöffnet ist, übernehmen Sie den Ordner.',
    lockedOtherMachine:
      'Der Datenordner {dir} ist als belegt durch den Computer {host} seit {since} markiert. Wenn Twinning Desk dort geschlossen ist (oder abgestürzt ist), übernehmen Sie den Ordner; ist es dort noch geöffnet, beenden Sie, sonst gehen an beiden Stellen gemachte Änderungen verloren.',
    takeOver: 'Datenordner übernehmen',
    quit: 'Beenden',
    unsavedTitle: 'Ohne Speichern schließen?',
    unsavedMessage: 'Ein Formular enthält nicht gespeicherte Änderungen.',
    unsavedDetail: 'Nicht gespeichert: {forms}. Wenn Sie jetzt schließen, gehen diese Änderungen verloren.',
    stay: 'Weiter bearbeiten',
    discard: 'Ohne Speichern schließen',
  },
};

/** A shell message in the given language with its `{name}` slots filled. */
export function shellText(
  locale: UiLocale,
  key: ShellKey,
  values: Record<string, string | number> = {},
): string {
  return shellMessages[locale][key].replace(/\{(\w+)\}/g, (slot, name: string) =>
    name in values ? String(values[name]) : slot,
  );
}
