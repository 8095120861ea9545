import { z } from 'zod';
import { Language } from '../journey/vocabulary.js';

/**
 * The survey model. A survey is bound to a touchpoint (touchpoint level), a journey (journey
 * level) or nothing (relationship level); its audience is customers or employees. Questions
 * have stable ids (`q_…`) and options stable ids (`o_…`): answers are keyed by them, so
 * editing a live survey never changes what an earlier answer meant. Publishing snapshots
 * the definition as a numbered version; every response records the version it answered.
 */

const id = z.string().min(1).max(64);
const isoTime = z.string();

export const SurveyLevel = z.enum(['touchpoint', 'journey', 'relationship']);
export type SurveyLevel = z.infer<typeof SurveyLevel>;
export const SurveyAudience = z.enum(['customer', 'employee']);
export type SurveyAudience = z.infer<typeof SurveyAudience>;
export const SurveyStatus = z.enum(['draft', 'live', 'closed']);
export type SurveyStatus = z.infer<typeof SurveyStatus>;
/** One question per screen (with back/next) or every question on one page. */
export const SurveyLayout = z.enum(['one-per-page', 'single-page']);
export type SurveyLayout = z.infer<typeof SurveyLayout>;

export const SURVEY_LANGUAGES = ['fi', 'sv', 'en'] as const;

/** A text in some of the survey's languages: `{ fi: '…', en: '…' }`. */
export const LocalizedText = (max: number) => z.partialRecord(Language, z.string().trim().max(max));
export type LocalizedText = Partial<Record<Language, string>>;

const questionText = LocalizedText(500);
const labelText = LocalizedText(120);

/** Stable question id: `q_` and 1–40 letters, digits, `_` or `-`. */
export const QuestionId = z
  .string()
  .regex(/^q_[A-Za-z0-9_-]{1,40}$/, 'must look like q_ followed by letters, digits, _ or -');
/** Stable option id: `o_` and 1–40 letters, digits, `_` or `-`. */
export const OptionId = z
  .string()
  .regex(/^o_[A-Za-z0-9_-]{1,40}$/, 'must look like o_ followed by letters, digits, _ or -');

export const ShowIfOp = z.enum(['lte', 'gte', 'eq', 'neq', 'includes']);
export type ShowIfOp = z.infer<typeof ShowIfOp>;

/**
 * Display logic: show this question only when the answer to an earlier question satisfies
 * `op value` (e.g. `{ questionId: 'q_nps', op: 'lte', value: 6 }`). `includes` tests a
 * multiple-choice answer for an option id; `eq`/`neq` compare a number or a single-choice
 * option id. An unanswered (or hidden) source question hides the question.
 */
export const ShowIf = z
  .object({
    questionId: QuestionId,
    op: ShowIfOp,
    value: z.union([z.number().finite(), z.string().min(1).max(64)]),
  })
  .strict();
export type ShowIf = z.infer<typeof ShowIf>;

const base = {
  id: QuestionId,
  required: z.boolean().default(false),
  text: questionText,
  help: LocalizedText(500).optional(),
  showIf: ShowIf.optional(),
};

/** End labels of a scale; when absent the page uses its own defaults per language. */
const ends = {
  lowLabel: labelText.optional(),
  highLabel: labelText.optional(),
};

export const NpsQuestion = z.object({ ...base, type: z.literal('nps'), ...ends }).strict();
export const CsatQuestion = z.object({ ...base, type: z.literal('csat'), ...ends }).strict();
export const CesQuestion = z.object({ ...base, type: z.literal('ces'), ...ends }).strict();
export const RatingQuestion = z
  .object({
    ...base,
    type: z.literal('rating'),
    min: z.number().int().min(0).max(1).default(1),
    max: z.number().int().min(2).max(10).default(5),
    ...ends,
  })
  .strict();

export const ChoiceOption = z.object({ id: OptionId, label: labelText }).strict();
export type ChoiceOption = z.infer<typeof ChoiceOption>;
const options = z
  .array(ChoiceOption)
  .min(2, 'needs at least 2 options')
  .max(20, 'at most 20 options')
  .refine((os) => new Set(os.map((o) => o.id)).size === os.length, 'option ids must be unique');

export const SingleQuestion = z.object({ ...base, type: z.literal('single'), options }).strict();
export const MultipleQuestion = z
  .object({
    ...base,
    type: z.literal('multiple'),
    options,
    /** At most this many options may be chosen. */
    max: z.number().int().min(1).max(20).optional(),
  })
  .strict();
export const TextQuestion = z
  .object({
    ...base,
    type: z.literal('text'),
    maxLength: z.number().int().min(1).max(5000).default(1000),
  })
  .strict();

/** The four experience dimensions, each rated 1–5 against a statement. */
export const ExperienceDimension = z.enum(['cognitive', 'emotional', 'social', 'sensory']);
export type ExperienceDimension = z.infer<typeof ExperienceDimension>;
export const EXPERIENCE_DIMENSIONS = ExperienceDimension.options;

export const ExperienceQuestion = z
  .object({
    ...base,
    type: z.literal('experience'),
    /** Which dimensions to ask (default all four), in this order. */
    dimensions: z
      .array(ExperienceDimension)
      .min(1)
      .max(4)
      .refine((ds) => new Set(ds).size === ds.length, 'dimensions must not repeat')
      .default([...EXPERIENCE_DIMENSIONS]),
    /** Statements replacing the page's default statement for a dimension. */
    statements: z.partialRecord(ExperienceDimension, LocalizedText(300)).optional(),
  })
  .strict();

/** Expectation versus experience on one aspect: expected 1–5 and experienced 1–5. */
export const ExpectationQuestion = z
  .object({
    ...base,
    type: z.literal('expectation'),
    /** The aspect, e.g. "delivery speed"; the question text frames it. */
    aspect: labelText,
  })
  .strict();

export const Question = z.discriminatedUnion('type', [
  NpsQuestion,
  CsatQuestion,
  CesQuestion,
  RatingQuestion,
  SingleQuestion,
  MultipleQuestion,
  TextQuestion,
  ExperienceQuestion,
  ExpectationQuestion,
]);
export type Question = z.infer<typeof Question>;
export type QuestionInput = z.input<typeof Question>;
export type QuestionType = Question['type'];
export const QUESTION_TYPES: readonly QuestionType[] = [
  'nps',
  'csat',
  'ces',
  'rating',
  'single',
  'multiple',
  'text',
  'experience',
  'expectation',
];

/**
 * One answer: a scale value (nps/csat/ces/rating), an option id (single), option ids
 * (multiple), a text, scores per dimension (experience), or `{ expected, experienced }`.
 */
export const AnswerValue = z.union([
  z.number(),
  z.string(),
  z.array(z.string()),
  z.record(z.string(), z.number()),
]);
export type AnswerValue = z.infer<typeof AnswerValue>;
export type Answers = Record<string, AnswerValue>;

const questions = z.array(Question).max(100, 'at most 100 questions');
const languages = z
  .array(Language)
  .min(1, 'needs at least one language')
  .max(3)
  .refine((ls) => new Set(ls).size === ls.length, 'languages must not repeat');

/** What a version snapshot holds and what the respondent page renders. */
export const SurveyDefinition = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(200),
  level: SurveyLevel,
  journeyId: id.nullable(),
  touchpointId: id.nullable(),
  audience: SurveyAudience,
  layout: SurveyLayout,
  languages,
  defaultLanguage: Language,
  questions,
  intro: LocalizedText(2000),
  thankYou: LocalizedText(2000),
});
export type SurveyDefinition = z.infer<typeof SurveyDefinition>;
export type SurveyDefinitionInput = z.input<typeof SurveyDefinition>;

export const Survey = SurveyDefinition.extend({
  id,
  workspaceId: id,
  status: SurveyStatus,
  /** The latest published version (what respondents get), null before the first publish. */
  publishedVersion: z.number().int().min(1).nullable(),
  /** Optimistic-concurrency counter of the draft: a patch names the version it edits. */
  version: z.number().int().nonnegative(),
  /** Whether the draft changed since the last publish (respondents still get the published version). */
  hasUnpublishedChanges: z.boolean(),
  createdAt: isoTime,
  updatedAt: isoTime,
  publishedAt: isoTime.nullable(),
});
export type Survey = z.infer<typeof Survey>;

/** A published snapshot. */
export const SurveyVersion = z.object({
  surveyId: id,
  version: z.number().int().min(1),
  definition: SurveyDefinition,
  publishedAt: isoTime,
});
export type SurveyVersion = z.infer<typeof SurveyVersion>;

export const SurveyCreate = z
  .object({
    name: SurveyDefinition.shape.name,
    level: SurveyLevel,
    journeyId: id.nullable().default(null),
    touchpointId: id.nullable().default(null),
    audience: SurveyAudience.default('customer'),
    layout: SurveyLayout.default('one-per-page'),
    languages: languages.default(['fi']),
    defaultLanguage: Language.optional(),
    questions: questions.default([]),
    intro: LocalizedText(2000).default({}),
    thankYou: LocalizedText(2000).default({}),
  })
  .strict();
export type SurveyCreate = z.infer<typeof SurveyCreate>;
export type SurveyCreateInput = z.input<typeof SurveyCreate>;

export const SurveyPatch = z
  .object({
    /** The draft version this patch edits; a stale one answers 409 with the current survey. */
    version: z.number().int().nonnegative(),
    name: SurveyDefinition.shape.name.optional(),
    level: SurveyLevel.optional(),
    journeyId: id.nullable().optional(),
    touchpointId: id.nullable().optional(),
    audience: SurveyAudience.optional(),
    layout: SurveyLayout.optional(),
    languages: languages.optional(),
    defaultLanguage: Language.optional(),
    questions: questions.optional(),
    intro: LocalizedText(2000).optional(),
    thankYou: LocalizedText(2000).optional(),
  })
  .strict();
export type SurveyPatch = z.infer<typeof SurveyPatch>;
export type SurveyPatchInput = z.input<typeof SurveyPatch>;

/** Survey list filters. */
export const SurveyListQuery = z
  .object({
    journeyId: id.optional(),
    touchpointId: id.optional(),
    status: SurveyStatus.optional(),
  })
  .strict();
export type SurveyListQuery = z.infer<typeof SurveyListQuery>;
