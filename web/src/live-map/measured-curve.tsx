import { memo } from 'react';
import type { Touchpoint } from '../api/types.js';
import { yFor } from '../editor/emotion-scale.js';
import { useStoreValue } from '../editor/value-store.js';
import { SLOT } from '../editor/vocab.js';
import { useLiveStore } from './live-context.js';

const PAD = 6;
const xFor = (index: number) => PAD + index * SLOT + (SLOT - 8) / 2;

/**
 * The measured emotion curve (from the main scores, −2…+2) of one stage, drawn over the
 * hypothesis curves: dashed, with square points, so it is told apart without colour.
 */
export const MeasuredCurve = memo(function MeasuredCurve({
  touchpoints,
  width,
  height,
}: {
  touchpoints: Touchpoint[];
  width: number;
  height: number;
}) {
  const store = useLiveStore();
  if (!store) return null;
  return <Curve store={store} touchpoints={touchpoints} width={width} height={height} />;
});

function Curve({
  store,
  touchpoints,
  width,
  height,
}: {
  store: NonNullable<ReturnType<typeof useLiveStore>>;
  touchpoints: Touchpoint[];
  width: number;
  height: number;
}) {
  const key = useStoreValue(store, (d) =>
    d ? touchpoints.map((tp) => d.cards.get(tp.id)?.measured ?? 'x').join('|') : '',
  );
  if (!key) return null;
  const values = key.split('|').map((v) => (v === 'x' ? null : Number(v)));
  if (values.every((v) => v === null)) return null;
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${xFor(i)},${yFor(v)} `;
    pen = true;
  });
  return (
    <svg className="measured-curve" width={width} height={height} aria-hidden="true">
      <path d={d.trim()} fill="none" strokeWidth={2.5} strokeDasharray="6 4" />
      {values.map((v, i) =>
        v === null ? null : (
          // biome-ignore lint/suspicious/noArrayIndexKey: points follow the touchpoints' order
          <rect key={i} x={xFor(i) - 4} y={yFor(v) - 4} width={8} height={8} />
        ),
      )}
    </svg>
  );
}
