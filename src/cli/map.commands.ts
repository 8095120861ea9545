import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { Config } from '../config/env.js';
import { JourneyCreate, type JourneyMap } from '../domain/journey/journey.schema.js';
import { MapDocument, toMapDocument } from '../domain/journey/map-document.js';
import type { Language } from '../domain/journey/vocabulary.js';
import { renderMapPdf } from '../export/pdf.js';
import { renderMapSvg } from '../export/svg.js';
import { importJourney } from '../journeys/journey.service.js';
import { openMeta } from '../server/stores.js';
import { loadMap } from '../store/meta/journeys.repository.js';
import { CliError, parseOptions } from './cli-error.js';

interface ExportOptions {
  format: 'json' | 'svg' | 'pdf';
  size: 'A3' | 'A2' | 'A1' | 'A0';
  lang?: Language;
  workspace?: string;
  output: string;
}

export async function exportMapCommand(config: Config, journey: string, o: ExportOptions): Promise<void> {
  const db = await openMeta(config);
  try {
    let q = db
      .selectFrom('journeys')
      .select(['id', 'workspaceId', 'name'])
      .where((eb) =>
        eb.or([eb('id', '=', journey), eb(eb.fn('lower', ['name']), '=', journey.toLowerCase())]),
      );
    if (o.workspace) q = q.where('workspaceId', '=', o.workspace);
    const found = await q.execute();
    if (found.length === 0)
      throw new CliError(
        `no journey with id or name "${journey}"${o.workspace ? ` in workspace ${o.workspace}` : ''}`,
      );
    if (found.length > 1)
      throw new CliError(
        `"${journey}" names ${found.length} journeys; pass the id or --workspace:\n${found.map((j) => `  ${j.id}  ${j.workspaceId}  ${j.name}`).join('\n')}`,
      );
    const map = (await loadMap(db, found[0]!.workspaceId, found[0]!.id)) as JourneyMap;
    const lang = o.lang ?? map.journey.language;
    const data =
      o.format === 'json'
        ? `${JSON.stringify(toMapDocument(map), null, 2)}\n`
        : o.format === 'svg'
          ? renderMapSvg(map, { lang })
          : await renderMapPdf(map, { lang, size: o.size });
    if (o.output === '-') process.stdout.write(data);
    else {
      try {
        writeFileSync(o.output, data);
      } catch (err) {
        throw new CliError(
          `-o: cannot write ${o.output}: ${err instanceof Error ? err.message : String(err)}`,
        );
      }
      console.error(
        `polku: wrote ${o.output} (${o.format}${o.format === 'pdf' ? `, ${o.size} landscape` : ''})`,
      );
    }
  } finally {
    await db.destroy();
  }
}

const ImportOptions = z.object({
  workspace: z.string().min(1).optional(),
  name: JourneyCreate.shape.name.optional(),
});

export async function importMapCommand(config: Config, file: string, raw: unknown): Promise<void> {
  const o = parseOptions(ImportOptions, raw);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new CliError(`${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const parsed = MapDocument.safeParse(json);
  if (!parsed.success)
    throw new CliError(
      `${file} is not a valid polku.journey-map:\n${parsed.error.issues
        .slice(0, 10)
        .map((i) => `  ${i.path.join('.')}: ${i.message}`)
        .join('\n')}`,
    );
  const db = await openMeta(config);
  try {
    const workspaces = await db
      .selectFrom('workspaces')
      .select(['id', 'name'])
      .orderBy('createdAt')
      .execute();
    const ws = o.workspace ? workspaces.find((w) => w.id === o.workspace) : workspaces[0];
    if (!ws)
      throw new CliError(
        o.workspace
          ? `--workspace: no workspace ${o.workspace}`
          : 'no workspace yet: run `polku serve` once first',
      );
    const map = await db
      .transaction()
      .execute((trx) => importJourney(trx, ws.id, parsed.data, new Date().toISOString(), o.name));
    console.log(
      `polku: imported "${map.journey.name}" as ${map.journey.id} into ${ws.name} (${map.touchpoints.length} touchpoints)`,
    );
  } finally {
    await db.destroy();
  }
}
