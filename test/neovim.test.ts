// A real editor: Neovim (Debian's package), headless, with its built-in LSP client
// starting `parllint --lsp`. It opens a draft, waits for parllint's diagnostics,
// applies a quick fix and then "fix all", writes the file, and the result must be
// what `parllint --fix` makes of the same draft.
import {spawnSync} from 'node:child_process'
import {copyFileSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {BIN, runCli} from './helpers/cli.js'
import {makeTree} from './helpers/tmp.js'

const hasNeovim = spawnSync('nvim', ['--version']).status === 0
if (!hasNeovim) console.warn('Neovim is not installed (apt-get install neovim): the editor test is skipped, not passed.')

// Neovim 0.7 (Debian 12) has no vim.lsp.start: the client is started and attached by hand.
const SCRIPT = String.raw`
local out = {}
local function finish(code)
  local file = io.open(os.getenv('PARLLINT_OUT'), 'w')
  file:write(vim.fn.json_encode(out))
  file:close()
  vim.cmd(code == 0 and 'qa!' or ('cquit ' .. code))
end
local buf = vim.api.nvim_get_current_buf()
local client = vim.lsp.start_client({name = 'parllint', cmd = {os.getenv('PARLLINT_NODE'), os.getenv('PARLLINT_BIN'), '--lsp'}, root_dir = vim.fn.getcwd()})
vim.lsp.buf_attach_client(buf, client)
local function diagnostics()
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(list, {line = d.lnum + 1, column = d.col + 1, endLine = d.end_lnum + 1, endColumn = d.end_col + 1, message = d.message, ruleId = lsp.code or d.code, severity = d.severity})
  end
  table.sort(list, function(a, b) return a.line < b.line or (a.line == b.line and a.column < b.column) end)
  return list
end
if not vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 20) then return finish(3) end
out.diagnostics = diagnostics()
local function actions(line, col)
  local params = {textDocument = vim.lsp.util.make_text_document_params(buf), range = {start = {line = line, character = col}, ['end'] = {line = line, character = col}}, context = {diagnostics = {}}}
  local titles, found = {}, {}
  for _, response in pairs(vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 10000) or {}) do
    for _, action in ipairs(response.result or {}) do table.insert(titles, action.title); found[action.title] = action end
  end
  return titles, found
end
local simplify
for _, d in ipairs(out.diagnostics) do if d.ruleId == 'plain-language' then simplify = d end end
local titles, found = actions(simplify.line - 1, simplify.column - 1)
out.titles = titles
local before = vim.api.nvim_buf_get_changedtick(buf)
vim.lsp.util.apply_workspace_edit(found['Fix this plain-language problem'].edit, 'utf-16')
-- The server sees the edit and publishes again: the fixed problem is gone.
if not vim.wait(30000, function()
  for _, d in ipairs(diagnostics()) do if d.ruleId == 'plain-language' then return false end end
  return vim.api.nvim_buf_get_changedtick(buf) > before
end, 20) then return finish(4) end
out.afterFix = diagnostics()
local _, rest = actions(0, 0)
vim.lsp.util.apply_workspace_edit(rest['Fix all parllint problems'].edit, 'utf-16')
vim.cmd('write')
finish(0)
`

describe.skipIf(!hasNeovim)('Neovim as the editor', () => {
  it('shows parllint\'s diagnostics, applies its quick fixes, and writes what parllint --fix writes', {timeout: 120_000}, () => {
    const draft = 'We met the the nurses today to utilize the new flood fund. #TownHall #TownHall\n'
    const root = makeTree({'draft.txt': draft, 'expected.txt': draft, 'test.lua': SCRIPT})
    const out = path.join(root, 'out.json')
    const run = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', 'luafile test.lua', 'draft.txt'], {
      cwd: root,
      env: {...process.env, PARLLINT_BIN: BIN, PARLLINT_NODE: process.execPath, PARLLINT_OUT: out},
      encoding: 'utf8',
      timeout: 110_000
    })
    expect(run.status, run.stderr + run.stdout).toBe(0)
    const seen = JSON.parse(readFileSync(out, 'utf8')) as {diagnostics: Record<string, unknown>[]; titles: string[]; afterFix: Record<string, unknown>[]}

    const cli = JSON.parse(runCli(['-f', 'json', 'expected.txt'], {cwd: root}).stdout) as {messages: {ruleId: string; severity: number; message: string; line: number; column: number; endLine: number; endColumn: number}[]}[]
    const severity = {1: 2, 2: 1} as const // Neovim: 1 error, 2 warning
    expect(seen.diagnostics).toEqual(
      cli[0]!.messages.map((message) => ({line: message.line, column: message.column, endLine: message.endLine, endColumn: message.endColumn, message: message.message, ruleId: message.ruleId, severity: severity[message.severity as 1 | 2]}))
    )
    expect(seen.titles).toEqual([
      'Fix this plain-language problem',
      'Replace “utilize” with “use”.',
      'Disable plain-language for this line',
      'Disable plain-language for this post',
      'Fix all parllint problems'
    ])
    expect(seen.afterFix.map((diagnostic) => diagnostic.ruleId)).toEqual(['redundancy', 'redundancy'])

    copyFileSync(path.join(root, 'expected.txt'), path.join(root, 'fixed-by-cli.txt'))
    runCli(['--fix', 'fixed-by-cli.txt'], {cwd: root})
    expect(readFileSync(path.join(root, 'draft.txt'), 'utf8')).toBe(readFileSync(path.join(root, 'fixed-by-cli.txt'), 'utf8'))
    expect(readFileSync(path.join(root, 'draft.txt'), 'utf8')).toBe('We met the nurses today to use the new flood fund. #TownHall\n')
  })
})
