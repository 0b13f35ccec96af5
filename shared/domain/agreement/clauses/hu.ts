import type { LibraryEntry } from './types';

// Hungarian puts the designation after the name ("Sibiu város") and chooses the article by
// the next sound: the clauses write "a(z)", which typography.ts resolves at print.
export const hu: LibraryEntry = {
  labels: {
    title: 'Testvérvárosi megállapodás',
    article: '{n}. cikk',
    page: '{page}. oldal, összesen {pages}',
    doneAt: 'Kelt: {place}, {date}',
    forParty: '{town} részéről',
    signature: 'Aláírás',
    seal: 'Pecsét',
    draft: 'TERVEZET',
    draftOf: 'Tervezet, {date}',
    version: '{n}. változat, {date}',
    signedOn: 'aláírva: {dates}',
  },
  clauses: {
    parties: {
      heading: 'A Felek',
      body: `{PartyA} ({locationA}), képviseli: {signatoryA}, {officeA},

valamint

{partyB} ({locationB}), képviseli: {signatoryB}, {officeB},

a továbbiakban: „a Felek”,`,
    },
    preamble: {
      heading: 'Preambulum',
      body: `Annak tudatában, hogy a népek közötti barátság a polgárok találkozásával kezdődik, és hűen a béke, a megbékélés, a demokrácia és a kölcsönös tisztelet eszményeihez, amelyeken az európai nemzetek közössége nyugszik,

elismerve a(z) {townA} és a(z) {townB} polgárai, egyesületei és intézményei között már kialakult kapcsolatokat,

meggyőződve arról, hogy a települések testvérkapcsolatai hozzájárulnak a kölcsönös megértéshez, az aktív európai polgársághoz és a polgárok Európájához,

a Felek ünnepélyesen kötelezettséget vállalnak arra, hogy tartós testvérvárosi kapcsolatot létesítenek egymással, és a következőkben állapodnak meg:`,
    },
    objectives: {
      heading: 'Célok',
      body: `A Felek vállalják, hogy tartós kapcsolatot tartanak fenn közösségeik között, és a barátság és a szolidaritás szellemében minden területen előmozdítják lakosaik cseréit. Közösen a következő célokat követik:

{objectives}`,
    },
    areas: {
      heading: 'Az együttműködés területei',
      body: `Az együttműködés különösen a következő területekre terjed ki:

- kultúra, kulturális örökség és művészetek;
- oktatás, iskolák és a partner nyelvének tanulása;
- ifjúsági cserék és sport;
- turizmus és helyi gazdaságfejlesztés;
- helyi közigazgatás és közszolgáltatások;
- környezetvédelem és fenntartható fejlődés;
- szociális ügyek, egészségügy és közélet.

A Felek ösztönzik mindkét település egyesületeit, iskoláit, vállalkozásait és polgárait, hogy vegyenek részt a testvérvárosi kapcsolatban.`,
    },
    governance: {
      heading: 'A kapcsolat szervezése',
      body: `A Felek előmozdítják intézményeik, egyesületeik és polgáraik közvetlen kapcsolatait.

A Felek közös munkacsoportot hoznak létre, amelynek mindkét Fél két-két képviselője a tagja. A munkacsoport évente legalább egyszer ülésezik, felváltva a két Fél területén, hogy értékelje a megvalósult tevékenységeket, és megállapodjon a következő év programjáról.

Mindkét Fél kapcsolattartót jelöl ki, aki a kapcsolat folyamatos koordinálásáért felel.`,
    },
    finance: {
      heading: 'Pénzügyi rendelkezések',
      body: `A jelen megállapodás keretében megvalósuló tevékenységek finanszírozása a Felek képviselő-testületei által évente elfogadott költségvetések keretei között történik. Ha egy adott tevékenységre a Felek másként nem állapodnak meg, a fogadó település viseli a területén megvalósuló program költségeit, a látogató település pedig küldöttsége utazási költségeit.

A Felek közös projektjeikhez közösen keresik az európai, nemzeti és regionális programok támogatását.`,
    },
    approval: {
      heading: 'Jóváhagyás',
      body: `A jelen megállapodást {councilA} a(z) {resolutionNumberA} számú, {resolutionDateA} napján kelt határozatával, {councilB} pedig a(z) {resolutionNumberB} számú, {resolutionDateB} napján kelt határozatával hagyta jóvá.`,
    },
    duration: {
      heading: 'Hatálybalépés, időtartam és megszűnés',
      body: `A jelen megállapodás a Felek általi aláírás napján lép hatályba, és határozatlan időre jön létre.

Bármelyik Fél felmondhatja képviselő-testületének határozatával, amelyet írásban közöl a másik Féllel. A felmondás a közléstől számított hat hónap elteltével válik hatályossá; a folyamatban lévő tevékenységeket be kell fejezni.`,
    },
    languages: {
      heading: 'Nyelvek',
      body: `A jelen megállapodás két eredeti példányban készült, mindegyik {languageA} és {languageB} nyelven; mindkét szöveg egyaránt hiteles. Mindkét Fél egy-egy eredeti példányt kap.`,
    },
  },
  defaultObjectives: [
    'a barátság és a kölcsönös megértés elmélyítése a két település polgárai között;',
    'az iskolák, a fiatalok, az egyesületek és a helyi intézmények közötti cserék fejlesztése;',
    'közös érdekű projektek megvalósítása európai szellemben.',
  ],
  designations: {
    city: {
      party: '{town} város',
      of: '{town} város',
      council: 'a(z) {town} város képviselő-testülete',
      represented: '',
    },
    town: {
      party: '{town} város',
      of: '{town} város',
      council: 'a(z) {town} város képviselő-testülete',
      represented: '',
    },
    commune: {
      party: '{town} község',
      of: '{town} község',
      council: 'a(z) {town} község képviselő-testülete',
      represented: '',
    },
    district: {
      party: '{town} megye',
      of: '{town} megye',
      council: 'a(z) {town} megye közgyűlése',
      represented: '',
    },
  },
};
