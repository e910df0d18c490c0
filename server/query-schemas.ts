// Each named query in cypher/ has a zod schema for its parameters and for its rows,
// here; test/unit/queries.test.ts fails when a file has no schema or a schema no file.
import { z } from 'zod';

export const querySchemas = {
  health: {
    params: z.object({}),
    row: z.object({ documents: z.number(), instruments: z.number(), relationships: z.number() }),
  },
} satisfies Record<string, { params: z.ZodType; row: z.ZodType }>;

export type QueryName = keyof typeof querySchemas;
export type QueryParams<N extends QueryName> = z.input<(typeof querySchemas)[N]['params']>;
export type QueryRow<N extends QueryName> = z.infer<(typeof querySchemas)[N]['row']>;
