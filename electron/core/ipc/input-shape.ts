import { AppError } from '../errors';

export interface ShapeLimits {
  readonly maxDepth: number;
  readonly maxNodes: number;
  readonly maxStringLength: number;
  readonly maxTotalChars: number;
}

export const DEFAULT_LIMITS: ShapeLimits = {
  maxDepth: 12,
  maxNodes: 20_000,
  maxStringLength: 100_000,
  maxTotalChars: 2_000_000,
};

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Walks untrusted input iteratively (an explicit stack, so deep nesting cannot overflow ours)
 * before zod sees it: caps depth, node count and size, accepts only JSON data (plain objects,
 * arrays, strings, finite numbers, booleans, null) and refuses prototype-polluting keys.
 */
export function assertJsonShape(input: unknown, limits: ShapeLimits = DEFAULT_LIMITS): void {
  const fail = (reason: string): never => {
    throw new AppError('VALIDATION', { key: 'errors.inputShape', params: { reason } });
  };
  const stack: { value: unknown; depth: number }[] = [{ value: input, depth: 0 }];
  let nodes = 0;
  let chars = 0;
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (++nodes > limits.maxNodes) fail('tooManyNodes');
    if (depth > limits.maxDepth) fail('tooDeep');
    if (value === null || typeof value === 'boolean') continue;
    if (typeof value === 'string') {
      if (value.length > limits.maxStringLength) fail('stringTooLong');
      chars += value.length;
      if (chars > limits.maxTotalChars) fail('tooLarge');
      continue;
    }
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) fail('notFinite');
      continue;
    }
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, depth: depth + 1 });
      continue;
    }
    if (typeof value === 'object') {
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) fail('notPlainObject');
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) fail('forbiddenKey');
        chars += key.length;
        stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
      }
      continue;
    }
    fail('notJson');
  }
}
