import type { UiLocale } from '../domain/settings';

/** The native menu's labels; the main process cannot load the renderer's catalogs. */
export const menuMessages: Record<
  UiLocale,
  Record<
    | 'file'
    | 'edit'
    | 'view'
    | 'help'
    | 'quit'
    | 'about'
    | 'reload'
    | 'dataFolder'
    | 'find'
    | 'newPartnership'
    | 'save'
    | 'print',
    string
  >
> = {
  en: {
    find: 'Find…',
    newPartnership: 'New partnership',
    save: 'Save',
    print: 'Print…',
    file: 'File',
    edit: 'Edit',
    view: 'View',
    help: 'Help',
    quit: 'Quit',
    about: 'About Twinning Desk',
    reload: 'Reload',
    dataFolder: 'Open data folder',
  },
  ro: {
    find: 'Caută…',
    newPartnership: 'Parteneriat nou',
    save: 'Salvează',
    print: 'Tipărește…',
    file: 'Fișier',
    edit: 'Editare',
    view: 'Vizualizare',
    help: 'Ajutor',
    quit: 'Ieșire',
    about: 'Despre Twinning Desk',
    reload: 'Reîncarcă',
    dataFolder: 'Deschide dosarul de date',
  },
  fr: {
    find: 'Rechercher…',
    newPartnership: 'Nouveau jumelage',
    save: 'Enregistrer',
    print: 'Imprimer…',
    file: 'Fichier',
    edit: 'Édition',
    view: 'Affichage',
    help: 'Aide',
    quit: 'Quitter',
    about: 'À propos de Twinning Desk',
    reload: 'Recharger',
    dataFolder: 'Ouvrir le dossier des données',
  },
  de: {
    find: 'Suchen…',
    newPartnership: 'Neue Partnerschaft',
    save: 'Speichern',
    print: 'Drucken…',
    file: 'Datei',
    edit: 'Bearbeiten',
    view: 'Ansicht',
    help: 'Hilfe',
    quit: 'Beenden',
    about: 'Über Twinning Desk',
    reload: 'Neu laden',
    dataFolder: 'Datenordner öffnen',
  },
};

export function pickLocale(preferred: string | null | undefined, system: string): UiLocale {
  const candidates = [preferred, system].filter((x): x is string => typeof x === 'string');
  for (const candidate of candidates) {
    const base = candidate.toLowerCase().slice(0, 2);
    if (base === 'en' || base === 'ro' || base === 'fr' || base === 'de') return base;
  }
  return 'en';
}
