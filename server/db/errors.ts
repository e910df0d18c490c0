// Why a graph could not be had. Each names the fix, since it ends up in front of a person.
import { AppError, GraphUnavailableError } from '../errors.ts';

export { GraphUnavailableError };

const THREE_WAYS = [
  'citegraph needs a Neo4j 5 server. It can use one of three:',
  '  1. a server you run (local, remote, Aura or a cluster): set NEO4J_URI (e.g. neo4j+s://xxxx.databases.neo4j.io),',
  '     NEO4J_USER, NEO4J_PASSWORD and, if not the default, NEO4J_DATABASE;',
  '  2. Docker: install Docker Engine with the compose plugin (https://docs.docker.com/engine/install/);',
  '     citegraph then runs `docker compose up -d neo4j` with the project\'s docker-compose.yml;',
  '  3. Java 17 or newer and Maven: install them (Debian/Ubuntu: apt-get install openjdk-17-jre-headless maven);',
  '     citegraph then assembles Neo4j Community from Maven Central once and runs it on 127.0.0.1.',
].join('\n');

export class MissingJavaError extends AppError {
  constructor(reason: string) {
    super('java_missing', `Java 17+ was not found (${reason}).\n${THREE_WAYS}`, 503);
  }
}

export class NoGraphError extends AppError {
  constructor(reason: string) {
    super('no_graph', `No Neo4j is available: ${reason}.\n${THREE_WAYS}`, 503);
  }
}

export class PortInUseError extends AppError {
  constructor(
    readonly port: number,
    variable: string,
  ) {
    super(
      'port_in_use',
      `port ${port} on 127.0.0.1 is already in use by another program (perhaps a Neo4j of your own). ` +
        `Set ${variable} to a free port for citegraph's own Neo4j, or set NEO4J_URI to use the server on that port.`,
      503,
    );
  }
}

export class StartFailedError extends AppError {
  constructor(message: string) {
    super('neo4j_start_failed', message, 503);
  }
}
