// Worker entry point: registers tsx in this thread (Node 20 does not apply --import hooks
// to a worker's own entry module), then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./scale-worker.ts');
