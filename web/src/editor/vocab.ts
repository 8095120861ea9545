import type { Channel, Evidence, LaneKind } from '../../../src/domain/journey/vocabulary.js';

// Plain copies of the domain's lists, so the bundle does not carry zod at run time.
export const CHANNEL_LIST = [
  'web',
  'app',
  'email',
  'social',
  'phone',
  'chat',
  'chatbot',
  'store',
  'delivery',
  'event',
  'print',
  'word_of_mouth',
  'partner',
  'other',
] as const satisfies readonly Channel[];

export const EVIDENCE_LIST = [
  'hypothesis',
  'partly_supported',
  'validated',
] as const satisfies readonly Evidence[];

export const CUSTOM_LANE_KIND: LaneKind = 'custom';

export function laneHoldsCards(kind: LaneKind): boolean {
  return kind !== 'touchpoints' && kind !== 'emotions';
}

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
