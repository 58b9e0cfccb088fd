import { b, h2, h3, i, link, p, ul } from '../blocks';
import type { SeedPageTranslation } from '../translations';
import type { SeedImage } from '../types';
import { TOWN } from './contact';
import { IMAGES } from './images';
import { tourismusOrteTranslations } from './pages/tourismus-orte';

/*
 * English versions of the pages visitors and investors look for first: the four main sections,
 * the town's history and sights, business development and commercial sites, the citizens'
 * services, the legal notice and the accessibility statement. Written for English readers,
 * not translated word for word. Each refers to its German page by slug; its URL is /en/ plus
 * the English slugs of its ancestors (a German slug where an ancestor has no translation).
 * Links go to English pages where they exist, otherwise to the German page, and say so.
 */

/** The same drawing as the German page, described in English. */
const image = (base: SeedImage, alt: string): SeedImage => ({ file: base.file, alt });

const IMG = {
  rathaus: image(
    IMAGES.rathaus,
    'Drawing: a light-coloured town hall with a stepped gable, a clock in the gable and a red round-arched doorway, flanked by two smaller houses with red roofs',
  ),
  park: image(IMAGES.park, 'Drawing: a park with round leafy trees, a winding sandy path, a red bench and a small pond'),
  stadtmauer: image(
    IMAGES.stadtmauer,
    'Drawing: a stretch of stone town wall with battlements and a square defence tower, in front a footpath with trees and two people walking',
  ),
  johannisturm: image(
    IMAGES.johannisturm,
    'Drawing: a round medieval tower of pale natural stone with a pointed red conical roof and narrow slit windows, joined by the town wall on either side',
  ),
  kirche: image(
    IMAGES.kirche,
    'Drawing: a Gothic hall church with a red roof, tall blue pointed-arch windows and a high west tower with a pointed blue spire',
  ),
};

const inGerman = ' (in German)';

export const pageTranslations: SeedPageTranslation[] = [
  {
    page: 'rathaus-verwaltung',
    slug: 'town-hall',
    title: 'Town Hall and Administration',
    summary:
      'Citizens’ services, the town council, the eleven villages, departments, jobs and the official gazette: how the town administration of Aschersleben works and how to reach it.',
    seoDescription: 'Aschersleben town hall: citizens’ services, town council, villages, departments, jobs and official gazette. Address and contact.',
    image: IMG.rathaus,
    body: [
      p(
        'The town administration of Aschersleben serves about 26,700 people in the town itself and in eleven surrounding villages. Its seat is the town hall on the market square. Many matters can now be dealt with online, at any time of day. If you prefer to come in person, please book an appointment: the member of staff will be prepared and you will not have to wait.',
      ),
      h2('Where to start'),
      ul(
        [link('/en/town-hall/citizens-services/', 'Citizens’ services'), ': identity cards, registering your address, certified copies and appointments'],
        [link('/rathaus-verwaltung/buergerservice/online-dienste/', 'Online services'), `${inGerman}: forms, applications and payments`],
        [link('/rathaus-verwaltung/amtsblatt/', 'Official gazette'), `${inGerman}: the town’s official announcements`],
      ),
      h2('Local democracy'),
      p(
        'The elected town council decides on the town’s important matters, and each village has its own local council. The administration is headed by the Lord Mayor (Oberbürgermeister). Details about the ',
        link('/rathaus-verwaltung/stadtrat/', 'town council'),
        ' and the ',
        link('/rathaus-verwaltung/ortschaften/', 'villages'),
        ' are available in German.',
      ),
      h2('Language'),
      p(
        'The working language of the administration is German. Staff at the citizens’ services will do their best to help you in English; for complicated matters it helps to bring someone who speaks German.',
      ),
      h2('Contact'),
      p(
        b(TOWN.name),
        `, ${TOWN.street}, ${TOWN.postalCode} ${TOWN.city}, Germany. Phone `,
        link(TOWN.phoneHref, '+49 3473 958-0'),
        ', email ',
        link(TOWN.emailHref, TOWN.email),
        '.',
      ),
    ],
  },
  {
    page: 'buergerservice',
    slug: 'citizens-services',
    title: 'Citizens’ Services',
    summary:
      'The citizens’ services desk in the town hall is the first point of contact for identity documents, registering your address and certified copies. Booking an appointment is quickest.',
    seoDescription: 'Citizens’ services in Aschersleben: identity cards, passports, address registration, certificates. Opening hours, appointments, contact.',
    body: [
      p(
        'At the citizens’ services desk (Bürgerservice) you can deal with the most common official matters in one place. You will find us on the ground floor of the town hall, Markt 1. The entrance is step-free.',
      ),
      h2('Opening hours'),
      ul(
        'Monday: 8 am to 12 noon',
        'Tuesday: 8 am to 12 noon and 1 pm to 6 pm',
        'Wednesday: closed',
        'Thursday: 8 am to 12 noon and 1 pm to 4 pm',
        'Friday: 8 am to 12 noon',
      ),
      p(
        'Please book an appointment if you can, online at any time through the ',
        link('/rathaus-verwaltung/buergerservice/online-dienste/', 'online appointment service'),
        `${inGerman} or by phone. Without an appointment you may have to wait.`,
      ),
      h2('What we can do for you'),
      h3('Moving to Aschersleben'),
      p(
        'Anyone who moves into a home in Germany must register the new address within two weeks. Bring your passport or identity card and the confirmation from your landlord (Wohnungsgeberbestätigung). Citizens of the European Union do not need any further permit; for residence permits the immigration office of the Salzlandkreis district is responsible.',
      ),
      h3('Documents'),
      ul(
        'applying for and collecting German identity cards and passports',
        'certificates of registration and certificates of good conduct',
        'certified copies and signatures',
        'lost property',
      ),
      h2('What to bring'),
      p(
        'For almost everything you need a valid identity card or passport. For a new German identity document you also need a recent biometric photo. We are happy to tell you on the phone beforehand which papers your case requires.',
      ),
      h2('Contact'),
      p(
        'Phone ',
        link(TOWN.phoneHref, '+49 3473 958-0'),
        ' (switchboard, we will put you through), email ',
        link(TOWN.serviceEmailHref, TOWN.serviceEmail),
        '.',
      ),
    ],
  },
  {
    page: 'leben-in-aschersleben',
    slug: 'living-in-aschersleben',
    title: 'Living in Aschersleben',
    summary:
      'Childcare and schools, housing, sport and help for older people: what makes Aschersleben a good place to live, and where to find help when you arrive.',
    seoDescription: 'Living in Aschersleben: childcare, schools, housing, sport and clubs, help for seniors, and the volunteer fire brigade. For residents and newcomers.',
    image: IMG.park,
    body: [
      p(
        'Aschersleben lies on the north-eastern edge of the Harz mountains, on the river Eine, in the Salzlandkreis district of Saxony-Anhalt. The town combines a well-preserved old town with a lot of green: parks, a promenade along the former town moat, and open country around its eleven villages. About 26,700 people live here, on some 156 square kilometres.',
      ),
      h2('Arriving'),
      p(
        'If you move here, register your new address at the ',
        link('/en/town-hall/citizens-services/', 'citizens’ services desk'),
        ' within two weeks. Renting is affordable compared with Germany’s big cities, from flats in the old town to family houses on the outskirts.',
      ),
      h2('Families'),
      p(
        'There are nurseries, after-school clubs and schools in the town and in several villages. Information on childcare places and school enrolment is on the German pages ',
        link('/leben-in-aschersleben/familie-kinderbetreuung/', 'Familie und Kinderbetreuung'),
        ' and ',
        link('/leben-in-aschersleben/schulen/', 'Schulen'),
        '.',
      ),
      h2('Leisure'),
      p(
        'Sports clubs, the Kulturanstalt’s concerts and theatre, courses at the Kreativwerkstatt and the annual Gildefest make the town lively. See ',
        link('/en/tourism-and-culture/', 'Tourism and Culture'),
        ' for an overview.',
      ),
      h2('Safety'),
      p(
        'The volunteer fire brigade is ready around the clock. In an emergency always call ',
        b('112'),
        ' (fire and ambulance) or ',
        b('110'),
        ' (police).',
      ),
    ],
  },
  {
    page: 'wirtschaft',
    slug: 'business',
    title: 'Business',
    summary:
      'Good transport links, serviced commercial land and an administration that supports companies: Aschersleben as a location for industry, crafts, trade and services.',
    seoDescription: 'Aschersleben as a business location: business development, commercial sites, funding and the town’s own companies at a glance.',
    body: [
      p(
        'Aschersleben is a regional centre in the Salzlandkreis district with a long tradition of industry and craftsmanship. Today the local economy is shaped by small and medium-sized firms in manufacturing, crafts, logistics, retail and services.',
      ),
      h2('The location'),
      ul(
        [b('Transport'), ': direct access to the A 36 motorway, close to the A 14, railway station with regional trains'],
        [b('Position'), ': on the edge of the Harz, between Magdeburg, Halle and Halberstadt'],
        [b('Land'), ': serviced commercial and industrial estates of different sizes'],
        [b('Quality of life'), ': a restored old town, childcare, schools and affordable housing for skilled workers'],
      ),
      h2('How we can help'),
      p(
        'The town’s ',
        link('/en/business/business-development/', 'business development team'),
        ' is your single point of contact in the town hall, whether you want to set up, expand or relocate. It knows which ',
        link('/en/business/commercial-sites/', 'commercial sites'),
        ' are available and advises on public funding.',
      ),
      h2('Tenders and announcements'),
      p(
        'The town publishes public tenders and official notices in German, in its ',
        link('/rathaus-verwaltung/amtsblatt/', 'official gazette'),
        ' and under ',
        link('/aktuelles/', 'Aktuelles'),
        ' (news).',
      ),
    ],
  },
  {
    page: 'wirtschaftsfoerderung',
    slug: 'business-development',
    title: 'Business Development',
    summary:
      'The town’s business development team supports companies that want to set up, expand or start in Aschersleben: confidentially, without red tape and with one contact person.',
    seoDescription: 'Business development in Aschersleben: advice on investment, expansion and start-ups, finding a site, funding and dealing with authorities.',
    body: [
      p(
        'Whether you are founding a company, expanding your business or looking at Aschersleben as a new location: the business development team (Wirtschaftsförderung) guides you through the administration. You get one contact person who stays with your project from the first idea to the opening day.',
      ),
      h2('What we offer'),
      h3('Investment and expansion'),
      ul(
        'finding suitable land and commercial property',
        'coordinating with building control, environmental authorities and utilities',
        'support through planning and permit procedures',
      ),
      h3('Start-ups'),
      ul(
        'a first meeting about your business idea',
        'introductions to the chambers of commerce and crafts, start-up advisers and banks',
        'guidance on registering a business and on licences',
      ),
      h3('Existing businesses'),
      p(
        'We visit local firms, listen and help when something gets stuck, for example roadworks outside the door, recruiting skilled staff or transport connections.',
      ),
      h2('Network'),
      p(
        'We work closely with the Chamber of Industry and Commerce (IHK), the Chamber of Crafts, the district’s economic development agency and Investment and Marketing Corporation Saxony-Anhalt (IMG), the state’s inward investment agency.',
      ),
      h2('Contact'),
      p(
        `Business development, town hall, ${TOWN.street}, ${TOWN.postalCode} ${TOWN.city}, Germany. Phone `,
        link(TOWN.phoneHref, '+49 3473 958-0'),
        ', email ',
        link('mailto:wirtschaft@aschersleben.de', 'wirtschaft@aschersleben.de'),
        '. We treat every enquiry in confidence, and we are happy to meet in English.',
      ),
    ],
  },
  {
    page: 'gewerbeflaechen',
    slug: 'commercial-sites',
    title: 'Commercial Sites',
    summary:
      'Serviced commercial and industrial land close to the motorway, plus halls, offices and shops in the town centre: how to find the right site in Aschersleben.',
    seoDescription: 'Commercial sites in Aschersleben: industrial and business estates, plots and buildings, utilities and how to enquire.',
    body: [
      p(
        'Aschersleben has several commercial and industrial estates. Most are fully serviced and have quick access to the A 36 motorway. In addition there are shops and offices available in the town centre.',
      ),
      h2('What is available'),
      ul(
        'plots for industry, production and logistics, including larger connected areas',
        'smaller plots for crafts and trade',
        'existing buildings: halls, workshops and office space',
        'retail space in the old town',
      ),
      h2('Utilities'),
      p(
        'The sites are connected to roads, electricity, natural gas, drinking water and sewers. If you need particularly high capacity, we involve the municipal utility companies at an early stage. Fibre broadband is being extended across the estates.',
      ),
      h2('How an enquiry works'),
      ul(
        [b('Describe what you need'), ': size, use, timing and any special requirements'],
        [b('Receive offers'), ': we put together suitable municipal and private sites with site plans and terms'],
        [b('Visit and decide'), ': we show you the sites and plan the next steps with you, from purchase contract to building permit'],
      ),
      h2('Planning law'),
      p(
        'What may be built on a site is set by the local development plan (Bebauungsplan). The ',
        link('/rathaus-verwaltung/aemter/bauamt/', 'planning and building department'),
        `${inGerman} can tell you more.`,
      ),
      h2('Contact'),
      p(
        'Please send your enquiry to ',
        link('/en/business/business-development/', 'business development'),
        ': ',
        link('mailto:wirtschaft@aschersleben.de', 'wirtschaft@aschersleben.de'),
        '.',
      ),
    ],
  },
  {
    page: 'tourismus-kultur',
    slug: 'tourism-and-culture',
    title: 'Tourism and Culture',
    summary:
      'More than 1,250 years of history, an almost complete ring of medieval fortifications, parks from the 2010 garden show and a lively cultural scene: discover Saxony-Anhalt’s oldest town.',
    seoDescription: 'Discover Aschersleben: history, town fortifications, sights, guided tours, concerts and theatre at the Kulturanstalt, and the Gildefest.',
    image: IMG.stadtmauer,
    body: [
      p(
        'Aschersleben proudly calls itself the oldest town in Saxony-Anhalt. On the river Eine and known as the “gateway to the Harz”, it is only a few kilometres from the mountains. Walk through the old town and you meet history at every turn, in a town that has renewed itself with fresh ideas.',
      ),
      h2('History and townscape'),
      ul(
        [link('/en/tourism-and-culture/history/', 'History'), ': from the first mention to the present day'],
        [link('/en/tourism-and-culture/sights/', 'Sights'), ': church, town hall, towers and parks'],
        [link('/tourismus-kultur/stadtfuehrungen/', 'Guided tours'), `${inGerman}: see the town with local experts`],
      ),
      h2('Culture'),
      p(
        'The Aschersleber Kulturanstalt brings concerts, theatre, readings and exhibitions to the town, and at the Kreativwerkstatt you can get creative yourself. Every year the town celebrates its Gildefest, the guild festival, on the Holzmarkt square. Programmes are published in German under ',
        link('/tourismus-kultur/kulturanstalt/veranstaltungen/', 'Veranstaltungen'),
        '.',
      ),
      h2('Getting here'),
      p(
        'By car, take the A 36 motorway; by train, regional services stop at Aschersleben station. There is parking around the old town, and it is only a short walk into the centre.',
      ),
    ],
  },
  {
    page: 'geschichte',
    slug: 'history',
    title: 'History',
    summary:
      'First mentioned in the Codex Eberhardi, town charter in 1266, member of the Hanseatic League from 1426: the story of Aschersleben from its beginnings to the town of today.',
    seoDescription: 'History of Aschersleben: first mention in the Codex Eberhardi (753), town charter 1266, Hanseatic League 1426, fortifications, renewal to 2010.',
    image: IMG.johannisturm,
    body: [
      p(
        'Aschersleben looks back on well over a thousand years of history, which is the basis of its claim to be the oldest town in Saxony-Anhalt.',
      ),
      h2('The first mention'),
      p(
        'Aschersleben appears in the ',
        i('Codex Eberhardi'),
        ', a 12th-century collection of copies of old charters of Fulda Abbey. By tradition, the entry for Aschersleben is dated to the year 753, and it is from this record that the town counts its history.',
      ),
      h2('Town charter and town wall'),
      p(
        'Aschersleben received its town charter in 1266. As it grew, the town surrounded itself with fortifications: a ring of walls and moats about two kilometres long with originally some 50 towers. Large parts of it still stand today.',
      ),
      h2('Trade and the Hanseatic League'),
      p(
        'From 1426 Aschersleben belonged to the Hanseatic League, the alliance of merchants and towns that dominated trade in northern and central Europe. Its position on the edge of the Harz and on important trade routes made it a busy market. The market square, the town hall and the large merchants’ houses still tell of this wealth.',
      ),
      h2('From the industrial age to today'),
      p(
        'In the 19th and 20th centuries Aschersleben grew into an industrial town. After German reunification in 1990 it changed profoundly: factories closed and many people moved away. The town responded with bold urban renewal. In 2010 it took part in the International Building Exhibition on urban redevelopment and hosted the Saxony-Anhalt garden show; derelict land became parks, and the old town was strengthened.',
      ),
      p('Between 2004 and 2010, eleven neighbouring municipalities joined the town; they are now its villages (Ortschaften).'),
    ],
  },
  {
    page: 'sehenswuerdigkeiten',
    slug: 'sights',
    title: 'Sights',
    summary:
      'St Stephen’s Church, the town hall on the market square, the Grauer Hof, Bestehorn Park, the Herrenbreite and St John’s Tower: Aschersleben’s main sights at a glance.',
    seoDescription: 'Sights in Aschersleben: St Stephen’s Church, the historic town hall, Grauer Hof, Bestehorn Park, Herrenbreite and St John’s Tower.',
    image: IMG.kirche,
    body: [
      p(
        'Most of Aschersleben’s sights are close together in the old town and easy to reach on foot. A walk links the church, the town hall, historic courtyards, towers and parks.',
      ),
      h2('In the old town'),
      h3('St Stephen’s Church'),
      p(
        'St Stephani, the town church, is a Gothic hall church in the heart of the old town. Its tall tower shapes the skyline and can be seen from far away; inside, the wide, bright hall is impressive.',
      ),
      h3('Town hall'),
      p(
        'The town hall on the market square grew over several centuries and is still the seat of the town administration. Its gable and the square in front of it are the heart of the old town. Weddings are held here too.',
      ),
      h3('Grauer Hof'),
      p('The Grauer Hof is a historic group of buildings in the old town with parts dating from the Middle Ages, among the oldest surviving in Aschersleben.'),
      h3('St John’s Tower'),
      p(
        'The Johannisturm is one of the surviving towers of the medieval town fortifications and a favourite photo subject. A promenade on the former moat leads almost all the way around the old town; allow about an hour.',
      ),
      h2('Parks'),
      h3('Bestehorn Park'),
      p(
        'Named after a family of Aschersleben industrialists, Bestehorn Park was redesigned for the 2010 garden show and is now a place to stroll and relax in the middle of town.',
      ),
      h3('Herrenbreite'),
      p('The Herrenbreite is a spacious green area also created for the garden show, with meadows, paths and playgrounds popular with families.'),
      h2('Tip'),
      p(
        'All of these places are on the route of the ',
        link('/tourismus-kultur/stadtfuehrungen/', 'guided old town tour'),
        `${inGerman}; ask about tours in English.`,
      ),
    ],
  },
  {
    page: 'impressum',
    slug: 'legal-notice',
    title: 'Legal Notice',
    summary:
      'Who publishes aschersleben.de: the publisher, its legal representative and supervisory authority, who is responsible for the content, and picture credits.',
    seoDescription: 'Legal notice (Impressum) of the Aschersleben town website: publisher, representative, supervisory authority, responsibility for content.',
    body: [
      p(
        'This is a translation for information. The legally binding version is the German ',
        link('/impressum/', 'Impressum'),
        '.',
      ),
      h2('Publisher'),
      p(b(TOWN.name)),
      p(`${TOWN.street}, ${TOWN.postalCode} ${TOWN.city}, Germany`),
      p('Phone: ', link(TOWN.phoneHref, '+49 3473 958-0')),
      p('Email: ', link(TOWN.emailHref, TOWN.email)),
      h2('Legal form and representation'),
      p(
        'The town of Aschersleben is a local authority under public law in the Salzlandkreis district, State of Saxony-Anhalt. It is represented by the Lord Mayor (Oberbürgermeister).',
      ),
      h2('Supervisory authority'),
      p('Local government supervision of the Salzlandkreis district.'),
      h2('Responsible for the content'),
      p(
        'The Lord Mayor is responsible for the content of the town of Aschersleben, at the address above. The Aschersleber Kulturanstalt, the Kreativwerkstatt and the volunteer fire brigade are responsible for their own pages; their contact details are in the ',
        link('/einrichtungen/', 'directory of institutions'),
        `${inGerman}.`,
      ),
      h2('Links to other websites'),
      p(
        'This website links to websites of other providers, such as the town’s companies. Those providers are responsible for their content. We checked the linked pages when we set the links; if you notice unlawful content there, please tell us and we will remove the link at once.',
      ),
      h2('Picture credits'),
      p('The drawings on this website were made for the town portal. The logos belong to the respective institutions.'),
    ],
  },
  {
    page: 'erklaerung-zur-barrierefreiheit',
    slug: 'accessibility-statement',
    title: 'Accessibility Statement',
    summary:
      'How accessible is this website? Compliance with the German accessibility regulation BITV 2.0, known barriers, how to report a barrier and how the enforcement procedure works.',
    seoDescription: 'Accessibility statement of the Aschersleben town website: compliance status, known barriers, feedback and enforcement procedure.',
    body: [
      p(
        'The town of Aschersleben wants its website to be accessible to everyone. The legal basis is the Disability Equality Act of Saxony-Anhalt (BGG LSA) and the Accessible Information Technology Regulation (BITV 2.0), which refers to the European standard EN 301 549 and thus to the Web Content Accessibility Guidelines (WCAG) 2.1, level AA. We already work to the newer WCAG 2.2.',
      ),
      p(
        'This is a translation for information. The binding version is the German ',
        link('/erklaerung-zur-barrierefreiheit/', 'Erklärung zur Barrierefreiheit'),
        '.',
      ),
      h2('Compliance status'),
      p('This website is ', b('partially compliant'), ' with BITV 2.0. The content listed below is not yet fully accessible.'),
      h2('Non-accessible content'),
      ul(
        'Older issues of the official gazette and other older PDF documents are not fully accessible; some lack structural information. New documents are produced accessibly, and older ones are being replaced step by step.',
        'Videos in German Sign Language are being prepared and have not yet been published.',
        'Some older images have only short text alternatives.',
        'Only some pages are available in English; the rest of the website is in German.',
      ),
      h2('Preparation of this statement'),
      p(
        'This statement was prepared on 2 November 2026 and last reviewed on 24 November 2026. It is based on a self-assessment by the town. In addition, an automated test checks every page of the website for barriers each time it is published; pages with serious errors are not published.',
      ),
      h2('Feedback and contact'),
      p(
        'Have you found a barrier on this website, or do you need information from a document in another format? Please write to us or call us:',
      ),
      ul(
        ['Email: ', link(TOWN.barrierEmailHref, TOWN.barrierEmail)],
        ['Phone: ', link(TOWN.phoneHref, '+49 3473 958-0')],
        ['Post: ', `${TOWN.name}, ${TOWN.street}, ${TOWN.postalCode} ${TOWN.city}, Germany`],
      ),
      p('Please describe the barrier and give the address of the page. We will confirm receipt and reply within one month.'),
      h2('Enforcement procedure'),
      p(
        'If you have received no answer or no satisfactory answer, you can use the enforcement procedure under sections 16b to 16d BGG LSA, in which a body appointed by the State of Saxony-Anhalt checks whether the website meets the requirements and works towards a solution. We will gladly give you its current contact details or forward your concern to it directly.',
      ),
    ],
  },
  // Pages of the tourism section built on the places: content/pages/tourismus-orte.ts.
  ...tourismusOrteTranslations,
];
