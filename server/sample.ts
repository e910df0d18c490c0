// The bundled sample that `npm start` ingests into an empty graph: the Chinese and
// English texts of General Assembly resolution 76/158 (A/RES/76/158).
import path from 'node:path';
import { projectRoot } from './config.ts';

export const sampleDir = path.join(projectRoot, 'ingest', 'sample');
