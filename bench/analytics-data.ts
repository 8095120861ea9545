import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * Deterministic synthetic data for the analytics benchmark, generated inside DuckDB (the
 * benchmark owns the file while the server is stopped): customers move through the demo
 * journey's touchpoints in the designed order with drop-off and repeats, about ten events
 * each over six months, and one survey response per 25 events (NPS lower at the delivery
 * wait, comments in Finnish, Swedish and English). `hash()` makes every run the same.
 */
export interface BenchTouchpoint {
  id: string;
  key: string;
  stageId: string;
  channel: string;
}

const COMMENTS = [
  ['fi', 'Toimitus kesti liian kauan ja seuranta ei toiminut'],
  ['fi', 'Ystävällinen palvelu myymälässä, kiitos'],
  ['fi', 'Toimituksen odottaminen oli turhauttavaa'],
  ['fi', 'Hyvät tuotteet ja selkeä verkkokauppa'],
  ['sv', 'Leveransen tog för lång tid'],
  ['sv', 'Trevlig personal i butiken'],
  ['en', 'Delivery took far too long and tracking was broken'],
  ['en', 'Great products and easy checkout'],
] as const;

const sqlText = (s: string) => `'${s.replaceAll("'", "''")}'`;

export async function generateBenchData(
  conn: DuckDBConnection,
  opts: {
    workspaceId: string;
    journeyId: string;
    touchpoints: BenchTouchpoint[];
    from: number;
    to: number;
    start: Date;
  },
): Promise<void> {
  const T = opts.touchpoints.length;
  const tps = opts.touchpoints
    .map(
      (t, i) => `(${i}, ${sqlText(t.id)}, ${sqlText(t.key)}, ${sqlText(t.stageId)}, ${sqlText(t.channel)})`,
    )
    .join(', ');
  const base = `TIMESTAMP '${opts.start.toISOString().slice(0, 19).replace('T', ' ')}'`;
  const ws = sqlText(opts.workspaceId);
  const jr = sqlText(opts.journeyId);
  await conn.run(
    `CREATE OR REPLACE TEMP TABLE bench_tp(idx INTEGER, id VARCHAR, key VARCHAR, stage_id VARCHAR, channel VARCHAR)`,
  );
  await conn.run(`INSERT INTO bench_tp VALUES ${tps}`);
  const step = 2_000_000;
  for (let lo = opts.from; lo < opts.to; lo += step) {
    const hi = Math.min(opts.to, lo + step);
    await conn.run(`INSERT INTO events
      WITH g AS (
        SELECT i, i // 10 AS c, i % 10 AS s, hash(i // 10) AS hc, hash(i) AS hi FROM range(${lo}, ${hi}) t(i)
      ), p AS (
        SELECT *, least(${T - 1}, greatest(0, (least(s, hc % 10) * ${T}) // 10 + (hi % 3)::INTEGER - 1)) AS idx FROM g
      )
      SELECT 'bench-' || i, ${ws}, ${jr}, tp.id, tp.key, tp.stage_id, 'bc' || c, 'bs' || c || '-' || (s // 4),
        ${base} + to_seconds((hc % 15552000)::BIGINT) + to_seconds((s * 3600 + (hi % 7200) + s * (hc % 86400))::BIGINT),
        CASE WHEN tp.key IN ('checkout', 'store-checkout') AND hi % 3 = 0 THEN 'order_placed' ELSE 'page_view' END,
        tp.channel,
        CASE WHEN tp.key IN ('checkout', 'store-checkout') AND hi % 3 = 0 THEN 20 + (hi % 300) ELSE NULL END,
        json_object('region', (['Uusimaa', 'Pirkanmaa', 'Lappi', 'Pohjanmaa'])[1 + (hc % 4)::INTEGER],
                    'loyaltyMember', hc % 3 = 0),
        'api', ${base}
      FROM p JOIN bench_tp tp USING (idx)`);
    const comments = COMMENTS.map(([l, t]) => `(${sqlText(l)}, ${sqlText(t)})`).join(', ');
    await conn.run(`INSERT INTO responses BY NAME
      WITH g AS (
        SELECT i, i // 10 AS c, i % 10 AS s, hash(i // 10) AS hc, hash(i) AS hi FROM range(${lo}, ${hi}) t(i) WHERE i % 25 = 0
      ), p AS (
        SELECT *, least(${T - 1}, greatest(0, (least(s, hc % 10) * ${T}) // 10 + (hi % 3)::INTEGER - 1)) AS idx FROM g
      ), cm AS (SELECT row_number() OVER () - 1 AS n, * FROM (VALUES ${comments}) v(lang, text))
      SELECT 'bench-r' || i AS id, ${ws} AS workspace_id, NULL AS survey_id, ${jr} AS journey_id, tp.id AS touchpoint_id,
        tp.stage_id, 'bc' || c AS customer_id,
        ${base} + to_seconds((hc % 15552000)::BIGINT) + to_seconds((s * 3600 + 1800 + s * (hc % 86400))::BIGINT) AS ts,
        'customer' AS audience, 'touchpoint' AS level,
        CASE WHEN tp.key = 'delivery-wait' THEN hi % 9 ELSE 3 + hi % 8 END AS nps,
        NULL AS csat, NULL AS ces,
        CASE WHEN hi % 10 < 3 THEN cm.text END AS comment, coalesce(cm.lang, 'fi') AS language, 'email' AS channel,
        '{}'::JSON AS answers,
        json_object('region', (['Uusimaa', 'Pirkanmaa', 'Lappi', 'Pohjanmaa'])[1 + (hc % 4)::INTEGER], 'loyaltyMember', hc % 3 = 0) AS properties,
        'api' AS source, ${base} AS received_at, NULL AS survey_version, true AS complete
      FROM p JOIN bench_tp tp USING (idx)
        LEFT JOIN cm ON cm.n = (CASE WHEN tp.key = 'delivery-wait' THEN (hi // 7) % 2 * 2 + (hi // 11) % 2 * 4 ELSE (hi // 13) % ${COMMENTS.length} END)`);
  }
}
