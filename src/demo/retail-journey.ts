import { MapDocument, type MapDocumentInput } from '../domain/journey/map-document.js';
import { DEFAULT_LANES } from '../domain/journey/templates.js';

/**
 * The demo journey: Kotiväri, an invented Finnish home and interior retailer with a web
 * shop and 30 stores. English base text with Finnish translations. The delivery wait
 * (`delivery-wait`) is the forgotten phase between purchase and delivery and the known
 * pain point; the demo data generator (generator.ts) is written against these keys.
 */

type TouchpointInput = MapDocumentInput['touchpoints'][number];
type CardInput = MapDocumentInput['cards'][number];

interface TouchpointTexts {
  name: string;
  description: string;
  customerAction: string;
  needs: string;
  expectations: string;
  motivations: string;
  barriers: string;
  brandPromise: string;
}

const TEAMS_FI: Record<string, string> = {
  Marketing: 'Markkinointi',
  'E-commerce': 'Verkkokauppa',
  Stores: 'Myymälät',
  'Customer service': 'Asiakaspalvelu',
  Logistics: 'Logistiikka',
  Loyalty: 'Kanta-asiakkuus',
};

type StageRef = 'awareness' | 'consideration' | 'purchase' | 'delivery' | 'use' | 'loyalty';
type LaneRef = 'actions' | 'needs' | 'pain_points' | 'opportunities' | 'brand_promise' | 'backstage';

function touchpoint(
  fields: Omit<TouchpointInput, keyof TouchpointTexts | 'ref' | 'translations' | 'stage'> & {
    stage: StageRef;
  },
  en: TouchpointTexts,
  fi: TouchpointTexts,
): TouchpointInput {
  const teamFi = TEAMS_FI[fields.ownerTeam];
  return {
    ref: fields.key,
    ...fields,
    ...en,
    translations: { fi: { ...fi, ...(teamFi ? { ownerTeam: teamFi } : {}) } },
  };
}

function card(lane: LaneRef, stage: StageRef, en: string, fi: string, tp: string | null = null): CardInput {
  return { lane, stage, touchpoint: tp, text: en, translations: { fi: { text: fi } } };
}

const touchpoints: TouchpointInput[] = [
  // ---- Awareness ----------------------------------------------------------------------
  touchpoint(
    {
      key: 'social-ad',
      stage: 'awareness',
      channel: 'social',
      mode: 'online',
      directness: 'indirect',
      ownership: 'paid',
      ownerTeam: 'Marketing',
      emotion: 0.5,
      momentOfTruth: false,
      revenueWeight: 2,
      engagementWeight: 3,
      kpis: [
        { name: 'Click-through rate', target: 1.2, unit: '%' },
        { name: 'Cost per visit', target: 0.6, unit: '€', direction: 'lower' },
      ],
      evidence: 'validated',
    },
    {
      name: 'Social media ad',
      description: 'Paid ads on Instagram and Facebook showing seasonal collections and room ideas.',
      customerAction: 'Scrolls past or clicks an ad that shows a room like their own.',
      needs: 'Ideas that fit their own home and budget.',
      expectations: 'The ad leads straight to the product shown, at the price shown.',
      motivations: 'A change of season, a move, or a room that feels tired.',
      barriers: 'Ad fatigue; doubts whether the colours look the same in real life.',
      brandPromise: 'Beautiful home made easy: inspiration you can buy in two clicks.',
    },
    {
      name: 'Sosiaalisen median mainos',
      description: 'Maksettu mainonta Instagramissa ja Facebookissa: sesongin mallistot ja huoneideat.',
      customerAction: 'Selaa ohi tai klikkaa mainosta, jossa on oman kodin näköinen huone.',
      needs: 'Ideoita, jotka sopivat omaan kotiin ja budjettiin.',
      expectations: 'Mainos vie suoraan esillä olevaan tuotteeseen ja samaan hintaan.',
      motivations: 'Vuodenajan vaihtuminen, muutto tai huone, joka tuntuu väsähtäneeltä.',
      barriers: 'Mainosväsymys; epäily siitä, näyttävätkö sävyt luonnossa samalta.',
      brandPromise: 'Kaunis koti helposti: inspiraatio, jonka voi ostaa kahdella klikkauksella.',
    },
  ),
  touchpoint(
    {
      key: 'search-ad',
      stage: 'awareness',
      channel: 'web',
      mode: 'online',
      directness: 'indirect',
      ownership: 'paid',
      ownerTeam: 'Marketing',
      emotion: 0,
      momentOfTruth: false,
      revenueWeight: 4,
      engagementWeight: 1,
      kpis: [
        { name: 'Click-through rate', target: 4, unit: '%' },
        { name: 'Cost per order', target: 9, unit: '€', direction: 'lower' },
      ],
      evidence: 'validated',
    },
    {
      name: 'Search ad',
      description: 'Paid search results for product and colour searches such as "white bookshelf".',
      customerAction: 'Searches for a specific product or idea and clicks a Kotiväri result.',
      needs: 'To find a product that solves a concrete need, quickly.',
      expectations: 'A relevant result, with price and availability visible at once.',
      motivations: "A concrete project: a new shelf, a child's room, painting a wall.",
      barriers: 'Competitors and marketplaces in the same results.',
      brandPromise: 'The right product, found fast.',
    },
    {
      name: 'Hakusanamainonta',
      description: 'Maksetut hakutulokset tuote- ja sävyhauissa, kuten "valkoinen kirjahylly".',
      customerAction: 'Hakee tiettyä tuotetta tai ideaa ja klikkaa Kotivärin hakutulosta.',
      needs: 'Löytää nopeasti tuote, joka ratkaisee konkreettisen tarpeen.',
      expectations: 'Osuva tulos, jossa hinta ja saatavuus näkyvät heti.',
      motivations: 'Konkreettinen hanke: uusi hylly, lastenhuone tai seinän maalaus.',
      barriers: 'Kilpailijat ja verkkokauppapaikat samoissa hakutuloksissa.',
      brandPromise: 'Oikea tuote löytyy nopeasti.',
    },
  ),
  touchpoint(
    {
      key: 'friend-recommendation',
      stage: 'awareness',
      channel: 'word_of_mouth',
      mode: 'offline',
      directness: 'indirect',
      ownership: 'earned',
      ownerTeam: 'Loyalty',
      emotion: 1.5,
      momentOfTruth: true,
      revenueWeight: 3,
      engagementWeight: 8,
      kpis: [
        { name: 'Referral visits per month', target: 400, unit: '' },
        { name: 'Share of new customers from referrals', target: 20, unit: '%' },
      ],
      evidence: 'partly_supported',
    },
    {
      name: "Friend's recommendation",
      description:
        'A friend or relative talks about Kotiväri, shows off a new sofa or shares a referral link.',
      customerAction: 'Hears about Kotiväri from someone they trust; may use a shared referral link.',
      needs: 'Reassurance from someone with real experience.',
      expectations: 'The same quality and service the friend got.',
      motivations: "Trust in a friend's taste and experience.",
      barriers: "A friend's bad delivery story travels just as fast.",
      brandPromise: 'Worth recommending: a home you are proud to show.',
    },
    {
      name: 'Ystävän suositus',
      description:
        'Ystävä tai sukulainen kertoo Kotiväristä, esittelee uutta sohvaansa tai jakaa suosituslinkin.',
      customerAction: 'Kuulee Kotiväristä luotetulta ihmiseltä ja saattaa käyttää jaettua suosituslinkkiä.',
      needs: 'Varmuutta ihmiseltä, jolla on omakohtaista kokemusta.',
      expectations: 'Samaa laatua ja palvelua kuin ystävä sai.',
      motivations: 'Luottamus ystävän makuun ja kokemukseen.',
      barriers: 'Ystävän huono toimituskokemus kulkee yhtä nopeasti.',
      brandPromise: 'Suosittelemisen arvoinen: koti, jota kehtaa esitellä.',
    },
  ),
  touchpoint(
    {
      key: 'inspiration-content',
      stage: 'awareness',
      channel: 'web',
      mode: 'online',
      directness: 'direct',
      ownership: 'owned',
      ownerTeam: 'Marketing',
      emotion: 1,
      momentOfTruth: false,
      revenueWeight: 2,
      engagementWeight: 6,
      kpis: [
        { name: 'Time on page', target: 90, unit: 's' },
        { name: 'Visits continuing to products', target: 25, unit: '%' },
      ],
      evidence: 'partly_supported',
    },
    {
      name: 'Inspiration articles and room ideas',
      description:
        'Blog articles, colour guides and room ideas on the website, found through search and social media.',
      customerAction: 'Reads a colour guide or browses room ideas and saves favourites.',
      needs: 'Confidence in their own taste; help in combining colours and materials.',
      expectations: 'Ideas that are realistic for a Finnish home, with the products linked.',
      motivations: 'The pleasure of planning; a wish for a calmer, more personal home.',
      barriers: 'Too many ideas and no clear next step.',
      brandPromise: 'We help you see what your home could be.',
    },
    {
      name: 'Inspiraatioartikkelit ja huoneideat',
      description:
        'Verkkosivujen blogiartikkelit, sävyoppaat ja huoneideat, joihin päädytään haun ja somen kautta.',
      customerAction: 'Lukee sävyopasta tai selaa huoneideoita ja tallentaa suosikkejaan.',
      needs: 'Varmuutta omaan makuun; apua sävyjen ja materiaalien yhdistelyyn.',
      expectations:
        'Suomalaiseen kotiin sopivia, toteuttamiskelpoisia ideoita, joissa tuotteet on linkitetty.',
      motivations: 'Suunnittelun ilo; toive rauhallisemmasta ja omannäköisemmästä kodista.',
      barriers: 'Liikaa ideoita eikä selvää seuraavaa askelta.',
      brandPromise: 'Autamme näkemään, millainen kotisi voisi olla.',
    },
  ),
  touchpoint(
    {
      key: 'store-window',
      stage: 'awareness',
      channel: 'store',
      mode: 'offline',
      directness: 'indirect',
      ownership: 'owned',
      ownerTeam: 'Stores',
      emotion: 0.5,
      momentOfTruth: false,
      revenueWeight: 1,
      engagementWeight: 2,
      kpis: [{ name: 'Passers-by who step in', target: 8, unit: '%' }],
      evidence: 'hypothesis',
    },
    {
      name: 'Store window and signs',
      description:
        'Shop windows and signs in shopping centres: the logo seen in passing. Nothing is measured here yet.',
      customerAction: 'Walks past a store and notices the window display.',
      needs: 'Quick inspiration while doing something else.',
      expectations: 'A window that changes with the seasons and invites them in.',
      motivations: 'Curiosity; the store is on the way anyway.',
      barriers: 'In a hurry; the window looks the same as last month.',
      brandPromise: 'A glimpse of a beautiful home on the way.',
    },
    {
      name: 'Myymälän ikkuna ja opasteet',
      description: 'Näyteikkunat ja opasteet kauppakeskuksissa: ohimennen nähty logo. Tätä ei vielä mitata.',
      customerAction: 'Kävelee myymälän ohi ja huomaa ikkunasomistuksen.',
      needs: 'Nopeaa inspiraatiota muiden asioiden lomassa.',
      expectations: 'Vuodenaikojen mukaan vaihtuva ikkuna, joka houkuttelee sisään.',
      motivations: 'Uteliaisuus; myymälä on muutenkin reitin varrella.',
      barriers: 'Kiire; ikkuna näyttää samalta kuin viime kuussa.',
      brandPromise: 'Välähdys kauniista kodista matkan varrella.',
    },
  ),
  // ---- Consideration ------------------------------------------------------------------
  touchpoint(
    {
      key: 'web-browse',
      stage: 'consideration',
      channel: 'web',
      mode: 'online',
      directness: 'direct',
      ownership: 'owned',
      ownerTeam: 'E-commerce',
      emotion: 0.5,
      momentOfTruth: false,
      revenueWeight: 6,
      engagementWeight: 4,
      kpis: [
        { name: 'Conversion rate', target: 2.5, unit: '%' },
        { name: 'Add-to-cart rate', target: 8, unit: '%' },
      ],
      evidence: 'validated',
    },
    {
      name: 'Product pages in the web shop',
      description:
        'Browsing categories and comparing products: colours, sizes, prices and stock in the stores.',
      customerAction: 'Compares products, filters by size and colour, adds to the cart.',
      needs: 'Exact measurements, true-to-life colours, and the delivery time before the checkout.',
      expectations: 'Fast pages that work on a phone; stock levels and delivery times that hold.',
      motivations: 'Finding the best option without leaving the sofa.',
      barriers: 'Unclear delivery time and costs; colours look different on screen.',
      brandPromise: 'Everything you need to choose with confidence.',
    },
    {
      name: 'Verkkokaupan tuotesivut',
      description:
        'Kategorioiden selaaminen ja tuotteiden vertailu: sävyt, mitat, hinnat ja myymälöiden saldot.',
      customerAction: 'Vertailee tuotteita, rajaa koon ja sävyn mukaan ja lisää ostoskoriin.',
      needs: 'Tarkat mitat, todenmukaiset sävyt ja toimitusaika jo ennen kassaa.',
      expectations: 'Nopeat sivut, jotka toimivat puhelimella; saldot ja toimitusajat pitävät paikkansa.',
      motivations: 'Paras vaihtoehto löytyy sohvalta nousematta.',
      barriers: 'Epäselvä toimitusaika ja -kulut; sävyt näyttävät ruudulla erilaisilta.',
      brandPromise: 'Kaikki, mitä tarvitset valitaksesi varmasti.',
    },
  ),
  touchpoint(
    {
      key: 'reviews',
      stage: 'consideration',
      channel: 'web',
      mode: 'online',
      directness: 'indirect',
      ownership: 'earned',
      ownerTeam: 'E-commerce',
      emotion: 0,
      momentOfTruth: false,
      revenueWeight: 4,
      engagementWeight: 3,
      kpis: [
        { name: 'Average rating', target: 4.3, unit: '/5' },
        { name: 'Products with 5+ reviews', target: 60, unit: '%' },
      ],
      evidence: 'partly_supported',
    },
    {
      name: 'Customer reviews and ratings',
      description: "Other customers' reviews on product pages and on review sites.",
      customerAction: "Reads reviews, looks at customers' photos and checks the lowest ratings first.",
      needs: 'Honest experiences of quality and delivery.',
      expectations: 'Enough recent reviews, critical ones too.',
      motivations: 'Avoiding a bad purchase.',
      barriers: 'Few reviews on new products; complaints about late deliveries.',
      brandPromise: 'Nothing to hide: real customers, real homes.',
    },
    {
      name: 'Asiakasarviot ja tähtiluokitukset',
      description: 'Muiden asiakkaiden arviot tuotesivuilla ja arvostelusivustoilla.',
      customerAction: 'Lukee arvioita, katsoo asiakkaiden kuvia ja tarkistaa ensin huonoimmat arviot.',
      needs: 'Rehellisiä kokemuksia laadusta ja toimituksesta.',
      expectations: 'Riittävästi tuoreita arvioita, myös kriittisiä.',
      motivations: 'Huonon ostoksen välttäminen.',
      barriers: 'Uusilla tuotteilla on vähän arvioita; valituksia myöhästyneistä toimituksista.',
      brandPromise: 'Ei salattavaa: oikeat asiakkaat, oikeat kodit.',
    },
  ),
  touchpoint(
    {
      key: 'chatbot',
      stage: 'consideration',
      channel: 'chatbot',
      mode: 'online',
      directness: 'direct',
      ownership: 'owned',
      ownerTeam: 'Customer service',
      emotion: -0.5,
      momentOfTruth: false,
      revenueWeight: 2,
      engagementWeight: 2,
      kpis: [
        { name: 'Resolved without handover', target: 60, unit: '%' },
        { name: 'CSAT', target: 70, unit: '%' },
      ],
      evidence: 'partly_supported',
    },
    {
      name: 'Chatbot in the web shop',
      description:
        'An automated assistant answering questions about products, stock and delivery times around the clock.',
      customerAction: 'Asks a quick question in the evening when no one else is there to answer.',
      needs: 'An answer now, not tomorrow.',
      expectations: 'It understands the question, and hands over to a person when it does not.',
      motivations: 'Removing the last doubt before buying.',
      barriers: 'Canned answers; no way to reach a person.',
      brandPromise: 'Help whenever you are shopping.',
    },
    {
      name: 'Verkkokaupan chatbot',
      description:
        'Automaattinen avustaja, joka vastaa kysymyksiin tuotteista, saldoista ja toimitusajoista ympäri vuorokauden.',
      customerAction: 'Kysyy nopean kysymyksen illalla, kun kukaan muu ei ole vastaamassa.',
      needs: 'Vastaus nyt eikä huomenna.',
      expectations: 'Ymmärtää kysymyksen ja ohjaa ihmiselle, kun ei ymmärrä.',
      motivations: 'Viimeisen epäilyksen poistaminen ennen ostoa.',
      barriers: 'Valmiit vastaukset; ei keinoa päästä ihmisen puheille.',
      brandPromise: 'Apua silloin, kun teet ostoksia.',
    },
  ),
  touchpoint(
    {
      key: 'chat',
      stage: 'consideration',
      channel: 'chat',
      mode: 'online',
      directness: 'direct',
      ownership: 'owned',
      ownerTeam: 'Customer service',
      emotion: 1,
      momentOfTruth: false,
      revenueWeight: 5,
      engagementWeight: 5,
      kpis: [
        { name: 'First response time', target: 120, unit: 's', direction: 'lower' },
        { name: 'CSAT', target: 85, unit: '%' },
      ],
      evidence: 'validated',
    },
    {
      name: 'Live chat with an interior advisor',
      description: 'Advisors answer in the chat on weekdays 9–18 and at weekends 10–16.',
      customerAction: 'Asks for advice on colours, materials or measurements and sends a photo of the room.',
      needs: 'Personal advice from someone who knows the products.',
      expectations: 'A reply within two minutes; the same advice as in the store.',
      motivations: 'Getting it right the first time.',
      barriers: 'A queue in the evening; the chat is closed just when it is needed.',
      brandPromise: 'Expert advice without a trip to the store.',
    },
    {
      name: 'Chat-keskustelu sisustusneuvojan kanssa',
      description: 'Neuvojat vastaavat chatissa arkisin klo 9–18 ja viikonloppuisin klo 10–16.',
      customerAction: 'Kysyy neuvoa sävyistä, materiaaleista tai mitoista ja lähettää kuvan huoneesta.',
      needs: 'Henkilökohtaista neuvontaa tuotteet tuntevalta ihmiseltä.',
      expectations: 'Vastaus kahdessa minuutissa; sama neuvo kuin myymälässä.',
      motivations: 'Halu onnistua kerralla.',
      barriers: 'Iltaisin jonoa; chat on kiinni juuri silloin, kun sitä tarvitsisi.',
      brandPromise: 'Asiantuntevaa neuvontaa ilman myymäläkäyntiä.',
    },
  ),
  touchpoint(
    {
      key: 'store-visit',
      stage: 'consideration',
      channel: 'store',
      mode: 'offline',
      directness: 'direct',
      ownership: 'owned',
      ownerTeam: 'Stores',
      emotion: 1.5,
      momentOfTruth: true,
      revenueWeight: 8,
      engagementWeight: 7,
      kpis: [
        { name: 'NPS', target: 50, unit: '' },
        { name: 'Visits ending in a purchase', target: 45, unit: '%' },
      ],
      evidence: 'validated',
    },
    {
      name: 'Store visit and advice',
      description: 'Seeing and touching the products, paint tinting and advice from the staff in 30 stores.',
      customerAction: 'Walks around the store, compares materials, asks the staff, has paint tinted.',
      needs: 'To see the real colour and feel; advice for their own room.',
      expectations: 'The product is on the shelf as the website said; staff have time and know their stuff.',
      motivations: 'Certainty before a bigger purchase; enjoying the visit.',
      barriers: 'Busy Saturdays, queues, stock that differs from the website.',
      brandPromise: 'Experts who make choosing easy.',
    },
    {
      name: 'Myymäläkäynti ja neuvonta',
      description:
        'Tuotteiden näkeminen ja koskettaminen, maalien sävytys ja myyjien neuvonta 30 myymälässä.',
      customerAction: 'Kiertää myymälää, vertailee materiaaleja, kysyy myyjältä ja sävytyttää maalin.',
      needs: 'Nähdä oikea sävy ja tuntu; neuvoja omaan huoneeseen.',
      expectations: 'Tuote on hyllyssä, kuten verkossa luvattiin; myyjillä on aikaa ja osaamista.',
      motivations: 'Varmuus ennen isompaa ostosta; käynnistä nauttiminen.',
      barriers: 'Ruuhkaiset lauantait, jonot ja verkkosivuista poikkeavat saldot.',
      brandPromise: 'Asiantuntijat, jotka tekevät valitsemisesta helppoa.',
    },
  ),
  // ---- Purchase -----------------------------------------------------------------------
  touchpoint(
    {
      key: 'checkout',
      stage: 'purchase',
      channel: 'web',
      mode: 'online',
      directness: 'direct',
      ownership: 'owned',
      ownerTeam: 'E-commerce',
      emotion: 0.5,
      momentOfTruth: true,
      revenueWeight: 10,
      engagementWeight: 3,
      kpis: [
        { name: 'Checkout completion', target: 70, unit: '%' },
        { name: 'CES % easy', target: 85, unit: '%' },
      ],
      evidence: 'partly_supported',
    },
    {
      name: 'Web shop checkout',
      description: 'Cart, choice of delivery method and payment (online bank, card, MobilePay, invoice).',
      customerAction: 'Chooses a delivery method and pays.',
      needs: 'A clear total price and a delivery date they can trust.',
      expectations: 'Finnish payment methods, no surprise delivery costs, done in two minutes.',
      motivations: 'Getting the project started.',
      barriers: 'Delivery costs shown late; being forced to create an account.',
      brandPromise: 'Easy to buy, no surprises.',
    },
    {
      name: 'Verkkokaupan kassa',
      description: 'Ostoskori, toimitustavan valinta ja maksaminen (verkkopankki, kortti, MobilePay, lasku).',
      customerAction: 'Valitsee toimitustavan ja maksaa.',
      needs: 'Selkeä kokonaishinta ja toimituspäivä, johon voi luottaa.',
      expectations: 'Suomalaiset maksutavat, ei yllätyksiä toimituskuluissa, valmista kahdessa minuutissa.',
      motivations: 'Halu päästä alkuun hankkeessa.',
      barriers: 'Toimituskulut näkyvät vasta lopussa; pakollinen tilin luominen.',
      brandPromise: 'Helppo ostaa, ei yllätyksiä.',
    },
  ),
  touchpoint(
    {
      key: 'store-checkout',
      stage: 'purchase',
      channel: 'store',
      mode: 'offline',
      directness: 'direct',
      ownership: 'owned',
      ownerTeam: 'Stores',
      emotion: 0.5,
      momentOfTruth: false,
      revenueWeight: 9,
      engagementWeight: 2,
      kpis: [{ name: 'Queue time', target: 4, unit: 'min', direction: 'lower' }],
      evidence: 'hypothesis',
    },
    {
      name: 'Store checkout',
      description: 'Paying in the store; large items can be sent home with home delivery.',
      customerAction: 'Queues, pays, shows the loyalty card and orders home delivery for furniture.',
      needs: 'A quick checkout; help in getting big items home.',
      expectations: 'A short queue and loyalty benefits applied automatically.',
      motivations: 'Taking the product home today.',
      barriers: 'Queues on Saturdays; only one till open.',
      brandPromise: 'Easy to buy, in the store too.',
    },
    {
      name: 'Myymälän kassa',
      description: 'Maksaminen myymälässä; suurille tuotteille voi tilata kotiinkuljetuksen.',
      customerAction:
        'Jonottaa, maksaa, näyttää kanta-asiakaskortin ja tilaa huonekaluille kotiinkuljetuksen.',
      needs: 'Nopea kassa; apua isojen tuotteiden kotiin saamisessa.',
      expectations: 'Lyhyt jono ja kanta-asiakasedut automaattisesti.',
      motivations: 'Tuotteen saaminen kotiin heti.',
      barriers: 'Lauantain jonot; vain yksi kassa auki.',
      brandPromise: 'Helppo ostaa myös myymälässä.',
    },
  ),
  touchpoint(
    {
      key: 'order-confirmation',
      stage: 'purchase',
      channel: 'email',
      mode: 'online',
      directness: 'direct',
      ownership: 'owned',
      ownerTeam: 'E-commerce',
      emotion: 0.5,
      momentOfTruth: false,
      revenueWeight: 1,
      engagementWeight: 3,
      kpis: [{ name: 'Open rate', target: 80, unit: '%' }],
      evidence: 'partly_supported',
    },
    {
      name: 'Order confirmation email',
      description: 'Sent right after payment, with the order summary and an estimated delivery date.',
      customerAction: 'Opens the confirmation and checks the delivery estimate.',
      needs: 'Proof that the order went through; a date to plan around.',
      expectations: 'It arrives within a minute and the date is realistic.',
      motivations: 'Peace of mind.',
      barriers: 'It lands in spam; the delivery estimate is missing or too optimistic.',
      brandPromise: 'We keep you informed.',
    },
    {
      name: 'Tilausvahvistus sähköpostiin',
      description: 'Lähtee heti maksun jälkeen, ja siinä on tilauksen yhteenveto ja arvioitu toimituspäivä.',
      customerAction: 'Avaa vahvistuksen ja tarkistaa arvioidun toimituspäivän.',
      needs: 'Varmistus siitä, että tilaus meni perille; päivämäärä, jonka mukaan suunnitella.',
      expectations: 'Saapuu minuutissa, ja päivämäärä on realistinen.',
      motivations: 'Mielenrauha.',
      barriers: 'Päätyy roskapostiin; toimitusarvio puuttuu tai on liian optimistinen.',
      brandPromise: 'Pidämme sinut ajan tasalla.',
    },
  ),
  // ---- Delivery -----------------------------------------------------------------------
  touchpoint(
    {
      key: 'delivery-wait',
      stage: 'delivery',
      channel: 'delivery',
      mode: 'offline',
      directness: 'direct',
      ownership: 'owned',
      ownerTeam: 'Logistics',
      emotion: -1.5,
      momentOfTruth: true,
      revenueWeight: 3,
      engagementWeight: 9,
      kpis: [
        { name: 'Delivered within 3 working days', target: 90, unit: '%' },
        { name: 'NPS after delivery', target: 20, unit: '' },
        { name: 'Median delivery time', target: 3, unit: 'days', direction: 'lower' },
      ],
      evidence: 'validated',
    },
    {
      name: 'Waiting for delivery',
      description:
        'The days between paying and getting the goods: picking, dispatch and transport. Easily forgotten inside the company, keenly felt by the customer.',
      customerAction: 'Waits, checks their email and wonders where the parcel is.',
      needs: 'To know when the goods will arrive, and to hear early if something changes.',
      expectations: 'Delivery in 2–3 working days, as promised at the checkout.',
      motivations: 'Getting the room finished; a gift that has to arrive in time.',
      barriers: 'No updates; delays come to light only by calling customer service.',
      brandPromise: 'Easy all the way home.',
    },
    {
      name: 'Toimituksen odotus',
      description:
        'Päivät maksamisen ja tuotteiden saamisen välillä: keräily, lähetys ja kuljetus. Yrityksen sisällä helposti unohtuva vaihe, jonka asiakas tuntee selvästi.',
      customerAction: 'Odottaa, tarkistaa sähköpostiaan ja miettii, missä paketti on.',
      needs: 'Tieto siitä, milloin tuotteet tulevat, ja ajoissa tieto, jos jokin muuttuu.',
      expectations: 'Toimitus 2–3 arkipäivässä, kuten kassalla luvattiin.',
      motivations: 'Huoneen valmistuminen; lahja, jonka on ehdittävä ajoissa.',
      barriers: 'Ei päivityksiä; viivästyksestä kuulee vasta asiakaspalveluun soittamalla.',
      brandPromise: 'Helppoa kotiovelle asti.',
    },
  ),
  touchpoint(
    {
      key: 'delivery-tracking',
      stage: 'delivery',
      channel: 'email',
      mode: 'online',
      directness: 'direct',
      ownership: 'owned',
      ownerTeam: 'Logistics',
      emotion: -0.5,
      momentOfTruth: false,
      revenueWeight: 1,
      engagementWeight: 6,
      kpis: [{ name: 'Tracking views per order', target: 2, unit: '', direction: 'lower' }],
      evidence: 'partly_supported',
    },
    {
      name: 'Delivery tracking messages',
      description: "Dispatch email and text message with the carrier's tracking link.",
      customerAction: 'Opens the tracking link, sometimes several times a day.',
      needs: 'A live status and an honest arrival time.',
      expectations: 'Tracking updates at every step and works on a phone.',
      motivations: 'Planning the day around the delivery.',
      barriers: "The tracking code stays inactive for days; the carrier's page is in the wrong language.",
      brandPromise: 'You always know where your order is.',
    },
    {
      name: 'Toimituksen seurantaviestit',
      description: 'Lähetysilmoitus sähköpostilla ja tekstiviestillä sekä kuljetusyhtiön seurantalinkki.',
      customerAction: 'Avaa seurantalinkin, joskus monta kertaa päivässä.',
      needs: 'Ajantasainen tila ja rehellinen saapumisaika.',
      expectations: 'Seuranta päivittyy joka vaiheessa ja toimii puhelimella.',
      motivations: 'Päivän suunnitteleminen toimituksen mukaan.',
      barriers: 'Seurantakoodi ei aktivoidu moneen päivään; kuljetusyhtiön sivu on väärällä kielellä.',
      brandPromise: 'Tiedät aina, missä tilauksesi on.',
    },
  ),
  touchpoint(
    {
      key: 'customer-service-phone',
      stage: 'delivery',
      channel: 'phone',
      mode: 'offline',
      directness: 'direct',
      ownership: 'owned',
      ownerTeam: 'Customer service',
      emotion: -0.5,
      momentOfTruth: true,
      revenueWeight: 2,
      engagementWeight: 7,
      kpis: [
        { name: 'CSAT', target: 80, unit: '%' },
        { name: 'Average queue time', target: 3, unit: 'min', direction: 'lower' },
        { name: 'Contacts per 100 orders', target: 8, unit: '', direction: 'lower' },
      ],
      evidence: 'validated',
    },
    {
      name: 'Customer service by phone',
      description: 'Phone line for questions on orders, deliveries and returns, weekdays 8–18.',
      customerAction: 'Calls to ask where the order is, or to change the delivery.',
      needs: 'A person who can see the order and fix the problem.',
      expectations: 'A short queue; solved in one call.',
      motivations: 'Uncertainty that the emails did not remove.',
      barriers: "Long queues on Mondays; the agent cannot see the carrier's status.",
      brandPromise: 'A real person who sorts it out.',
    },
    {
      name: 'Puhelinasiakaspalvelu',
      description: 'Puhelinpalvelu tilaus-, toimitus- ja palautusasioissa arkisin klo 8–18.',
      customerAction: 'Soittaa kysyäkseen, missä tilaus on, tai muuttaakseen toimitusta.',
      needs: 'Ihminen, joka näkee tilauksen ja korjaa ongelman.',
      expectations: 'Lyhyt jono; asia ratkeaa yhdellä puhelulla.',
      motivations: 'Epävarmuus, jota sähköpostit eivät poistaneet.',
      barriers: 'Pitkät jonot maanantaisin; asiakaspalvelija ei näe kuljetusyhtiön tilaa.',
      brandPromise: 'Oikea ihminen, joka hoitaa asian.',
    },
  ),
  touchpoint(
    {
      key: 'parcel-pickup',
      stage: 'delivery',
      channel: 'delivery',
      mode: 'offline',
      directness: 'direct',
      ownership: 'owned',
      ownerTeam: 'Logistics',
      emotion: 1,
      momentOfTruth: false,
      revenueWeight: 2,
      engagementWeight: 5,
      kpis: [{ name: 'Picked up within 2 days', target: 85, unit: '%' }],
      evidence: 'partly_supported',
    },
    {
      name: 'Parcel pick-up or home delivery',
      description:
        'Collecting the parcel from a parcel locker or a store, or receiving furniture by home delivery.',
      customerAction: 'Picks up the parcel on the way home, or waits at home for the delivery slot.',
      needs: 'A pick-up point close by; a delivery slot that fits the day.',
      expectations: 'The parcel fits the locker; the driver comes within the slot.',
      motivations: 'Finally getting the goods.',
      barriers: 'The parcel goes to a distant pick-up point; the delivery slot is missed.',
      brandPromise: 'Easy all the way home.',
    },
    {
      name: 'Paketin nouto tai kotiinkuljetus',
      description:
        'Paketin nouto pakettiautomaatista tai myymälästä tai huonekalujen kotiinkuljetuksen vastaanotto.',
      customerAction: 'Noutaa paketin kotimatkalla tai odottaa kotona kuljetuksen aikaikkunan ajan.',
      needs: 'Lähellä oleva noutopiste; kuljetusaika, joka sopii päivään.',
      expectations: 'Paketti mahtuu automaattiin, ja kuljettaja tulee sovitussa ajassa.',
      motivations: 'Vihdoin tuotteet käsissä.',
      barriers: 'Paketti ohjautuu kaukaiseen noutopisteeseen; kuljetus ei tule sovittuna aikana.',
      brandPromise: 'Helppoa kotiovelle asti.',
    },
  ),
  // ---- Use and care -------------------------------------------------------------------
  touchpoint(
    {
      key: 'assembly-guides',
      stage: 'use',
      channel: 'web',
      mode: 'online',
      directness: 'direct',
      ownership: 'owned',
      ownerTeam: 'E-commerce',
      emotion: 0.5,
      momentOfTruth: false,
      revenueWeight: 1,
      engagementWeight: 6,
      kpis: [{ name: 'Guide views per delivered order', target: 0.4, unit: '' }],
      evidence: 'hypothesis',
    },
    {
      name: 'Assembly and care guides',
      description:
        'Videos and guides for assembly, painting and caring for materials, opened from a QR code in the package.',
      customerAction: 'Scans the QR code and follows the video while assembling.',
      needs: 'Clear steps; knowing how to keep the product beautiful.',
      expectations: 'Guides in Finnish and Swedish that match the product version.',
      motivations: 'Finishing the project themselves.',
      barriers: 'Paper instructions in pictures only; missing parts.',
      brandPromise: 'Beautiful for years, with our help.',
    },
    {
      name: 'Kokoamis- ja hoito-ohjeet',
      description:
        'Videot ja ohjeet kokoamiseen, maalaamiseen ja materiaalien hoitoon; avautuvat pakkauksen QR-koodista.',
      customerAction: 'Skannaa QR-koodin ja seuraa videota kootessaan.',
      needs: 'Selkeät vaiheet; tieto siitä, miten tuote pysyy kauniina.',
      expectations: 'Ohjeet suomeksi ja ruotsiksi, ja ne vastaavat tuotteen versiota.',
      motivations: 'Halu saada projekti valmiiksi itse.',
      barriers: 'Paperiohjeet pelkkinä kuvina; puuttuvat osat.',
      brandPromise: 'Kaunis vuosiksi, meidän avullamme.',
    },
  ),
  touchpoint(
    {
      key: 'care-tips-email',
      stage: 'use',
      channel: 'email',
      mode: 'online',
      directness: 'direct',
      ownership: 'owned',
      ownerTeam: 'Marketing',
      emotion: 0.5,
      momentOfTruth: false,
      revenueWeight: 3,
      engagementWeight: 5,
      kpis: [
        { name: 'Open rate', target: 45, unit: '%' },
        { name: 'Click rate', target: 6, unit: '%' },
      ],
      evidence: 'hypothesis',
    },
    {
      name: 'Care tips email',
      description:
        'Sent a week after delivery: how to care for the product, and accessories that go with it.',
      customerAction: 'Opens the email and reads the tips.',
      needs: 'Useful advice, not just another offer.',
      expectations: 'About what they actually bought.',
      motivations: 'Keeping the new things nice.',
      barriers: 'It arrives before the goods when the delivery is late.',
      brandPromise: 'We care after the sale too.',
    },
    {
      name: 'Hoitovinkit sähköpostiin',
      description:
        'Lähtee viikko toimituksen jälkeen: tuotteen hoito-ohjeet ja siihen sopivat lisätarvikkeet.',
      customerAction: 'Avaa viestin ja lukee vinkit.',
      needs: 'Hyödyllisiä neuvoja eikä vain uusi tarjous.',
      expectations: 'Viesti koskee sitä, mitä asiakas oikeasti osti.',
      motivations: 'Halu pitää uudet tavarat hyvässä kunnossa.',
      barriers: 'Viesti saapuu ennen tuotetta, jos toimitus myöhästyy.',
      brandPromise: 'Välitämme myös oston jälkeen.',
    },
  ),
  touchpoint(
    {
      key: 'returns',
      stage: 'use',
      channel: 'web',
      mode: 'online',
      directness: 'direct',
      ownership: 'owned',
      ownerTeam: 'Customer service',
      emotion: -0.5,
      momentOfTruth: true,
      revenueWeight: 1,
      engagementWeight: 7,
      kpis: [
        { name: 'CES % easy', target: 75, unit: '%' },
        { name: 'Refund time', target: 5, unit: 'days', direction: 'lower' },
        { name: 'Return rate', target: 8, unit: '%', direction: 'lower' },
      ],
      evidence: 'partly_supported',
    },
    {
      name: 'Returns and exchanges',
      description:
        'Return form online; drop-off at a parcel locker or in any store; refund to the original payment method.',
      customerAction: 'Fills in the return form, prints or shows the return code and drops off the parcel.',
      needs: 'An easy return and a fast refund.',
      expectations: 'Free returns within 30 days; the refund within 5 days.',
      motivations: 'Wrong colour or size; a change of mind.',
      barriers: 'Large items need a pick-up; the status of the refund is unclear.',
      brandPromise: 'Changing your mind is easy too.',
    },
    {
      name: 'Palautukset ja vaihdot',
      description:
        'Palautuslomake verkossa; palautus pakettiautomaattiin tai mihin tahansa myymälään; hyvitys alkuperäiselle maksutavalle.',
      customerAction: 'Täyttää palautuslomakkeen, tulostaa tai näyttää palautuskoodin ja jättää paketin.',
      needs: 'Helppo palautus ja nopea hyvitys.',
      expectations: 'Maksuton palautus 30 päivän sisällä; hyvitys viidessä päivässä.',
      motivations: 'Väärä sävy tai koko; mielenmuutos.',
      barriers: 'Isot tuotteet vaativat noudon; hyvityksen tila on epäselvä.',
      brandPromise: 'Mielenmuutoskin on helppoa.',
    },
  ),
  // ---- Loyalty and advocacy -----------------------------------------------------------
  touchpoint(
    {
      key: 'loyalty-program',
      stage: 'loyalty',
      channel: 'app',
      mode: 'online',
      directness: 'direct',
      ownership: 'owned',
      ownerTeam: 'Loyalty',
      emotion: 1,
      momentOfTruth: false,
      revenueWeight: 7,
      engagementWeight: 10,
      kpis: [
        { name: 'Repurchase within 6 months', target: 40, unit: '%' },
        { name: 'Active members', target: 120000, unit: '' },
      ],
      evidence: 'validated',
    },
    {
      name: 'Kotiväri Plus loyalty program',
      description:
        'Free membership in the app: points on purchases, member prices and a history of the paint colours bought.',
      customerAction: 'Joins at the checkout or in the app; collects and spends points.',
      needs: 'Benefits that feel personal; remembering the paint colour bought last time.',
      expectations: 'Points visible at once; offers that match their home projects.',
      motivations: 'Saving money; the next project already in mind.',
      barriers: 'Yet another app; offers for things already bought.',
      brandPromise: 'The more you make your home, the more we give back.',
    },
    {
      name: 'Kotiväri Plus -kanta-asiakasohjelma',
      description:
        'Maksuton jäsenyys sovelluksessa: pisteitä ostoista, jäsenhinnat ja historia ostetuista maalisävyistä.',
      customerAction: 'Liittyy kassalla tai sovelluksessa, kerää ja käyttää pisteitä.',
      needs: 'Edut, jotka tuntuvat henkilökohtaisilta; viimeksi ostetun maalisävyn muistaminen.',
      expectations: 'Pisteet näkyvät heti; tarjoukset sopivat omiin kotiprojekteihin.',
      motivations: 'Säästäminen; seuraava projekti on jo mielessä.',
      barriers: 'Taas yksi sovellus; tarjouksia jo ostetuista tuotteista.',
      brandPromise: 'Mitä enemmän laitat kotiasi, sitä enemmän annamme takaisin.',
    },
  ),
  touchpoint(
    {
      key: 'newsletter',
      stage: 'loyalty',
      channel: 'email',
      mode: 'online',
      directness: 'direct',
      ownership: 'owned',
      ownerTeam: 'Marketing',
      emotion: 0.5,
      momentOfTruth: false,
      revenueWeight: 5,
      engagementWeight: 6,
      kpis: [
        { name: 'Open rate', target: 35, unit: '%' },
        { name: 'Unsubscribe rate', target: 0.3, unit: '%', direction: 'lower' },
      ],
      evidence: 'validated',
    },
    {
      name: 'Newsletter and member offers',
      description: 'A newsletter every other week with seasonal ideas and personal offers.',
      customerAction: 'Opens it, browses and sometimes clicks through to the shop.',
      needs: 'Inspiration for the next project at the right moment.',
      expectations: 'Not too often; offers that fit.',
      motivations: 'Staying up to date; member prices.',
      barriers: 'Too frequent emails lead to unsubscribing.',
      brandPromise: 'Ideas for your next beautiful room.',
    },
    {
      name: 'Uutiskirje ja jäsenedut',
      description:
        'Joka toinen viikko ilmestyvä uutiskirje, jossa on sesongin ideoita ja henkilökohtaisia tarjouksia.',
      customerAction: 'Avaa viestin, selailee ja klikkaa joskus verkkokauppaan.',
      needs: 'Inspiraatiota seuraavaan projektiin oikealla hetkellä.',
      expectations: 'Ei liian usein; sopivia tarjouksia.',
      motivations: 'Pysyä ajan tasalla; jäsenhinnat.',
      barriers: 'Liian tiheät viestit johtavat tilauksen perumiseen.',
      brandPromise: 'Ideoita seuraavaan kauniiseen huoneeseesi.',
    },
  ),
  touchpoint(
    {
      key: 'social-share',
      stage: 'loyalty',
      channel: 'social',
      mode: 'online',
      directness: 'indirect',
      ownership: 'earned',
      ownerTeam: 'Marketing',
      emotion: 1.5,
      momentOfTruth: true,
      revenueWeight: 2,
      engagementWeight: 9,
      kpis: [
        { name: 'Reviews per 100 orders', target: 6, unit: '' },
        { name: 'Tagged posts per month', target: 150, unit: '' },
      ],
      evidence: 'hypothesis',
    },
    {
      name: 'Reviews and sharing the finished room',
      description: 'Customers review products and share photos of their rooms, tagging Kotiväri.',
      customerAction: 'Writes a review or posts a photo with #kotiväri.',
      needs: 'Being proud of the result; being heard when something went wrong.',
      expectations: 'A thank-you or an answer from Kotiväri.',
      motivations: 'Sharing the joy; helping others choose.',
      barriers: 'No reason to post; a bad delivery experience gets shared instead.',
      brandPromise: 'A home you are proud to show.',
    },
    {
      name: 'Arviot ja valmiin huoneen jakaminen',
      description: 'Asiakkaat arvioivat tuotteita ja jakavat kuvia huoneistaan merkiten Kotivärin.',
      customerAction: 'Kirjoittaa arvion tai julkaisee kuvan tunnisteella #kotiväri.',
      needs: 'Ylpeys lopputuloksesta; tulla kuulluksi, kun jokin meni pieleen.',
      expectations: 'Kiitos tai vastaus Kotiväriltä.',
      motivations: 'Ilon jakaminen; muiden auttaminen valinnoissa.',
      barriers: 'Ei syytä julkaista; jaetaan mieluummin huono toimituskokemus.',
      brandPromise: 'Koti, jota kehtaa esitellä.',
    },
  ),
];

const cards: CardInput[] = [
  // Customer actions
  card(
    'actions',
    'awareness',
    "Notices an ad, hears a friend's story or searches for ideas.",
    'Huomaa mainoksen, kuulee ystävän kokemuksista tai etsii ideoita.',
  ),
  card(
    'actions',
    'consideration',
    'Compares products online and in the store, and asks for advice.',
    'Vertailee tuotteita verkossa ja myymälässä ja kysyy neuvoa.',
  ),
  card(
    'actions',
    'purchase',
    'Pays online or at the store checkout and chooses how the goods come home.',
    'Maksaa verkossa tai myymälän kassalla ja valitsee, miten tuotteet tulevat kotiin.',
  ),
  card(
    'actions',
    'delivery',
    'Waits for the parcel, follows the tracking and calls if nothing happens.',
    'Odottaa pakettia, seuraa lähetystä ja soittaa, jos mitään ei tapahdu.',
  ),
  card(
    'actions',
    'use',
    'Assembles, paints and decorates; returns what did not fit.',
    'Kokoaa, maalaa ja sisustaa; palauttaa sen, mikä ei sopinut.',
  ),
  card(
    'actions',
    'loyalty',
    'Joins the loyalty program, comes back for the next room and tells friends.',
    'Liittyy kanta-asiakkaaksi, palaa seuraavan huoneen kanssa ja kertoo ystävilleen.',
  ),
  // Needs and expectations
  card(
    'needs',
    'awareness',
    'Ideas that fit my home and my budget.',
    'Ideoita, jotka sopivat kotiini ja budjettiini.',
  ),
  card(
    'needs',
    'consideration',
    'True colours, exact measurements and the delivery time before I decide.',
    'Todenmukaiset sävyt, tarkat mitat ja toimitusaika ennen kuin päätän.',
  ),
  card(
    'needs',
    'purchase',
    'A clear total price and a delivery date I can trust.',
    'Selkeä kokonaishinta ja toimituspäivä, johon voin luottaa.',
  ),
  card(
    'needs',
    'delivery',
    'To know when the goods arrive, and to hear early if plans change.',
    'Tieto siitä, milloin tuotteet tulevat, ja ajoissa tieto muutoksista.',
  ),
  card(
    'needs',
    'use',
    'Clear instructions, and an easy return if something is wrong.',
    'Selkeät ohjeet ja helppo palautus, jos jokin on vialla.',
  ),
  card(
    'needs',
    'loyalty',
    'Benefits that feel personal, not generic offers.',
    'Etuja, jotka tuntuvat henkilökohtaisilta, eivät yleisiä tarjouksia.',
  ),
  // Pain points
  card(
    'pain_points',
    'consideration',
    'The delivery time is shown only at the checkout.',
    'Toimitusaika näkyy vasta kassalla.',
    'web-browse',
  ),
  card(
    'pain_points',
    'consideration',
    'Store stock differs from what the website showed.',
    'Myymälän saldo poikkeaa verkkosivujen tiedosta.',
    'store-visit',
  ),
  card(
    'pain_points',
    'purchase',
    'Delivery costs appear only at the last step.',
    'Toimituskulut tulevat esiin vasta viimeisessä vaiheessa.',
    'checkout',
  ),
  card(
    'pain_points',
    'delivery',
    'Nothing is heard between the confirmation and the parcel: customers wait in the dark for days.',
    'Vahvistuksen ja paketin välillä ei kuulu mitään: asiakas odottaa päiväkausia tietämättä.',
    'delivery-wait',
  ),
  card(
    'pain_points',
    'delivery',
    'The tracking code works only once the carrier has scanned the parcel.',
    'Seurantakoodi toimii vasta, kun kuljetusyhtiö on skannannut paketin.',
    'delivery-tracking',
  ),
  card(
    'pain_points',
    'delivery',
    "Customer service cannot see the carrier's status and has to call the carrier.",
    'Asiakaspalvelu ei näe kuljetusyhtiön tilaa, vaan joutuu soittamaan kuljetusyhtiöön.',
    'customer-service-phone',
  ),
  card(
    'pain_points',
    'use',
    'The refund status is unclear, so customers call to ask.',
    'Hyvityksen tila on epäselvä, joten asiakkaat soittavat kysyäkseen.',
    'returns',
  ),
  card(
    'pain_points',
    'loyalty',
    'Offers for products the customer has already bought.',
    'Tarjouksia tuotteista, jotka asiakas on jo ostanut.',
    'newsletter',
  ),
  // Opportunities
  card(
    'opportunities',
    'awareness',
    'Make recommending easy: a referral link in the delivery message.',
    'Tehdään suosittelusta helppoa: suosituslinkki toimitusviestiin.',
    'friend-recommendation',
  ),
  card(
    'opportunities',
    'consideration',
    "Show the delivery date for the customer's postcode on every product page.",
    'Näytetään asiakkaan postinumeron mukainen toimituspäivä jokaisella tuotesivulla.',
    'web-browse',
  ),
  card(
    'opportunities',
    'delivery',
    'Proactive messages (packed, dispatched, delayed) before the customer has to ask.',
    'Ennakoivat viestit (pakattu, lähetetty, myöhässä) ennen kuin asiakkaan tarvitsee kysyä.',
    'delivery-wait',
  ),
  card(
    'opportunities',
    'delivery',
    "Give customer service the carrier's live status in the order view.",
    'Tuodaan kuljetusyhtiön reaaliaikainen tila asiakaspalvelun tilausnäkymään.',
    'customer-service-phone',
  ),
  card(
    'opportunities',
    'use',
    'A QR code to the assembly videos in every package.',
    'QR-koodi kokoamisvideoihin jokaiseen pakkaukseen.',
    'assembly-guides',
  ),
  card(
    'opportunities',
    'loyalty',
    "Remember each member's paint colours and room projects.",
    'Muistetaan jokaisen jäsenen maalisävyt ja huoneprojektit.',
    'loyalty-program',
  ),
  // Brand promise
  card('brand_promise', 'awareness', 'Beautiful home made easy.', 'Kaunis koti helposti.'),
  card(
    'brand_promise',
    'consideration',
    'Experts who make choosing easy, online and in the store.',
    'Asiantuntijat, jotka tekevät valitsemisesta helppoa verkossa ja myymälässä.',
  ),
  card('brand_promise', 'purchase', 'Easy to buy, no surprises.', 'Helppo ostaa, ei yllätyksiä.'),
  card(
    'brand_promise',
    'delivery',
    'Easy all the way home: you always know when your order arrives.',
    'Helppoa kotiovelle asti: tiedät aina, milloin tilauksesi saapuu.',
  ),
  card(
    'brand_promise',
    'use',
    'Beautiful for years, and changing your mind is easy too.',
    'Kaunis vuosiksi, ja mielenmuutoskin on helppoa.',
  ),
  card(
    'brand_promise',
    'loyalty',
    'The more you make your home, the more we give back.',
    'Mitä enemmän laitat kotiasi, sitä enemmän annamme takaisin.',
  ),
  // Backstage processes
  card(
    'backstage',
    'awareness',
    'Campaign planning and ad targeting, by Marketing with the media agency.',
    'Kampanjasuunnittelu ja mainosten kohdentaminen: markkinointi yhdessä mediatoimiston kanssa.',
  ),
  card(
    'backstage',
    'consideration',
    'Product data and stock levels are synchronised from the ERP every 15 minutes.',
    'Tuotetiedot ja saldot päivittyvät toiminnanohjausjärjestelmästä 15 minuutin välein.',
  ),
  card(
    'backstage',
    'purchase',
    'Payment service provider; the order moves on to the warehouse system.',
    'Maksunvälittäjä; tilaus siirtyy varastojärjestelmään.',
  ),
  card(
    'backstage',
    'delivery',
    'Picking at the central warehouse in Hämeenlinna; hand-over to the carrier once a day.',
    'Keräily Hämeenlinnan keskusvarastossa; luovutus kuljetusyhtiölle kerran päivässä.',
    'delivery-wait',
  ),
  card(
    'backstage',
    'delivery',
    "The carrier's tracking data reaches Kotiväri only as a nightly file.",
    'Kuljetusyhtiön seurantatiedot tulevat Kotiväriin vain yöllisenä tiedostona.',
    'delivery-tracking',
  ),
  card(
    'backstage',
    'use',
    'Returns are handled and refunded by the finance team twice a week.',
    'Taloushallinto käsittelee palautukset ja maksaa hyvitykset kahdesti viikossa.',
    'returns',
  ),
  card(
    'backstage',
    'loyalty',
    'Loyalty database and segment-based offers.',
    'Kanta-asiakasrekisteri ja segmenttikohtaiset tarjoukset.',
  ),
];

/** Emotion curves, in touchpoint order. */
const FAMILY_CURVE: Record<string, number> = {
  'social-ad': 0.5,
  'search-ad': 0,
  'friend-recommendation': 1,
  'inspiration-content': 0.5,
  'store-window': 0,
  'web-browse': 0.5,
  reviews: 0,
  chatbot: 0,
  chat: 0.5,
  'store-visit': 0.5,
  checkout: 1,
  'store-checkout': -0.5,
  'order-confirmation': 0.5,
  'delivery-wait': -2,
  'delivery-tracking': -1,
  'customer-service-phone': -1,
  'parcel-pickup': 1,
  'assembly-guides': 0.5,
  'care-tips-email': 0,
  returns: -1,
  'loyalty-program': 1,
  newsletter: 0,
  'social-share': 0.5,
};

const DESIGN_CURVE: Record<string, number> = {
  'social-ad': 1,
  'search-ad': 0,
  'friend-recommendation': 1.5,
  'inspiration-content': 2,
  'store-window': 1,
  'web-browse': 1,
  reviews: 0.5,
  chatbot: -1,
  chat: 1,
  'store-visit': 2,
  checkout: 0.5,
  'store-checkout': 1,
  'order-confirmation': 0.5,
  'delivery-wait': -1,
  'delivery-tracking': -0.5,
  'customer-service-phone': -0.5,
  'parcel-pickup': 1,
  'assembly-guides': 1,
  'care-tips-email': 1,
  returns: -0.5,
  'loyalty-program': 1.5,
  newsletter: 1,
  'social-share': 2,
};

const curve = (persona: string, values: Record<string, number>) =>
  touchpoints.flatMap((t) => {
    const value = values[t.key];
    return value === undefined ? [] : [{ persona, touchpoint: t.ref, value }];
  });

export const RETAIL_JOURNEY = {
  format: 'polku.journey-map',
  version: 1,
  journey: {
    name: 'Kotiväri customer journey, online and in store',
    description:
      'How a customer finds, chooses, buys, receives and lives with home and interior goods from Kotiväri, a Finnish retailer with a web shop and 30 stores. The as-is journey: the wait between purchase and delivery is the known pain point.',
    language: 'en',
    variant: 'as_is',
    templateId: 'awareness-advocacy',
    translations: {
      fi: {
        name: 'Kotivärin asiakaspolku verkossa ja myymälässä',
        description:
          'Miten asiakas löytää, valitsee, ostaa, vastaanottaa ja käyttää Kotivärin koti- ja sisustustuotteita. Kotiväri on suomalainen kauppa, jolla on verkkokauppa ja 30 myymälää. Nykytilan polku: oston ja toimituksen välinen odotus on tunnettu kipupiste.',
      },
    },
  },
  stages: [
    {
      ref: 'awareness',
      name: 'Awareness',
      description:
        "The customer notices Kotiväri: an ad, a friend's story, ideas found by searching, a store window.",
      translations: {
        fi: {
          name: 'Tietoisuus',
          description:
            'Asiakas huomaa Kotivärin: mainos, ystävän kertomus, haulla löytyneet ideat tai myymälän ikkuna.',
        },
      },
    },
    {
      ref: 'consideration',
      name: 'Consideration',
      description: 'Comparing products, colours and prices online and in the store; asking for advice.',
      translations: {
        fi: {
          name: 'Harkinta',
          description:
            'Tuotteiden, sävyjen ja hintojen vertailua verkossa ja myymälässä; neuvojen kysymistä.',
        },
      },
    },
    {
      ref: 'purchase',
      name: 'Purchase',
      description: 'Paying in the web shop or at the store checkout.',
      translations: {
        fi: { name: 'Ostaminen', description: 'Maksaminen verkkokaupassa tai myymälän kassalla.' },
      },
    },
    {
      ref: 'delivery',
      name: 'Delivery',
      description:
        'The wait between paying and having the goods at home: dispatch, tracking, parcel pick-up. Easily forgotten, keenly felt.',
      translations: {
        fi: {
          name: 'Toimitus',
          description:
            'Odotus maksamisesta siihen, että tuotteet ovat kotona: lähetys, seuranta ja paketin nouto. Helposti unohtuva vaihe, jonka asiakas tuntee.',
        },
      },
    },
    {
      ref: 'use',
      name: 'Use and care',
      description: 'Assembling, using and caring for the products; returns and exchanges.',
      translations: {
        fi: {
          name: 'Käyttö ja hoito',
          description: 'Tuotteiden kokoaminen, käyttö ja hoito; palautukset ja vaihdot.',
        },
      },
    },
    {
      ref: 'loyalty',
      name: 'Loyalty and advocacy',
      description: 'Coming back, joining the loyalty program and telling others.',
      translations: {
        fi: {
          name: 'Kanta-asiakkuus ja suosittelu',
          description: 'Palaaminen, kanta-asiakasohjelmaan liittyminen ja kokemuksista kertominen muille.',
        },
      },
    },
  ],
  lanes: DEFAULT_LANES.map((l) => ({
    ref: l.kind,
    kind: l.kind,
    name: l.en,
    translations: { fi: { name: l.fi } },
  })),
  personas: [
    {
      ref: 'busy-family',
      name: 'Busy family buyer',
      description:
        'Parents of two in a suburb of Tampere. They buy practical home goods online in the evening once the children are asleep; time is their scarcest resource. They want to know exactly when the parcel comes.',
      color: '#d9822b',
      translations: {
        fi: {
          name: 'Kiireinen lapsiperhe',
          description:
            'Kahden lapsen vanhemmat Tampereen lähiössä. He ostavat käytännöllisiä kodintavaroita verkosta iltaisin, kun lapset nukkuvat; aika on heidän niukin voimavaransa. He haluavat tietää tarkalleen, milloin paketti tulee.',
        },
      },
    },
    {
      ref: 'design-enthusiast',
      name: 'Design enthusiast',
      description:
        'Lives in Helsinki, follows interior accounts on Instagram and renovates one room at a time. Visits the store to see colours and materials in real light and values expert advice.',
      color: '#7a4fd6',
      translations: {
        fi: {
          name: 'Sisustusharrastaja',
          description:
            'Asuu Helsingissä, seuraa sisustustilejä Instagramissa ja remontoi huoneen kerrallaan. Käy myymälässä nähdäkseen sävyt ja materiaalit oikeassa valossa ja arvostaa asiantuntevaa neuvontaa.',
        },
      },
    },
  ],
  touchpoints,
  cards,
  emotions: [...curve('busy-family', FAMILY_CURVE), ...curve('design-enthusiast', DESIGN_CURVE)],
} satisfies MapDocumentInput;

/** The demo journey, parsed (defaults filled in), ready for `fromMapDocument`. */
export function retailJourneyDocument(): MapDocument {
  return MapDocument.parse(RETAIL_JOURNEY);
}
