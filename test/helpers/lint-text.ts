export {configFor, lintText, type LintTextOptions} from '../../src/api.js'
