export { type DiscoverOptions, type Discovery, discoverThemes } from './discover.js';
export { detectLanguage } from './language.js';
export { stem, termCovers } from './stem.js';
export { isStopword, STOPWORDS } from './stopwords.js';
export {
  type DiscoveredTheme,
  normaliseKeywords,
  StoredUserTheme,
  type ThemeDoc,
  ThemeKeyword,
  ThemeKind,
  UserTheme,
  UserThemeFields,
  UserThemePatch,
} from './theme.schema.js';
export { analyseText, contentTokens, type Phrase, phrases, phrasesOf, type Token, tokens } from './tokens.js';
export { keywordStems, userThemeMatcher } from './user-themes.js';
