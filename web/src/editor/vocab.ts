import type { Channel, LaneKind } from '../../../src/domain/journey/vocabulary.js';

// The domain's plain lists (vocabulary-lists.ts imports no zod, so the bundle stays small).
export {
  CHANNELS as CHANNEL_LIST,
  EVIDENCE as EVIDENCE_LIST,
  laneHoldsCards,
} from '../../../src/domain/journey/vocabulary-lists.js';

export const CUSTOM_LANE_KIND: LaneKind = 'custom';

/** Short text badges for channels (shown with the channel's full name for assistive tech). */
export const CHANNEL_BADGE: Record<Channel, string> = {
  web: 'WEB',
  app: 'APP',
  email: '@',
  social: 'SoMe',
  phone: 'TEL',
  chat: 'CHAT',
  chatbot: 'BOT',
  store: 'SHOP',
  delivery: 'DLV',
  event: 'EVT',
  print: 'PRT',
  word_of_mouth: 'WoM',
  partner: 'PTN',
  other: '…',
};

/** Width of one touchpoint slot in a stage column, in CSS pixels (card plus gap). */
export const SLOT = 176;
export const MIN_STAGE_WIDTH = 248;
export const EMOTION_HEIGHT = 132;

export function stageWidth(touchpointCount: number): number {
  return Math.max(MIN_STAGE_WIDTH, touchpointCount * SLOT + 16);
}
