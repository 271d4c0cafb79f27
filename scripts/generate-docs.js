// Regenerates what is derived from the rules' meta: the README rule table and
// schema/parllintrc.schema.json. Run with `npm run docs` (it builds first).
import {readFileSync, writeFileSync} from 'node:fs'
import {rules} from '../dist/rules/index.js'
import {schemaJson, withRuleTable} from '../dist/src/docs.js'

const readmeUrl = new URL('../README.md', import.meta.url)
writeFileSync(readmeUrl, withRuleTable(readFileSync(readmeUrl, 'utf8'), rules))
writeFileSync(new URL('../schema/parllintrc.schema.json', import.meta.url), schemaJson(rules))
console.log('Updated README.md rule table and schema/parllintrc.schema.json')
