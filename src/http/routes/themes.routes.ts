import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { newId } from '../../domain/journey/ids.js';
import {
  normaliseKeywords,
  type StoredUserTheme,
  UserThemeFields,
  UserThemePatch,
} from '../../domain/themes/theme.schema.js';
import {
  deleteUserTheme,
  getUserTheme,
  insertUserTheme,
  listUserThemes,
  updateUserTheme,
} from '../../store/meta/themes.repository.js';
import { requireWorkspace } from '../auth.js';
import type { AppContext } from '../context.js';
import { sendFailure } from '../errors.js';
import { WorkspaceParams } from '../schemas.js';

const ThemeParams = WorkspaceParams.extend({ themeId: z.string().min(1).max(64) });
const NOT_FOUND = { code: 'not_found', message: 'theme not found' } as const;
/** A workspace keeps at most this many themes of its own. */
export const MAX_USER_THEMES = 200;

const sameName = (a: string, b: string) => a.toLocaleLowerCase('fi') === b.toLocaleLowerCase('fi');

/**
 * The workspace's own open-text themes (/api/workspaces/:workspaceId/themes): a name and
 * keywords, matched in every language after stemming; they override automatic themes.
 */
export function themeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = requireWorkspace(ctx, 'read');
  const edit = requireWorkspace(ctx, 'edit');
  const tags = ['themes'];
  const base = '/api/workspaces/:workspaceId/themes';

  r.get(
    base,
    {
      schema: { tags, summary: 'The workspace’s own themes, oldest first', params: WorkspaceParams },
      preHandler: read,
    },
    async (req) => ({ themes: await listUserThemes(ctx.db, req.params.workspaceId) }),
  );

  r.post(
    base,
    {
      schema: {
        tags,
        summary: 'Define a theme: a name (1–80 characters) and 1–50 keywords (1–60 characters each)',
        params: WorkspaceParams,
        body: UserThemeFields,
      },
      preHandler: edit,
    },
    async (req, reply) => {
      const { workspaceId } = req.params;
      const existing = await listUserThemes(ctx.db, workspaceId);
      if (existing.length >= MAX_USER_THEMES)
        return sendFailure(reply, {
          code: 'conflict',
          message: `a workspace has at most ${MAX_USER_THEMES} themes`,
        });
      if (existing.some((t) => sameName(t.name, req.body.name)))
        return sendFailure(reply, {
          code: 'conflict',
          field: 'name',
          message: 'a theme with this name exists',
        });
      const now = ctx.now();
      const theme: StoredUserTheme = {
        id: newId('th'),
        workspaceId,
        name: req.body.name,
        keywords: normaliseKeywords(req.body.keywords),
        createdAt: now,
        updatedAt: now,
      };
      await insertUserTheme(ctx.db, theme);
      return reply.code(201).send(theme);
    },
  );

  r.get(
    `${base}/:themeId`,
    { schema: { tags, summary: 'One theme', params: ThemeParams }, preHandler: read },
    async (req, reply) => {
      const theme = await getUserTheme(ctx.db, req.params.workspaceId, req.params.themeId);
      return theme ?? sendFailure(reply, NOT_FOUND);
    },
  );

  r.patch(
    `${base}/:themeId`,
    {
      schema: {
        tags,
        summary: 'Rename a theme or change its keywords',
        params: ThemeParams,
        body: UserThemePatch,
      },
      preHandler: edit,
    },
    async (req, reply) => {
      const { workspaceId, themeId } = req.params;
      const theme = await getUserTheme(ctx.db, workspaceId, themeId);
      if (!theme) return sendFailure(reply, NOT_FOUND);
      const name = req.body.name;
      if (name !== undefined) {
        const others = await listUserThemes(ctx.db, workspaceId);
        if (others.some((t) => t.id !== themeId && sameName(t.name, name)))
          return sendFailure(reply, {
            code: 'conflict',
            field: 'name',
            message: 'a theme with this name exists',
          });
      }
      const next: StoredUserTheme = {
        ...theme,
        ...(name !== undefined ? { name } : {}),
        ...(req.body.keywords ? { keywords: normaliseKeywords(req.body.keywords) } : {}),
        updatedAt: ctx.now(),
      };
      if (!(await updateUserTheme(ctx.db, next))) return sendFailure(reply, NOT_FOUND);
      return next;
    },
  );

  r.delete(
    `${base}/:themeId`,
    { schema: { tags, summary: 'Delete a theme', params: ThemeParams }, preHandler: edit },
    async (req, reply) => {
      if (!(await deleteUserTheme(ctx.db, req.params.workspaceId, req.params.themeId)))
        return sendFailure(reply, NOT_FOUND);
      return reply.code(204).send();
    },
  );
}
