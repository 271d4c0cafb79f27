import {compact} from './compact.js'
import {json} from './json.js'
import {stylish} from './stylish.js'
import type {Formatter} from './types.js'

export const formatters: Record<string, Formatter> = {stylish, json, compact}
export type {FormatContext, Formatter} from './types.js'
