import { type KeyboardEvent, memo, type PointerEvent, type RefObject, useState } from 'react';
import { useI18n } from '../hooks/use-i18n.js';
import { useEditorEnv } from './editor-context.js';
import { valueFor, yFor } from './emotion-scale.js';

interface Props {
  touchpointId: string;
  touchpointName: string;
  personaId: string | null;
  curveLabel: string;
  color: string;
  value: number | null;
  x: number;
  readOnly: boolean;
  area: RefObject<HTMLDivElement | null>;
}

const clamp = (v: number) => Math.max(-2, Math.min(2, v));
const format = (v: number) => (v > 0 ? `+${v}` : String(v));

/** One point of the curve being edited: a slider (ArrowUp/ArrowDown ±0.5) that can be dragged. */
export const EmotionPoint = memo(function EmotionPoint(props: Props) {
  const { touchpointId, touchpointName, personaId, curveLabel, color, value, x, readOnly, area } = props;
  const { t } = useI18n();
  const { controller } = useEditorEnv();
  const [dragValue, setDragValue] = useState<number | null>(null);
  const [dragging, setDragging] = useState(false);
  const shown = dragging ? dragValue : value;
  // quick key presses build on the cache's value, which has every optimistic edit at once,
  // while the props catch up a render later
  const current = () => (controller ? controller.emotionOf(personaId, touchpointId) : value);

  const commit = (next: number | null) => {
    if (next === current() || !controller) return;
    void controller.setEmotion(personaId, touchpointId, next);
  };

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (readOnly) return;
    const value = current();
    const base = value ?? 0;
    let next: number | null | undefined;
    if (e.key === 'ArrowUp' || e.key === 'ArrowRight') next = value === null ? 0.5 : clamp(base + 0.5);
    else if (e.key === 'ArrowDown' || e.key === 'ArrowLeft') next = value === null ? -0.5 : clamp(base - 0.5);
    else if (e.key === 'Home') next = -2;
    else if (e.key === 'End') next = 2;
    else if (e.key === 'PageUp') next = clamp(base + 1);
    else if (e.key === 'PageDown') next = clamp(base - 1);
    else if (e.key === 'Delete' || e.key === 'Backspace') next = null;
    if (next === undefined) return;
    e.preventDefault();
    commit(next);
  }

  function valueAt(e: PointerEvent<HTMLDivElement>): number {
    const rect = area.current?.getBoundingClientRect();
    return valueFor(rect ? e.clientY - rect.top : 0);
  }

  function onPointerDown(e: PointerEvent<HTMLDivElement>) {
    if (readOnly || e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus();
    setDragging(true);
    setDragValue(valueAt(e));
  }
  function onPointerMove(e: PointerEvent<HTMLDivElement>) {
    if (dragging) setDragValue(valueAt(e));
  }
  function onPointerUp(e: PointerEvent<HTMLDivElement>) {
    if (!dragging) return;
    setDragging(false);
    commit(valueAt(e));
  }

  const y = yFor(shown ?? 0);
  const valueText = shown === null ? t('noEmotion') : t('emotionValue', { value: format(shown) });
  return (
    <div
      role="slider"
      tabIndex={0}
      className={`emotion-point${shown === null ? ' unset' : ''}${readOnly ? ' readonly' : ''}`}
      style={{ left: x - 11, top: y - 11, borderColor: color, background: shown === null ? '#fff' : color }}
      aria-label={t('emotionPoint', { touchpoint: touchpointName, curve: curveLabel })}
      aria-valuemin={-2}
      aria-valuemax={2}
      aria-valuenow={shown ?? 0}
      aria-valuetext={valueText}
      aria-readonly={readOnly || undefined}
      data-touchpoint={touchpointId}
      title={`${touchpointName}: ${valueText}`}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => setDragging(false)}
    />
  );
});
