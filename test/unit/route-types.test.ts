// The route table's types: a handler's input is what its zod schemas give, not `any`.
import { expectTypeOf, it } from 'vitest';
import type { RouteSpec } from '../../server/routes/api.ts';

it('when a route handler is typed, then its params, query and body are not any', () => {
  type Input = Parameters<RouteSpec['handle']>[0];
  expectTypeOf<Input['params']>().not.toBeAny();
  expectTypeOf<Input['query']>().not.toBeAny();
  expectTypeOf<Input['body']>().not.toBeAny();
});
