import type { LibraryEntry } from './types';

// Finnish inflects every town name, and a foreign one cannot be inflected by rule
// ("Sibiun", "Clujin", "Tampereen"). The name stays in the nominative before a common noun
// that takes the case, the way Finnish writes names it cannot inflect ("Sibiu-kaupunki",
// "Sibiu-kaupungin valtuusto"; typography.ts writes "Bad Tölz -kaupunki" for a name of
// several words), and captions put it after a colon ("Paikka ja aika: Sibiu, …").
export const fi: LibraryEntry = {
  labels: {
    title: 'Ystävyyskuntasopimus',
    article: '{n} artikla',
    page: 'Sivu {page}/{pages}',
    doneAt: 'Paikka ja aika: {place}, {date}',
    forParty: 'Sopijapuolen puolesta: {town}',
    signature: 'Allekirjoitus',
    seal: 'Sinetti',
    draft: 'LUONNOS',
    draftOf: 'Luonnos {date}',
    version: 'Versio {n} ({date})',
    signedOn: 'allekirjoitettu {dates}',
  },
  clauses: {
    parties: {
      heading: 'Sopijapuolet',
      body: `{PartyA} ({locationA}), {representedA} {signatoryA}, {officeA},

ja

{PartyB} ({locationB}), {representedB} {signatoryB}, {officeB},

jäljempänä ”sopijapuolet”,`,
    },
    preamble: {
      heading: 'Johdanto',
      body: `Tietoisina siitä, että kansojen välinen ystävyys syntyy kansalaisten kohtaamisista, ja uskollisina rauhan, sovinnon, demokratian ja keskinäisen kunnioituksen ihanteille, joille eurooppalainen kansakuntien yhteisö perustuu,

tunnustaen ne siteet, jotka {ofPartyA} ja {ofPartyB} asukkaiden, yhdistysten ja instituutioiden välille on jo solmittu,

vakuuttuneina siitä, että ystävyyskuntatoiminta edistää keskinäistä ymmärrystä, aktiivista eurooppalaista kansalaisuutta ja kansalaisten Euroopan rakentamista,

sopijapuolet sitoutuvat juhlallisesti perustamaan yhteisöjensä välille pysyvän ystävyyskuntasuhteen ja ovat sopineet seuraavasta:`,
    },
    objectives: {
      heading: 'Tavoitteet',
      body: `Sopijapuolet sitoutuvat ylläpitämään pysyviä siteitä yhteisöjensä välillä ja edistämään asukkaidensa välistä vaihtoa kaikilla aloilla ystävyyden ja solidaarisuuden hengessä. Ne pyrkivät yhdessä seuraaviin tavoitteisiin:

{objectives}`,
    },
    areas: {
      heading: 'Yhteistyön alat',
      body: `Yhteistyö kattaa erityisesti seuraavat alat:

- kulttuuri, kulttuuriperintö ja taiteet;
- koulutus, koulut ja kumppanin kielen opiskelu;
- nuorisovaihto ja urheilu;
- matkailu ja paikallisen elinkeinoelämän kehittäminen;
- paikallishallinto ja julkiset palvelut;
- ympäristö ja kestävä kehitys;
- sosiaaliasiat, terveys ja kansalaisyhteiskunta.

Sopijapuolet kannustavat kummankin yhteisön yhdistyksiä, kouluja, yrityksiä ja asukkaita osallistumaan ystävyyskuntatoimintaan.`,
    },
    governance: {
      heading: 'Ystävyyskuntasuhteen järjestäminen',
      body: `Sopijapuolet edistävät instituutioidensa, yhdistystensä ja asukkaidensa välisiä suoria yhteyksiä.

Sopijapuolet perustavat yhteisen työryhmän, johon kumpikin sopijapuoli nimeää kaksi edustajaa. Työryhmä kokoontuu vähintään kerran vuodessa vuorotellen kummankin sopijapuolen alueella arvioimaan toteutettua toimintaa ja sopimaan seuraavan vuoden ohjelmasta.

Kumpikin sopijapuoli nimeää yhteyshenkilön, joka vastaa ystävyyskuntasuhteen jatkuvasta koordinoinnista.`,
    },
    finance: {
      heading: 'Rahoitusta koskevat määräykset',
      body: `Tämän sopimuksen mukainen toiminta rahoitetaan niiden talousarvioiden rajoissa, jotka sopijapuolten valtuustot hyväksyvät vuosittain. Jollei tietyn toiminnan osalta toisin sovita, vastaanottava yhteisö vastaa alueellaan toteutettavan ohjelman kustannuksista ja vieraileva yhteisö valtuuskuntansa matkakustannuksista.

Sopijapuolet hakevat yhdessä tukea yhteisille hankkeilleen eurooppalaisista, kansallisista ja alueellisista ohjelmista.`,
    },
    approval: {
      heading: 'Hyväksyminen',
      body: `Tämän sopimuksen ovat hyväksyneet {councilA} {resolutionDateA} tekemällään päätöksellä nro {resolutionNumberA} ja {councilB} {resolutionDateB} tekemällään päätöksellä nro {resolutionNumberB}.`,
    },
    duration: {
      heading: 'Voimaantulo, voimassaolo ja irtisanominen',
      body: `Tämä sopimus tulee voimaan päivänä, jona molemmat sopijapuolet ovat allekirjoittaneet sen, ja se on voimassa toistaiseksi.

Kumpikin sopijapuoli voi irtisanoa sopimuksen valtuustonsa päätöksellä, josta ilmoitetaan kirjallisesti toiselle sopijapuolelle. Irtisanominen tulee voimaan kuuden kuukauden kuluttua ilmoituksesta; käynnissä oleva toiminta viedään päätökseen.`,
    },
    languages: {
      heading: 'Kielet',
      body: `Tämä sopimus on laadittu kahtena alkuperäiskappaleena, kumpikin {languageA} ja {languageB} kielellä, ja molemmat tekstit ovat yhtä todistusvoimaiset. Kumpikin sopijapuoli saa yhden alkuperäiskappaleen.`,
    },
  },
  defaultObjectives: [
    'ystävyyden ja keskinäisen ymmärryksen syventäminen kummankin yhteisön asukkaiden välillä;',
    'koulujen, nuorten, yhdistysten ja paikallisten instituutioiden välisen vaihdon kehittäminen;',
    'yhteistä etua koskevien hankkeiden toteuttaminen eurooppalaisessa hengessä.',
  ],
  designations: {
    city: {
      party: '{town}-kaupunki',
      of: '{town}-kaupungin',
      council: '{town}-kaupungin valtuusto',
      represented: 'jota edustaa',
    },
    town: {
      party: '{town}-kaupunki',
      of: '{town}-kaupungin',
      council: '{town}-kaupungin valtuusto',
      represented: 'jota edustaa',
    },
    commune: {
      party: '{town}-kunta',
      of: '{town}-kunnan',
      council: '{town}-kunnan valtuusto',
      represented: 'jota edustaa',
    },
    district: {
      party: '{town}-piirikunta',
      of: '{town}-piirikunnan',
      council: '{town}-piirikunnan valtuusto',
      represented: 'jota edustaa',
    },
  },
  // "romania ja suomi" → "romanian ja suomen kielellä": the genitive, with the consonant
  // gradation of the names that have it (englanti → englannin, kreikka → kreikan).
  languageForm: finnishGenitive,
};

function finnishGenitive(name: string): string {
  if (/\s/.test(name)) return name;
  if (name === 'suomi') return 'suomen';
  const graded = name.replace(/nti$/, 'nni').replace(/([kpt])\1([aäi])$/, '$1$2');
  return /[aeiouyäö]$/.test(graded) ? `${graded}n` : `${graded}in`;
}
