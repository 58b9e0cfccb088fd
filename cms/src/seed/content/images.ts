import type { SeedImage } from '../types';

/*
 * The illustrations in cms/seed-assets/, each with the alternative text that says what the
 * drawing really shows — reused by pages and news so one drawing never gets two descriptions.
 */
export const IMAGES = {
  rathaus: {
    file: 'rathaus.svg',
    alt: 'Zeichnung: ein helles Rathaus mit Staffelgiebel, einer Uhr im Giebel und einem roten Rundbogenportal, links und rechts zwei kleinere Häuser mit roten Dächern',
  },
  johannisturm: {
    file: 'johannisturm.svg',
    alt: 'Zeichnung: ein runder mittelalterlicher Turm aus hellem Naturstein mit spitzem rotem Kegeldach und schmalen Fensterschlitzen, links und rechts schließt ein Stück Stadtmauer an',
  },
  kirche: {
    file: 'kirche.svg',
    alt: 'Zeichnung: eine gotische Hallenkirche mit rotem Dach, hohen blauen Spitzbogenfenstern und einem hohen Westturm mit spitzem blauem Turmhelm',
  },
  feuerwehrauto: {
    file: 'feuerwehrauto.svg',
    alt: 'Zeichnung: ein rotes Feuerwehrauto mit weißem Streifen, Blaulicht auf dem Fahrerhaus und einer Leiter auf dem Dach, auf einer Straße',
  },
  buehne: {
    file: 'buehne.svg',
    alt: 'Zeichnung: eine leere Theaterbühne mit roten Vorhängen und hellem Scheinwerferlicht, davor eine Reihe Zuschauersitze',
  },
  park: {
    file: 'park.svg',
    alt: 'Zeichnung: ein Park mit runden Laubbäumen, einem geschwungenen Sandweg, einer roten Bank und einem kleinen Teich',
  },
  werkstatt: {
    file: 'werkstatt.svg',
    alt: 'Zeichnung: ein Werktisch mit Holzbrett und Hammer, Pinseln in einem Glas, einer roten getöpferten Vase und einem Bleistift; an der Wand hängen eine Säge und ein Zollstock',
  },
  stadtmauer: {
    file: 'stadtmauer.svg',
    alt: 'Zeichnung: ein Abschnitt einer Stadtmauer aus Naturstein mit Zinnen und einem eckigen Wehrturm, davor ein Spazierweg mit Bäumen und zwei Spaziergängern',
  },
  markt: {
    file: 'markt.svg',
    alt: 'Zeichnung: drei Marktstände mit rot-weiß und blau-weiß gestreiften Dächern vor bunten Giebelhäusern, darüber eine Wimpelkette',
  },
  baustelle: {
    file: 'baustelle.svg',
    alt: 'Zeichnung: eine Straßenbaustelle mit einem gelben Bagger, rot-weißen Absperrbaken und einem Warnschild',
  },
  stadtansicht: {
    file: 'stadtansicht.svg',
    alt: 'Zeichnung: die Stadtansicht von Aschersleben – der runde Johannisturm mit rotem Kegeldach an der Stadtmauer, die Kirche St. Stephani mit blauem Turmhelm, das Rathaus mit Staffelgiebel und zwei Bürgerhäuser',
  },
  stadtzeichen: {
    file: 'stadtzeichen.svg',
    alt: 'Stadtzeichen von Aschersleben: ein weißes Stadttor auf blauem Grund über einem roten Streifen',
  },
  logoStadt: {
    file: 'logo-stadt.svg',
    alt: 'Logo der Stadt Aschersleben: ein weißes Stadttor auf blauem Grund mit rotem Streifen, daneben der Schriftzug „Stadt Aschersleben“',
  },
  logoKulturanstalt: {
    file: 'logo-kulturanstalt.svg',
    alt: 'Logo der Aschersleber Kulturanstalt: ein roter Kreis mit einem stilisierten Bühnenbogen, daneben der Schriftzug „Aschersleber Kulturanstalt“',
  },
  logoKreativwerkstatt: {
    file: 'logo-kreativwerkstatt.svg',
    alt: 'Logo der Kreativwerkstatt: vier bunte Farbfelder in Blau, Rot, Gelb und Grün, daneben der Schriftzug „Kreativwerkstatt Aschersleben“',
  },
  logoFeuerwehr: {
    file: 'logo-feuerwehr.svg',
    alt: 'Logo der Freiwilligen Feuerwehr Aschersleben: ein rotes Wappenschild mit weißer Flamme, daneben der Schriftzug „Freiwillige Feuerwehr Aschersleben“',
  },
} as const satisfies Record<string, SeedImage>;
