import type { Rng } from './random.js';

/**
 * Open-text answers for the demo, by theme and language. Finnish first (most customers),
 * Swedish and English for the rest. Delivery themes are written the way customers write
 * them: most say "toimitus" / "leverans" / "delivery", some do not.
 */
export type CommentLanguage = 'fi' | 'sv' | 'en';
type Bank = Record<CommentLanguage, readonly string[]>;

export const COMMENTS = {
  deliverySlow: {
    fi: [
      'Toimitus kesti liian kauan.',
      'Toimitus kesti yli viikon, vaikka luvattiin 2–3 päivää.',
      'Paketti tuli viikon myöhässä, eikä kukaan ilmoittanut viivästyksestä.',
      'Tuotteet ovat hyviä, mutta toimitus oli todella hidas.',
      'Odotin toimitusta yhdeksän päivää. Ei hyvä.',
      'Toimitusaika venyi, ja jouduin soittamaan asiakaspalveluun.',
      'Lahja ei ehtinyt perille ajoissa, koska toimitus myöhästyi.',
      'Toimituksesta ei kuulunut mitään tilausvahvistuksen jälkeen.',
      'Sohvan toimitus siirtyi kahdesti. Todella turhauttavaa.',
      'Liian pitkä toimitusaika, tilaan ensi kerralla muualta.',
      'Toimitus oli hidas, ja toimitusmaksu silti kallis.',
      'Kesti ikuisuuden ennen kuin paketti edes lähti varastolta.',
    ],
    sv: [
      'Leveransen tog alldeles för lång tid.',
      'Paketet kom en vecka för sent och ingen meddelade om förseningen.',
      'Leveransen försenades två gånger, mycket frustrerande.',
      'Bra produkter men leveransen var långsam.',
    ],
    en: [
      'Delivery took far too long.',
      'The parcel arrived a week late and nobody told me about the delay.',
      'Great products, but the delivery was painfully slow.',
      'Delivery was promised in 2–3 days but took nine.',
    ],
  },
  tracking: {
    fi: [
      'Toimituksen seuranta ei toiminut.',
      'Seurantakoodi ei päivittynyt moneen päivään, en tiennyt missä toimitus oli.',
      'Toimituksen seurantalinkki näytti koko viikon vain "odottaa lähetystä".',
      'Seurannan tiedot ja todellinen toimitus eivät täsmänneet lainkaan.',
      'En saanut mitään tietoa toimituksen etenemisestä.',
      'Tekstiviestin seurantalinkki ei toiminut.',
    ],
    sv: [
      'Spårningen av leveransen fungerade inte.',
      'Ingen information om leveransen efter orderbekräftelsen.',
    ],
    en: [
      'Delivery tracking did not work at all.',
      'The tracking link showed nothing for days; I had no idea where my delivery was.',
    ],
  },
  deliveryMild: {
    fi: [
      'Toimitus olisi voinut olla nopeampi, muuten ihan ok.',
      'Tuote hyvä, toimitus vähän hidas.',
      'Kaikki meni lopulta hyvin, mutta toimitusta sai odottaa.',
    ],
    sv: ['Leveransen kunde ha varit snabbare.'],
    en: ['Fine overall, but the delivery could be faster.'],
  },
  deliveryFast: {
    fi: [
      'Paketti tuli nopeasti, kiitos!',
      'Toimitus oli nopea ja tiedotus selkeää.',
      'Nopea toimitus ja hyvin pakattu.',
      'Kaikki sujui, paketti oli noutopisteessä jo seuraavana päivänä.',
    ],
    sv: ['Snabb leverans och väl förpackat.'],
    en: ['Fast delivery and well packed.'],
  },
  staff: {
    fi: [
      'Myyjä osasi neuvoa hyvin, ja löysimme sopivan sävyn.',
      'Ystävällinen ja asiantunteva henkilökunta.',
      'Sain todella hyvää sisustusneuvontaa, kiitos!',
      'Henkilökunta auttoi kantamaan ostokset autoon.',
      'Maalin sävytys onnistui heti, ja myyjä antoi hyviä vinkkejä.',
    ],
    sv: ['Trevlig och kunnig personal.', 'Fick mycket bra råd om färgval.'],
    en: ['The staff were really helpful and friendly.', 'Great advice on colours from the staff.'],
  },
  product: {
    fi: [
      'Laadukkaat tuotteet ja hyvä valikoima.',
      'Upea sohva, juuri sellainen kuin kuvassa.',
      'Kauniita tuotteita, joita ei löydä muualta.',
      'Maali peitti hyvin, ja sävy oli täsmälleen oikea.',
    ],
    sv: ['Fina produkter och bra urval.'],
    en: ['Beautiful products, great quality.'],
  },
  stock: {
    fi: [
      'Tuotetta ei ollut myymälässä, vaikka verkkosivut näyttivät saldoa.',
      'Puolet listani tuotteista oli loppu.',
      'Verkkokaupan saldo ei pitänyt paikkaansa, turha reissu.',
    ],
    sv: ['Produkten fanns inte i butiken fast webbsidan sa det.'],
    en: ['The product was out of stock although the website said otherwise.'],
  },
  queue: {
    fi: [
      'Kassalla oli pitkä jono ja vain yksi kassa auki.',
      'Lauantaina myymälä oli aivan tukossa, eikä myyjää saanut kiinni.',
      'Jouduin odottamaan maalin sävytystä puoli tuntia.',
    ],
    sv: ['Lång kö i kassan.'],
    en: ['Long queue at the till on Saturday.'],
  },
  storeDelivery: {
    fi: [
      'Sohva piti tilata, ja toimitus kestää kolme viikkoa.',
      'Myymälästä tilatun kaapin toimitus viivästyi.',
    ],
    sv: ['Soffan måste beställas och leveransen tar tre veckor.'],
    en: ['The sofa had to be ordered and delivery takes three weeks.'],
  },
  price: {
    fi: ['Ihan ok, mutta hinnat voisivat olla edullisemmat.', 'Hyvä kokemus, mutta hintataso on korkea.'],
    sv: ['Bra men lite dyrt.'],
    en: ['Good, but a bit pricey.'],
  },
  neutral: {
    fi: ['Toimiva kokemus, ei mitään erityistä.', 'Ihan hyvä.', 'Asiat hoituivat.'],
    sv: ['Helt okej.'],
    en: ['It was fine.'],
  },
  serviceWait: {
    fi: [
      'Jonotin puhelimessa 25 minuuttia.',
      'Asiakaspalvelija ei nähnyt, missä toimitukseni oli.',
      'Kukaan ei osannut kertoa, milloin toimitus tulee.',
      'Jouduin soittamaan kolme kertaa samasta asiasta.',
    ],
    sv: ['Lång väntetid i telefon.'],
    en: ['I waited on the phone for half an hour.'],
  },
  serviceGood: {
    fi: [
      'Asiakaspalvelija selvitti asian heti.',
      'Ystävällinen palvelu ja nopea ratkaisu.',
      'Sain selkeän vastauksen.',
    ],
    sv: ['Snabb och vänlig service.'],
    en: ['Friendly and quick service.'],
  },
  chatSlow: {
    fi: ['Chatissa jonotin pitkään.', 'Chat oli kiinni juuri kun olisin tarvinnut apua.'],
    sv: ['Lång kö i chatten.'],
    en: ['Long wait in the chat.'],
  },
  chatbotBad: {
    fi: [
      'Botti ei ymmärtänyt kysymystäni toimitusajasta.',
      'Botti antoi vain valmiita vastauksia, enkä tavoittanut ihmistä.',
      'Ei vastannut kysymykseeni.',
    ],
    sv: ['Chattboten förstod inte min fråga.'],
    en: ['The bot did not understand my question.'],
  },
  returnsHard: {
    fi: [
      'Palautus oli hankala ja hyvitys kesti kauan.',
      'Hyvitystä sai odottaa kaksi viikkoa.',
      'Ison tuotteen palautusnoudon järjestäminen oli vaikeaa.',
    ],
    sv: ['Returen var krånglig och återbetalningen dröjde.'],
    en: ['The return was a hassle and the refund took ages.'],
  },
  returnsEasy: {
    fi: ['Palautus onnistui helposti myymälään.', 'Helppo palautus, hyvitys tuli nopeasti.'],
    sv: ['Enkel retur.'],
    en: ['Easy return, quick refund.'],
  },
  checkoutHard: {
    fi: [
      'Toimituskulut selvisivät vasta aivan lopussa.',
      'Maksaminen epäonnistui ensimmäisellä kerralla.',
      'Pakollinen rekisteröityminen ärsytti.',
    ],
    sv: ['Fraktkostnaden syntes först i slutet.'],
    en: ['Had to create an account just to pay.'],
  },
  pickupFar: {
    fi: [
      'Paketti meni kaukaiseen noutopisteeseen, vaikka lähempänäkin olisi ollut.',
      'Paketti ei mahtunut automaattiin, ja se siirrettiin toiseen paikkaan.',
    ],
    sv: ['Paketet skickades till ett avlägset utlämningsställe.'],
    en: ['The parcel went to a pick-up point far away.'],
  },
  pickupEasy: {
    fi: ['Nouto automaatista oli helppoa.', 'Kuljettaja tuli sovittuna aikana ja kantoi sohvan sisälle.'],
    sv: ['Smidigt att hämta från paketautomaten.'],
    en: ['Picking up from the locker was easy.'],
  },
  employeeStoreLow: {
    fi: [
      'Varastosaldot eivät pidä paikkaansa, ja asiakkaat pettyvät.',
      'Lauantaisin meitä on liian vähän myymälässä.',
      'Emme näe verkkotilausten toimitustilannetta, joten emme voi auttaa asiakasta.',
    ],
    sv: ['Vi är för få i butiken på lördagar.'],
    en: ['We are understaffed on Saturdays.'],
  },
  employeeStoreHigh: {
    fi: ['Hyvä tiimi, ja asiakkaat ovat tyytyväisiä neuvontaan.', 'Sävytyskoulutus auttoi paljon.'],
    sv: ['Bra team och nöjda kunder.'],
    en: ['Good team, and customers like our advice.'],
  },
  employeeDeliveryLow: {
    fi: [
      'Kuljetusyhtiön seurantatiedot tulevat vasta yöllä, joten emme voi kertoa asiakkaalle mitään.',
      'Viivästyksistä ei tule meille tietoa ajoissa.',
      'Keräilyssä on ruuhkaa maanantaisin, ja toimitukset myöhästyvät.',
      'Asiakkaat soittavat toimituksista, eikä meillä ole vastauksia.',
    ],
    sv: ['Vi får inte veta om förseningar i tid.'],
    en: ['We hear about delivery delays too late to warn customers.'],
  },
  employeeDeliveryHigh: {
    fi: ['Uusi keräilyjärjestelmä nopeutti lähtöjä.', 'Yhteistyö kuljetusyhtiön kanssa on parantunut.'],
    sv: ['Det nya plocksystemet har gjort oss snabbare.'],
    en: ['The new picking system made dispatch faster.'],
  },
} satisfies Record<string, Bank>;

export type CommentTheme = keyof typeof COMMENTS;

export function comment(rng: Rng, theme: CommentTheme, language: CommentLanguage): string {
  return rng.pick(COMMENTS[theme][language]);
}
