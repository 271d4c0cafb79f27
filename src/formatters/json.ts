// ESLint's JSON shape, which editors and CI tools already read, written one
// file at a time.
import type {Formatter} from './types.js'

export const json: Formatter = () => {
  let count = 0
  return {
    file(result) {
      const item = JSON.stringify({
        filePath: result.filePath,
        ...(result.lang === undefined ? {} : {lang: result.lang}),
        messages: result.messages,
        suppressedMessages: [],
        errorCount: result.errorCount,
        fatalErrorCount: result.fatalErrorCount,
        warningCount: result.warningCount,
        fixableErrorCount: result.fixableErrorCount,
        fixableWarningCount: result.fixableWarningCount,
        ...(result.output === undefined ? {} : {output: result.output}),
        usedDeprecatedRules: []
      })
      return `${count++ === 0 ? '[' : ','}${item}`
    },
    end: () => (count === 0 ? '[]' : ']')
  }
}
