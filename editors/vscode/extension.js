// parllint in VS Code: a language client that starts the workspace's own parllint
// (node_modules/parllint) as a language server, so drafts are checked with the
// version and config the press office's repository pins.
const {existsSync} = require('node:fs')
const path = require('node:path')
const {window, workspace} = require('vscode')
const {LanguageClient} = require('vscode-languageclient/node')

let client

async function activate() {
  const folder = workspace.workspaceFolders?.[0]?.uri.fsPath
  const bin = folder && path.join(folder, 'node_modules', 'parllint', 'bin', 'parllint.js')
  if (!bin || !existsSync(bin)) {
    window.showInformationMessage('parllint is not installed in this workspace (node_modules/parllint): drafts are not checked.')
    return
  }
  // The user's Node.js, as for the command line: parllint needs 20.19 or later, which VS Code's own may not be.
  const node = workspace.getConfiguration('parllint').get('node', 'node')
  const drafts = ['plaintext', 'markdown'].flatMap((language) => [{scheme: 'file', language}, {scheme: 'untitled', language}])
  client = new LanguageClient('parllint', 'parllint', {command: node, args: [bin, '--lsp'], options: {cwd: folder}}, {documentSelector: drafts})
  await client.start()
}

function deactivate() {
  return client?.stop()
}

module.exports = {activate, deactivate}
