import { z } from 'zod';
import { Role } from '../domain/journey/vocabulary.js';

/** Request schemas shared by several routes. */
export const Email = z.email('must be an email address').max(320);
export const Password = z.string().min(10, 'must be at least 10 characters').max(200);
export const PersonName = z.string().trim().min(1, 'must not be empty').max(120);
export const WorkspaceParams = z.object({ workspaceId: z.string().min(1).max(64) });
export const JourneyParams = WorkspaceParams.extend({ journeyId: z.string().min(1).max(64) });
export const IdParams = JourneyParams.extend({ id: z.string().min(1).max(64) });
export const SignIn = z
  .object({
    email: z.string().trim().min(1, 'must not be empty').max(320),
    password: z.string().min(1, 'must not be empty').max(200),
  })
  .strict();
export const InvitationCreate = z.object({ email: Email, role: Role.default('editor') }).strict();
export const InvitationAccept = z.object({ name: PersonName, password: Password }).strict();
export const ApiKeyCreate = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(120),
    scope: z.enum(['read', 'write', 'ingest']),
  })
  .strict();
export const WorkspaceCreate = z
  .object({ name: z.string().trim().min(1, 'must not be empty').max(120) })
  .strict();
export const RolePatch = z.object({ role: Role }).strict();
