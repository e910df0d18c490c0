// The repository: the only code of the API that touches the Neo4j driver. It runs the
// named queries of cypher/ with validated parameters and returns validated rows.
import type { Driver } from 'neo4j-driver';
import type { Connection } from './db/driver.ts';
import { createDriver, toAppError } from './db/driver.ts';
import { loadQueryFiles, type QueryFile } from './db/queries.ts';
import { querySchemas, type QueryName, type QueryParams, type QueryRow } from './query-schemas.ts';

export interface ServerInfo {
  address: string;
  version: string;
  database: string;
}

export class Repository {
  private readonly driver: Driver;
  private readonly queries: Map<string, QueryFile>;

  constructor(readonly connection: Connection) {
    this.driver = createDriver(connection);
    this.queries = loadQueryFiles();
  }

  get queryFiles(): QueryFile[] {
    return [...this.queries.values()];
  }

  async run<N extends QueryName>(name: N, params: QueryParams<N>): Promise<QueryRow<N>[]> {
    const file = this.queries.get(name);
    if (!file) throw new Error(`no query file cypher/${name}.cypher`);
    const schemas = querySchemas[name];
    const validParams = schemas.params.parse(params);
    try {
      const result = await this.driver.executeQuery(file.text, validParams as Record<string, unknown>, {
        database: this.connection.database,
        routing: 'READ',
      });
      return result.records.map((record) => schemas.row.parse(record.toObject()) as QueryRow<N>);
    } catch (error) {
      throw toAppError(error, this.connection.uri);
    }
  }

  /** The server and the database actually used (the home database when none is configured). */
  async serverInfo(): Promise<ServerInfo> {
    try {
      const result = await this.driver.executeQuery(
        'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
        {},
        { database: this.connection.database, routing: 'READ' },
      );
      const record = result.records[0];
      return {
        address: result.summary.server.address ?? this.connection.uri,
        version: `${record?.get('version')} ${record?.get('edition')}`,
        database: result.summary.database.name ?? this.connection.database ?? 'neo4j',
      };
    } catch (error) {
      throw toAppError(error, this.connection.uri);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
