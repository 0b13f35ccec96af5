import type { LibraryEntry } from './types';

// Slovak, like Czech, keeps foreign town names in the nominative after a designation.
export const sk: LibraryEntry = {
  labels: {
    title: 'Zmluva o partnerstve miest',
    article: 'Článok {n}',
    page: 'Strana {page} z {pages}',
    doneAt: '{place}, dňa {date}',
    forParty: 'Za: {town}',
    signature: 'Podpis',
    seal: 'Pečiatka',
    draft: 'NÁVRH',
    draftOf: 'Návrh zo dňa {date}',
    version: 'Verzia {n} zo dňa {date}',
    signedOn: 'podpísaná dňa {dates}',
  },
  clauses: {
    parties: {
      heading: 'Zmluvné strany',
      body: `{PartyA} ({locationA}), {representedA} {signatoryA}, {officeA},

a

{PartyB} ({locationB}), {representedB} {signatoryB}, {officeB},

ďalej len „zmluvné strany“,`,
    },
    preamble: {
      heading: 'Preambula',
      body: `Vedomé si toho, že priateľstvo medzi národmi sa začína stretávaním občanov, a verné ideálom mieru, zmierenia, demokracie a vzájomnej úcty, na ktorých spočíva európske spoločenstvo národov,

uznávajúc väzby, ktoré už vznikli medzi občanmi, združeniami a inštitúciami {ofPartyA} a {ofPartyB},

presvedčené, že partnerstvo miest prispieva k vzájomnému porozumeniu, k aktívnemu európskemu občianstvu a k Európe občanov,

sa zmluvné strany slávnostne zaväzujú nadviazať trvalé partnerstvo medzi svojimi obcami a dohodli sa takto:`,
    },
    objectives: {
      heading: 'Ciele',
      body: `Zmluvné strany sa zaväzujú udržiavať trvalé väzby medzi svojimi obcami a podporovať výmeny medzi svojimi občanmi vo všetkých oblastiach v duchu priateľstva a solidarity. Spoločne sledujú tieto ciele:

{objectives}`,
    },
    areas: {
      heading: 'Oblasti spolupráce',
      body: `Spolupráca sa týka najmä týchto oblastí:

- kultúra, kultúrne dedičstvo a umenie;
- vzdelávanie, školy a výučba jazyka partnera;
- výmeny mládeže a šport;
- cestovný ruch a miestny hospodársky rozvoj;
- miestna správa a verejné služby;
- životné prostredie a udržateľný rozvoj;
- sociálne veci, zdravie a občiansky život.

Zmluvné strany podporujú účasť združení, škôl, podnikov a občanov oboch obcí na partnerstve.`,
    },
    governance: {
      heading: 'Organizácia partnerstva',
      body: `Zmluvné strany podporujú priame kontakty medzi svojimi inštitúciami, združeniami a občanmi.

Zriaďuje sa spoločná pracovná skupina zložená z dvoch zástupcov každej zmluvnej strany. Skupina sa schádza najmenej raz ročne, striedavo na území každej zo zmluvných strán, aby zhodnotila uskutočnené činnosti a dohodla program na nasledujúci rok.

Každá zmluvná strana určí kontaktnú osobu zodpovednú za priebežnú koordináciu partnerstva.`,
    },
    finance: {
      heading: 'Finančné ustanovenia',
      body: `Činnosti uskutočňované podľa tejto zmluvy sa financujú v medziach rozpočtov, ktoré každoročne schvaľujú zastupiteľstvá zmluvných strán. Ak sa pre určitú činnosť nedohodne inak, hostiteľská obec hradí náklady programu na svojom území a hosťujúca obec cestovné náklady svojej delegácie.

Zmluvné strany spoločne usilujú o podporu európskych, národných a regionálnych programov pre svoje spoločné projekty.`,
    },
    approval: {
      heading: 'Schválenie',
      body: `Táto zmluva bola schválená uznesením {councilA} č. {resolutionNumberA} zo dňa {resolutionDateA} a uznesením {councilB} č. {resolutionNumberB} zo dňa {resolutionDateB}.`,
    },
    duration: {
      heading: 'Nadobudnutie účinnosti, trvanie a ukončenie',
      body: `Táto zmluva nadobúda účinnosť dňom jej podpisu oboma zmluvnými stranami a uzatvára sa na dobu neurčitú.

Každá zmluvná strana ju môže vypovedať uznesením svojho zastupiteľstva, písomne oznámeným druhej zmluvnej strane. Výpoveď nadobúda účinnosť šesť mesiacov po jej oznámení; prebiehajúce činnosti sa dokončia.`,
    },
    languages: {
      heading: 'Jazyky',
      body: `Táto zmluva je vyhotovená v dvoch pôvodných vyhotoveniach, každé v {languageA} a v {languageB}, pričom obe znenia sú rovnako záväzné. Každá zmluvná strana dostane jedno pôvodné vyhotovenie.`,
    },
  },
  defaultObjectives: [
    'rozvíjať priateľstvo a vzájomné porozumenie medzi občanmi oboch obcí;',
    'rozvíjať výmeny medzi školami, mládežou, združeniami a miestnymi inštitúciami;',
    'uskutočňovať projekty spoločného záujmu v európskom duchu.',
  ],
  designations: {
    city: {
      party: 'mesto {town}',
      of: 'mesta {town}',
      council: 'Mestského zastupiteľstva mesta {town}',
      represented: 'zastúpené:',
    },
    town: {
      party: 'mesto {town}',
      of: 'mesta {town}',
      council: 'Mestského zastupiteľstva mesta {town}',
      represented: 'zastúpené:',
    },
    commune: {
      party: 'obec {town}',
      of: 'obce {town}',
      council: 'Obecného zastupiteľstva obce {town}',
      represented: 'zastúpená:',
    },
    district: {
      party: 'okres {town}',
      of: 'okresu {town}',
      council: 'Zastupiteľstva okresu {town}',
      represented: 'zastúpený:',
    },
  },
  // "v rumunčine a v slovenčine": the locative of the language's name.
  languageForm: (name) => name.replace(/ina$/, 'ine'),
};
