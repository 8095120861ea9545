import { memo, useRef } from 'react';
import { localized } from '../../../src/domain/journey/localize.js';
import type { Touchpoint } from '../api/types.js';
import { MeasuredCurve } from '../live-map/measured-curve.js';
import { useEditorEnv } from './editor-context.js';
import { EmotionPoint } from './emotion-point.js';
import { MID, yFor } from './emotion-scale.js';
import type { Curve } from './use-map-layout.js';
import { EMOTION_HEIGHT, SLOT, stageWidth } from './vocab.js';

interface Props {
  touchpoints: Touchpoint[];
  curves: Curve[];
  activeCurve: string | null;
  label: string;
}

const PAD = 6; // the touchpoint cell's padding, so points sit under their cards
const xFor = (index: number) => PAD + index * SLOT + (SLOT - 8) / 2;

/** The curve through the stage's points, joined half-way to the neighbouring stages' points. */
function path(curve: Curve, width: number): string {
  const { values, before, after } = curve;
  let d = '';
  let pen = false;
  const first = values[0];
  if (before !== null && before !== undefined && first !== null && first !== undefined) {
    d += `M0,${yFor((before + first) / 2)} `;
    pen = true;
  }
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${xFor(i)},${yFor(v)} `;
    pen = true;
  });
  const last = values.at(-1);
  if (pen && after !== null && last !== null && last !== undefined)
    d += `L${width},${yFor((last + after) / 2)}`;
  return d.trim();
}

/** The emotion curves of one stage: one line per curve; the active curve's points are sliders. */
export const EmotionCell = memo(function EmotionCell({ touchpoints, curves, activeCurve, label }: Props) {
  const { readOnly, lang } = useEditorEnv();
  const box = useRef<HTMLDivElement>(null);
  const width = stageWidth(touchpoints.length) - 1;
  const active = curves.find((c) => c.personaId === activeCurve) ?? curves[0];
  return (
    <section className="cell emotion-cell" aria-label={label}>
      <div className="emotion-area" ref={box} style={{ width, height: EMOTION_HEIGHT }}>
        <svg width={width} height={EMOTION_HEIGHT} aria-hidden="true" className="emotion-svg">
          <line x1={0} x2={width} y1={MID} y2={MID} className="zero-line" />
          <line x1={0} x2={width} y1={yFor(2)} y2={yFor(2)} className="grid-line" />
          <line x1={0} x2={width} y1={yFor(-2)} y2={yFor(-2)} className="grid-line" />
          {curves.map((c) => {
            const isActive = c === active;
            return (
              <g key={c.personaId ?? 'team'} className={isActive ? 'curve active' : 'curve'}>
                <path d={path(c, width)} stroke={c.color} fill="none" strokeWidth={isActive ? 3 : 1.5} />
                {!isActive &&
                  c.values.map((v, i) =>
                    v === null ? null : (
                      // biome-ignore lint/suspicious/noArrayIndexKey: points follow the touchpoints' order
                      <circle key={i} cx={xFor(i)} cy={yFor(v)} r={3.5} fill={c.color} />
                    ),
                  )}
              </g>
            );
          })}
        </svg>
        <MeasuredCurve touchpoints={touchpoints} width={width} height={EMOTION_HEIGHT} />
        {active &&
          touchpoints.map((tp, i) => (
            <EmotionPoint
              key={tp.id}
              touchpointId={tp.id}
              touchpointName={localized(tp, 'name', lang)}
              personaId={active.personaId}
              curveLabel={active.label}
              color={active.color}
              value={active.values[i] ?? null}
              x={xFor(i)}
              readOnly={readOnly}
              area={box}
            />
          ))}
      </div>
    </section>
  );
});
