import 'reflect-metadata';
import * as path from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './naming.strategy';

/** Migrations are compiled next to this file; the glob works from src (ts-jest) and dist (node). */
export const MIGRATIONS_GLOB = path.join(__dirname, 'migrations', '*.{js,ts}');

export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    uuidExtension: 'pgcrypto',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: [MIGRATIONS_GLOB.replace('{js,ts}', __filename.endsWith('.ts') ? 'ts' : 'js')],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    extra: { max: 10, application_name: 'recode' },
  };
}

/** For the TypeORM CLI (`migration:generate`). */
export default new DataSource(
  dataSourceOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/recode'),
);
