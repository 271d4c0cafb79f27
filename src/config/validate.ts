// A validator for the draft-07 subset our schemas use. It stops at the first
// problem and describes it for a person: the key path, the value, what is allowed.
import type {JsonSchema} from '../../rules/types.js'
import {didYouMean} from '../did-you-mean.js'

export type Problem = {path: string; message: string}

export function validate(value: unknown, schema: JsonSchema, path: (string | number)[] = []): Problem | undefined {
  if (schema.anyOf) return validateAnyOf(value, schema.anyOf, path)
  if (schema.enum && !schema.enum.includes(value as never)) {
    return problem(path, value, `one of ${listValues(schema.enum)}`)
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type]
    if (!types.some((type) => hasType(value, type))) {
      return problem(path, value, types.map(describeType).join(' or '))
    }
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) return problem(path, value, `a number of at least ${schema.minimum}`)
    if (schema.maximum !== undefined && value > schema.maximum) return problem(path, value, `a number of at most ${schema.maximum}`)
  }
  if (typeof value === 'string' && schema.minLength !== undefined && value.length < schema.minLength) {
    return problem(path, value, 'a non-empty text')
  }
  if (Array.isArray(value)) return validateArray(value, schema, path)
  if (isObject(value)) return validateObject(value, schema, path)
  return undefined
}

function validateAnyOf(value: unknown, branches: readonly JsonSchema[], path: (string | number)[]): Problem | undefined {
  // Report against the branch whose shape the value has: a string is judged as
  // a severity, an array as [severity, options].
  const shaped = branches.find((branch) => branch.type !== undefined && hasType(value, branch.type as string))
  const candidate = shaped ?? branches.find((branch) => branch.type === undefined)
  const result = candidate ? validate(value, candidate, path) : undefined
  if (!result) return candidate ? undefined : problem(path, value, branches.map(describeSchema).join(', or '))
  if (!shaped && typeof value === 'object' && value !== null) {
    return problem(path, value, branches.map(describeSchema).join(', or '))
  }
  return result
}

function validateArray(value: unknown[], schema: JsonSchema, path: (string | number)[]): Problem | undefined {
  if (schema.minItems !== undefined && value.length < schema.minItems) {
    return problem(path, value, `a list of at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}`)
  }
  if (schema.uniqueItems) {
    const repeated = value.find((item, index) => value.indexOf(item) !== index)
    if (repeated !== undefined) return problem(path, value, `a list without repeats (${JSON.stringify(repeated)} is there twice)`)
  }
  const items = schema.items
  if (Array.isArray(items)) {
    if (schema.additionalItems === false && value.length > items.length) {
      return problem(path, value, `a list of at most ${items.length} items`)
    }
    for (let index = 0; index < Math.min(items.length, value.length); index++) {
      const found = validate(value[index], items[index] as JsonSchema, [...path, index])
      if (found) return found
    }
  } else if (items) {
    for (let index = 0; index < value.length; index++) {
      const found = validate(value[index], items as JsonSchema, [...path, index])
      if (found) return found
    }
  }
  return undefined
}

function validateObject(value: Record<string, unknown>, schema: JsonSchema, path: (string | number)[]): Problem | undefined {
  const properties = schema.properties ?? {}
  for (const key of schema.required ?? []) {
    if (!(key in value)) return {path: formatPath(path), message: `"${key}" is missing from ${formatPath(path) || 'the config'}`}
  }
  for (const [key, item] of Object.entries(value)) {
    const known = properties[key]
    if (known) {
      const found = validate(item, known, [...path, key])
      if (found) return found
    } else if (schema.additionalProperties === false) {
      const allowed = Object.keys(properties)
      const where = formatPath([...path, key])
      const suggestion = didYouMean(key, allowed)
      return {
        path: where,
        message: `"${where}" is not a known ${path.length === 1 && path[0] === 'rules' ? 'rule' : 'key'}.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Allowed: ${allowed.join(', ')}`
      }
    } else if (typeof schema.additionalProperties === 'object') {
      const found = validate(item, schema.additionalProperties, [...path, key])
      if (found) return found
    }
  }
  return undefined
}

function problem(path: (string | number)[], value: unknown, expected: string): Problem {
  const where = formatPath(path)
  return {path: where, message: `"${where}" is ${JSON.stringify(value)}; expected ${expected}`}
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

function describeType(type: string): string {
  return {array: 'a list', object: 'an object', string: 'a text', number: 'a number', integer: 'a whole number', boolean: 'true or false', null: 'null'}[type] ?? type
}

function describeSchema(schema: JsonSchema): string {
  if (schema.enum) return listValues(schema.enum)
  if (Array.isArray(schema.items)) return `[${schema.items.map(describeSchema).join(', ')}]`
  return describeType(String(schema.type ?? 'value'))
}

function listValues(values: readonly unknown[]): string {
  return values.map((item) => JSON.stringify(item)).join(', ')
}
