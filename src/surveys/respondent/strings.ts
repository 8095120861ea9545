import type { Language } from '../../domain/journey/vocabulary.js';
import type { ExperienceDimension } from '../../domain/surveys/survey.schema.js';

/** The respondent page's own texts (buttons, errors, polite pages, scale ends) in fi, sv and en. */
export interface PageStrings {
  next: string;
  back: string;
  submit: string;
  required: string;
  progress: string;
  errorSummary: string;
  errRequired: string;
  errRange: string;
  errOption: string;
  errTooMany: string;
  errTooLong: string;
  chooseUpTo: string;
  maxChars: string;
  thankYouTitle: string;
  thankYouText: string;
  closedTitle: string;
  closedText: string;
  notFoundTitle: string;
  notFoundText: string;
  invalidLinkTitle: string;
  invalidLinkText: string;
  rateLimitedTitle: string;
  rateLimitedText: string;
  errorTitle: string;
  errorText: string;
  languageNav: string;
  honeypot: string;
  ends: Record<'nps' | 'csat' | 'ces' | 'rating' | 'agree' | 'quality', [string, string]>;
  expected: string;
  experienced: string;
  statements: Record<ExperienceDimension, string>;
}

export const LANGUAGE_NAMES: Record<Language, string> = {
  fi: 'Suomeksi',
  sv: 'På svenska',
  en: 'In English',
};

export const STRINGS: Record<Language, PageStrings> = {
  en: {
    next: 'Next',
    back: 'Back',
    submit: 'Send',
    required: 'required',
    progress: 'Question {n} of {m}',
    errorSummary: 'Please check your answers',
    errRequired: 'Answer this question.',
    errRange: 'Choose a value from {min} to {max}.',
    errOption: 'Choose one of the options.',
    errTooMany: 'Choose at most {max}.',
    errTooLong: 'Write at most {max} characters.',
    chooseUpTo: 'Choose up to {max}.',
    maxChars: 'At most {max} characters.',
    thankYouTitle: 'Thank you!',
    thankYouText: 'Your answers have been saved.',
    closedTitle: 'This survey is closed',
    closedText: 'This survey is closed. Thank you for your interest.',
    notFoundTitle: 'Survey not found',
    notFoundText: 'We could not find this survey. Please check the link. Thank you for your interest.',
    invalidLinkTitle: 'This link is not valid',
    invalidLinkText: 'This survey link is not valid or has expired. Thank you for your interest.',
    rateLimitedTitle: 'Please wait a moment',
    rateLimitedText:
      'We received many answers from your address just now. Please wait a minute and try again.',
    errorTitle: 'Something went wrong',
    errorText: 'Something went wrong on our side. Please try again in a moment.',
    languageNav: 'Language',
    honeypot: 'Leave this field empty',
    ends: {
      nps: ['not at all likely', 'extremely likely'],
      csat: ['very dissatisfied', 'very satisfied'],
      ces: ['very difficult', 'very easy'],
      rating: ['poor', 'excellent'],
      agree: ['strongly disagree', 'strongly agree'],
      quality: ['very poor', 'excellent'],
    },
    expected: 'What you expected: {aspect}',
    experienced: 'What you experienced: {aspect}',
    statements: {
      cognitive: 'It was easy to understand what to do.',
      emotional: 'It left me with a good feeling.',
      social: 'I felt I was treated well as a person.',
      sensory: 'The surroundings (look, sound, feel) were pleasant.',
    },
  },
  fi: {
    next: 'Seuraava',
    back: 'Edellinen',
    submit: 'Lähetä',
    required: 'pakollinen',
    progress: 'Kysymys {n}/{m}',
    errorSummary: 'Tarkista vastauksesi',
    errRequired: 'Vastaa tähän kysymykseen.',
    errRange: 'Valitse arvo väliltä {min}–{max}.',
    errOption: 'Valitse jokin vaihtoehdoista.',
    errTooMany: 'Valitse enintään {max}.',
    errTooLong: 'Kirjoita enintään {max} merkkiä.',
    chooseUpTo: 'Voit valita enintään {max}.',
    maxChars: 'Enintään {max} merkkiä.',
    thankYouTitle: 'Kiitos!',
    thankYouText: 'Vastauksesi on tallennettu.',
    closedTitle: 'Kysely on suljettu',
    closedText: 'Tämä kysely on suljettu. Kiitos mielenkiinnostasi.',
    notFoundTitle: 'Kyselyä ei löytynyt',
    notFoundText: 'Emme löytäneet tätä kyselyä. Tarkista linkki. Kiitos mielenkiinnostasi.',
    invalidLinkTitle: 'Linkki ei ole voimassa',
    invalidLinkText: 'Tämä kyselylinkki ei ole voimassa tai se on vanhentunut. Kiitos mielenkiinnostasi.',
    rateLimitedTitle: 'Odota hetki',
    rateLimitedText: 'Osoitteestasi tuli juuri paljon vastauksia. Odota minuutti ja yritä uudelleen.',
    errorTitle: 'Jokin meni vikaan',
    errorText: 'Jokin meni vikaan meidän päässämme. Yritä hetken kuluttua uudelleen.',
    languageNav: 'Kieli',
    honeypot: 'Jätä tämä kenttä tyhjäksi',
    ends: {
      nps: ['en lainkaan todennäköisesti', 'erittäin todennäköisesti'],
      csat: ['erittäin tyytymätön', 'erittäin tyytyväinen'],
      ces: ['erittäin vaikeaa', 'erittäin helppoa'],
      rating: ['huono', 'erinomainen'],
      agree: ['täysin eri mieltä', 'täysin samaa mieltä'],
      quality: ['erittäin huono', 'erinomainen'],
    },
    expected: 'Odotuksesi: {aspect}',
    experienced: 'Kokemuksesi: {aspect}',
    statements: {
      cognitive: 'Oli helppo ymmärtää, mitä piti tehdä.',
      emotional: 'Minulle jäi hyvä mieli.',
      social: 'Minua kohdeltiin hyvin ihmisenä.',
      sensory: 'Ympäristö (ulkoasu, äänet, tuntuma) oli miellyttävä.',
    },
  },
  sv: {
    next: 'Nästa',
    back: 'Föregående',
    submit: 'Skicka',
    required: 'obligatorisk',
    progress: 'Fråga {n} av {m}',
    errorSummary: 'Kontrollera dina svar',
    errRequired: 'Besvara den här frågan.',
    errRange: 'Välj ett värde mellan {min} och {max}.',
    errOption: 'Välj ett av alternativen.',
    errTooMany: 'Välj högst {max}.',
    errTooLong: 'Skriv högst {max} tecken.',
    chooseUpTo: 'Du kan välja högst {max}.',
    maxChars: 'Högst {max} tecken.',
    thankYouTitle: 'Tack!',
    thankYouText: 'Dina svar har sparats.',
    closedTitle: 'Enkäten är stängd',
    closedText: 'Den här enkäten är stängd. Tack för ditt intresse.',
    notFoundTitle: 'Enkäten hittades inte',
    notFoundText: 'Vi hittade inte den här enkäten. Kontrollera länken. Tack för ditt intresse.',
    invalidLinkTitle: 'Länken är inte giltig',
    invalidLinkText: 'Den här enkätlänken är inte giltig eller har gått ut. Tack för ditt intresse.',
    rateLimitedTitle: 'Vänta en stund',
    rateLimitedText: 'Vi fick nyss många svar från din adress. Vänta en minut och försök igen.',
    errorTitle: 'Något gick fel',
    errorText: 'Något gick fel hos oss. Försök igen om en stund.',
    languageNav: 'Språk',
    honeypot: 'Lämna det här fältet tomt',
    ends: {
      nps: ['inte alls troligt', 'extremt troligt'],
      csat: ['mycket missnöjd', 'mycket nöjd'],
      ces: ['mycket svårt', 'mycket lätt'],
      rating: ['dålig', 'utmärkt'],
      agree: ['helt av annan åsikt', 'helt enig'],
      quality: ['mycket dålig', 'utmärkt'],
    },
    expected: 'Dina förväntningar: {aspect}',
    experienced: 'Din upplevelse: {aspect}',
    statements: {
      cognitive: 'Det var lätt att förstå vad jag skulle göra.',
      emotional: 'Det gav mig en god känsla.',
      social: 'Jag kände att jag blev väl bemött som person.',
      sensory: 'Miljön (utseende, ljud, känsla) var behaglig.',
    },
  },
};

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
