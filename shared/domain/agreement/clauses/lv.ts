import type { LibraryEntry } from './types';

// Latvian puts a town's name in the genitive before "pilsēta" ("Rīgas pilsēta"), which a
// foreign name cannot be given by rule. The clauses put the designation first and the name
// after it in the nominative ("pilsēta Sibiu", "pilsētas Sibiu dome"), captions after a
// colon, and dates in parentheses, where the nominative "2025. gada 9. maijs" reads right.
export const lv: LibraryEntry = {
  labels: {
    title: 'Sadraudzības līgums',
    article: '{n}. pants',
    page: '{page}. lapa no {pages}',
    doneAt: 'Vieta un datums: {place}, {date}',
    forParty: 'Puses vārdā: {town}',
    signature: 'Paraksts',
    seal: 'Zīmogs',
    draft: 'PROJEKTS',
    draftOf: 'Projekts ({date})',
    version: '{n}. versija ({date})',
    signedOn: 'parakstīšanas datums: {dates}',
  },
  clauses: {
    parties: {
      heading: 'Puses',
      body: `{PartyA} ({locationA}), {representedA} {signatoryA}, {officeA},

un

{PartyB} ({locationB}), {representedB} {signatoryB}, {officeB},

turpmāk — „Puses”,`,
    },
    preamble: {
      heading: 'Preambula',
      body: `Apzinoties, ka draudzība starp tautām dzimst pilsoņu tikšanās reizēs, un būdamas uzticīgas miera, izlīguma, demokrātijas un savstarpējas cieņas ideāliem, uz kuriem balstās Eiropas nāciju kopiena,

atzīstot saites, kas jau izveidojušās starp {ofPartyA} un {ofPartyB} iedzīvotājiem, biedrībām un iestādēm,

būdamas pārliecinātas, ka pilsētu sadraudzība veicina savstarpēju sapratni, aktīvu Eiropas pilsonību un pilsoņu Eiropas veidošanu,

Puses svinīgi apņemas izveidot ilgstošu sadraudzību starp savām kopienām un vienojas par turpmāko:`,
    },
    objectives: {
      heading: 'Mērķi',
      body: `Puses apņemas uzturēt ilgstošas saites starp savām kopienām un draudzības un solidaritātes garā veicināt savu iedzīvotāju apmaiņu visās jomās. Kopīgi tās tiecas sasniegt šādus mērķus:

{objectives}`,
    },
    areas: {
      heading: 'Sadarbības jomas',
      body: `Sadarbība jo īpaši aptver šādas jomas:

- kultūra, kultūras mantojums un māksla;
- izglītība, skolas un partnera valodas apguve;
- jauniešu apmaiņa un sports;
- tūrisms un vietējās ekonomikas attīstība;
- vietējā pārvalde un sabiedriskie pakalpojumi;
- vide un ilgtspējīga attīstība;
- sociālās lietas, veselība un pilsoniskā sabiedrība.

Puses mudina abu kopienu biedrības, skolas, uzņēmumus un iedzīvotājus piedalīties sadraudzībā.`,
    },
    governance: {
      heading: 'Sadraudzības organizēšana',
      body: `Puses veicina tiešus kontaktus starp savām iestādēm, biedrībām un iedzīvotājiem.

Puses izveido kopīgu darba grupu, kurā katra Puse ieceļ divus pārstāvjus. Darba grupa sanāk vismaz reizi gadā pārmaiņus katras Puses teritorijā, lai izvērtētu īstenotās aktivitātes un vienotos par nākamā gada programmu.

Katra Puse nozīmē kontaktpersonu, kas atbild par sadraudzības ikdienas koordinēšanu.`,
    },
    finance: {
      heading: 'Finanšu noteikumi',
      body: `Saskaņā ar šo līgumu īstenotās aktivitātes finansē to budžetu ietvaros, kurus Pušu domes apstiprina katru gadu. Ja par konkrētu aktivitāti nav norunāts citādi, uzņemošā kopiena sedz savā teritorijā īstenotās programmas izmaksas, bet viesojošā kopiena — savas delegācijas ceļa izdevumus.

Puses kopīgi meklē atbalstu saviem kopīgajiem projektiem Eiropas, valsts un reģionālajās programmās.`,
    },
    approval: {
      heading: 'Apstiprināšana',
      body: `Šo līgumu apstiprināja {councilA} ar lēmumu Nr. {resolutionNumberA} ({resolutionDateA}) un {councilB} ar lēmumu Nr. {resolutionNumberB} ({resolutionDateB}).`,
    },
    duration: {
      heading: 'Stāšanās spēkā, darbības termiņš un izbeigšana',
      body: `Šis līgums stājas spēkā dienā, kad to parakstījušas abas Puses, un tas ir noslēgts uz nenoteiktu laiku.

Katra Puse var līgumu izbeigt ar savas domes lēmumu, par kuru tā rakstiski paziņo otrai Pusei. Izbeigšana stājas spēkā sešus mēnešus pēc paziņojuma; iesāktās aktivitātes tiek pabeigtas.`,
    },
    languages: {
      heading: 'Valodas',
      body: `Šis līgums sagatavots divos oriģināleksemplāros, katrs {languageA} un {languageB} valodā, un abiem tekstiem ir vienāds juridisks spēks. Katra Puse saņem vienu oriģināleksemplāru.`,
    },
  },
  defaultObjectives: [
    'draudzības un savstarpējās sapratnes padziļināšana starp abu kopienu iedzīvotājiem;',
    'apmaiņas attīstīšana starp skolām, jauniešiem, biedrībām un vietējām iestādēm;',
    'kopīgu interešu projektu īstenošana Eiropas garā.',
  ],
  designations: {
    city: {
      party: 'pilsēta {town}',
      of: 'pilsētas {town}',
      council: 'pilsētas {town} dome',
      represented: 'kuru pārstāv',
    },
    town: {
      party: 'pilsēta {town}',
      of: 'pilsētas {town}',
      council: 'pilsētas {town} dome',
      represented: 'kuru pārstāv',
    },
    commune: {
      party: 'novads {town}',
      of: 'novada {town}',
      council: 'novada {town} dome',
      represented: 'kuru pārstāv',
    },
    district: {
      party: 'apriņķis {town}',
      of: 'apriņķa {town}',
      council: 'apriņķa {town} padome',
      represented: 'kuru pārstāv',
    },
  },
};
