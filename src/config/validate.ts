// A validator for the draft-07 subset our schemas use. It stops at the first
// problem and describes it for a person, in their locale: the key path, the value,
// what is allowed.
import type {JsonSchema} from '../../rules/types.js'
import {suggestion} from '../did-you-mean.js'
import type {Locale, Translated} from '../lang/languages.js'
import {fill, plural, type MessageData} from '../lang/messages.js'
import {TEXTS, TYPES} from './texts.js'

export type Problem = {path: string; message: string}

/**
 * `rulesAt`: the key path of the table of rules, whose keys are rule ids ("rules" in a
 * config; "" when the value given is that table itself, as a --rule flag's).
 */
type Context = {locale: Locale; rulesAt: string}

export function validate(value: unknown, schema: JsonSchema, options: Partial<Context> = {}): Problem | undefined {
  return check(value, schema, [], {locale: options.locale ?? 'en', rulesAt: options.rulesAt ?? 'rules'})
}

function check(value: unknown, schema: JsonSchema, path: (string | number)[], context: Context): Problem | undefined {
  const say = (key: keyof typeof TEXTS, data?: MessageData) => fill(TEXTS[key], data, context.locale)
  const wrong = (expected: string) => problem(path, value, expected, context)
  if (schema.anyOf) return validateAnyOf(value, schema.anyOf, path, context)
  if (schema.enum && !schema.enum.includes(value as never)) {
    return wrong(say('oneOf', {values: listValues(schema.enum)}))
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type]
    if (!types.some((type) => hasType(value, type))) {
      return wrong(types.map((type) => describeType(type, context.locale)).join(say('or')))
    }
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) return wrong(say('atLeast', {min: schema.minimum}))
    if (schema.maximum !== undefined && value > schema.maximum) return wrong(say('atMost', {max: schema.maximum}))
  }
  if (typeof value === 'string' && schema.minLength !== undefined && value.length < schema.minLength) {
    return wrong(say('nonEmpty'))
  }
  if (Array.isArray(value)) return validateArray(value, schema, path, context)
  if (isObject(value)) return validateObject(value, schema, path, context)
  return undefined
}

function validateAnyOf(value: unknown, branches: readonly JsonSchema[], path: (string | number)[], context: Context): Problem | undefined {
  // Report against the branch whose shape the value has: a string is judged as
  // a severity, an array as [severity, options].
  const shaped = branches.find((branch) => branch.type !== undefined && hasType(value, branch.type as string))
  const candidate = shaped ?? branches.find((branch) => branch.type === undefined)
  const result = candidate ? check(value, candidate, path, context) : undefined
  const anyOf = () => problem(path, value, branches.map((branch) => describeSchema(branch, context.locale)).join(TEXTS.orLast[context.locale]), context)
  if (!result) return candidate ? undefined : anyOf()
  if (!shaped && typeof value === 'object' && value !== null) return anyOf()
  return result
}

function validateArray(value: unknown[], schema: JsonSchema, path: (string | number)[], context: Context): Problem | undefined {
  const {locale} = context
  const items = (kind: 'atLeastItems' | 'atMostItems', count: number) => fill(TEXTS[`${kind}-${plural(count, locale)}`], {count}, locale)
  if (schema.minItems !== undefined && value.length < schema.minItems) {
    return problem(path, value, items('atLeastItems', schema.minItems), context)
  }
  if (schema.uniqueItems) {
    const repeated = value.find((item, index) => value.indexOf(item) !== index)
    if (repeated !== undefined) return problem(path, value, fill(TEXTS.noRepeats, {item: JSON.stringify(repeated)}, locale), context)
  }
  const schemas = schema.items
  if (Array.isArray(schemas)) {
    if (schema.additionalItems === false && value.length > schemas.length) {
      return problem(path, value, items('atMostItems', schemas.length), context)
    }
    for (let index = 0; index < Math.min(schemas.length, value.length); index++) {
      const found = check(value[index], schemas[index] as JsonSchema, [...path, index], context)
      if (found) return found
    }
  } else if (schemas) {
    for (let index = 0; index < value.length; index++) {
      const found = check(value[index], schemas as JsonSchema, [...path, index], context)
      if (found) return found
    }
  }
  return undefined
}

function validateObject(value: Record<string, unknown>, schema: JsonSchema, path: (string | number)[], context: Context): Problem | undefined {
  const {locale} = context
  const properties = schema.properties ?? {}
  const here = formatPath(path)
  for (const key of schema.required ?? []) {
    if (!(key in value)) return {path: here, message: here ? fill(TEXTS.missingKey, {key, where: here}, locale) : fill(TEXTS.missingTopKey, {key}, locale)}
  }
  for (const [key, item] of Object.entries(value)) {
    const known = properties[key]
    if (known) {
      const found = check(item, known, [...path, key], context)
      if (found) return found
    } else if (schema.additionalProperties === false) {
      const allowed = Object.keys(properties)
      const where = formatPath([...path, key])
      const template = here === context.rulesAt ? TEXTS.unknownRule : TEXTS.unknownKey
      return {path: where, message: fill(template, {key: where, suggestion: suggestion(key, allowed, locale), allowed: allowed.join(', ')}, locale)}
    } else if (typeof schema.additionalProperties === 'object') {
      const found = check(item, schema.additionalProperties, [...path, key], context)
      if (found) return found
    }
  }
  return undefined
}

function problem(path: (string | number)[], value: unknown, expected: string, context: Context): Problem {
  const where = formatPath(path)
  return {path: where, message: fill(TEXTS.wrongValue, {key: where, value: JSON.stringify(value), expected}, context.locale)}
}

export function formatPath(path: (string | number)[]): string {
  return path.reduce<string>(
    (text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment),
    ''
  )
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'array':
      return Array.isArray(value)
    case 'object':
      return isObject(value)
    case 'integer':
      return Number.isInteger(value)
    case 'null':
      return value === null
    default:
      return typeof value === type
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const TYPE_NAMES = new Map<string, Translated>(Object.entries(TYPES))

/** What a value of a JSON type is called ("a list"); other types (null) as written. */
function describeType(type: string, locale: Locale): string {
  return TYPE_NAMES.get(type)?.[locale] ?? type
}

function describeSchema(schema: JsonSchema, locale: Locale): string {
  if (schema.enum) return listValues(schema.enum)
  if (Array.isArray(schema.items)) return `[${schema.items.map((item) => describeSchema(item, locale)).join(', ')}]`
  return describeType(String(schema.type ?? 'value'), locale)
}

function listValues(values: readonly unknown[]): string {
  return values.map((item) => JSON.stringify(item)).join(', ')
}
