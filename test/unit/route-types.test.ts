// The route table's types: a handler's input is what its zod schemas give, not `any`, and its
// answer must be what the response schema describes (the @ts-expect-error lines fail
// `npm run typecheck` when a wrong answer stops being an error). Run, a route parses the
// request's parts with the same schemas.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { defineRoute, routes, type ApiOptions } from '../../server/routes/api.ts';
import type { Repository } from '../../server/repository.ts';

const options: ApiOptions = { console: { timeoutMs: 1000, maxRows: 10, maxBytes: 100_000, maxValueBytes: 1000, maxElements: 10 } };
// the handlers below never touch the graph
const repository = {} as Repository;
const signal = new AbortController().signal;

const echo = defineRoute({
  method: 'get',
  path: '/api/echo/:symbol',
  summary: 'A test route: the symbol and the limit it was given.',
  params: z.object({ symbol: z.string().min(1) }),
  query: z.object({ limit: z.coerce.number().int().default(10) }),
  response: z.object({ symbol: z.string(), limit: z.number() }),
  handle: async ({ params, query, body }) => {
    expectTypeOf(params).toEqualTypeOf<{ symbol: string }>();
    expectTypeOf(query).toEqualTypeOf<{ limit: number }>();
    expectTypeOf(body).toEqualTypeOf<undefined>();
    return { symbol: params.symbol, limit: query.limit };
  },
});

describe('the route table', () => {
  it('when a handler answers with the wrong shape, then the route does not typecheck', () => {
    const response = z.object({ symbol: z.string(), limit: z.number() });
    const base = { method: 'get', path: '/api/wrong', summary: 'A route whose handler answers wrongly.', response } as const;
    // @ts-expect-error a limit that is a string is not the response schema's type
    defineRoute({ ...base, handle: async () => ({ symbol: 'A/RES/1', limit: 'ten' }) });
    // @ts-expect-error a missing field is not the response schema's type
    defineRoute({ ...base, handle: async () => ({ symbol: 'A/RES/1' }) });
    defineRoute({
      ...base,
      params: z.object({ symbol: z.string() }),
      // @ts-expect-error a route without a query schema gives its handler no query fields
      handle: async ({ params, query }) => ({ symbol: params.symbol, limit: query.limit }),
    });
    expect(routes.length).toBeGreaterThan(10);
  });

  it('when a route runs, then its handler gets the parts its schemas parsed, defaults included', async () => {
    await expect(echo.run({ params: { symbol: 'A/RES/1' }, query: {}, body: undefined }, repository, options, signal)).resolves.toEqual({ symbol: 'A/RES/1', limit: 10 });
    await expect(echo.run({ params: { symbol: 'A/RES/1' }, query: { limit: '3' }, body: undefined }, repository, options, signal)).resolves.toEqual({ symbol: 'A/RES/1', limit: 3 });
  });

  it('when a request does not match a route schema, then running it fails with a zod error (a 400)', async () => {
    await expect(echo.run({ params: { symbol: '' }, query: {}, body: undefined }, repository, options, signal)).rejects.toBeInstanceOf(z.ZodError);
    await expect(echo.run({ params: { symbol: 'A/RES/1' }, query: { limit: 'many' }, body: undefined }, repository, options, signal)).rejects.toBeInstanceOf(z.ZodError);
  });
});
