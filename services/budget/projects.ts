// The project facts the budget domain needs (through the core service, which owns projects).
import type { Kysely } from 'kysely'
import type { Project } from '@shared/api/core'
import type { Database } from '../db/schema'
import { getProject } from '../core/projects'

export async function requireProject(db: Kysely<Database>, projectId: number): Promise<Project> {
  return getProject(db, projectId)
}
