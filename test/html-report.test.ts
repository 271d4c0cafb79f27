// The HTML report in a real browser: Debian's Chromium (installed by .ci/run)
// loads the page; a probe script reads what each highlight covers and where it
// is drawn, and a screenshot is kept as a test artifact.
import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {runCli} from './helpers/cli.js'
import {makeTree} from './helpers/tmp.js'

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((file) => existsSync(file))
if (!CHROMIUM) console.warn('Chromium is not installed (apt-get install chromium): the HTML report browser test is skipped, not passed.')
const artifacts = fileURLToPath(new URL('../test-artifacts/', import.meta.url))

const chromium = (...args: string[]) =>
  spawnSync(
    CHROMIUM!,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${mkdtempSync(path.join(tmpdir(), 'parllint-chromium-'))}`,
      ...args
    ],
    {encoding: 'utf8', timeout: 60_000}
  )

// Runs in the page: for each highlight, its text, its box, and whether the box lies inside the post.
const PROBE = `<script>
addEventListener('load', () => {
  const marks = [...document.querySelectorAll('mark')].map((mark) => {
    const box = mark.getBoundingClientRect()
    const post = mark.closest('.post').getBoundingClientRect()
    return {text: mark.textContent, problem: Number(mark.dataset.problem), file: mark.closest('section').dataset.file,
      visible: box.width > 0 && box.height > 0, inside: box.left >= post.left && box.right <= post.right && box.top >= post.top && box.bottom <= post.bottom,
      listed: mark.closest('section').querySelectorAll('li')[Number(mark.dataset.problem) - 1].textContent}
  })
  const out = document.createElement('pre'); out.id = 'probe'; out.textContent = JSON.stringify(marks); document.body.append(out)
})
</script>`

describe.skipIf(!CHROMIUM)('html report in Chromium', () => {
  it('highlights the words each problem is about, explained beside the post', {timeout: 120_000}, () => {
    const root = makeTree({
      'drafts/a.txt': '---\nplatform: x\n---\nWe will will utilize the fund. #climateaction\n',
      'drafts/b.txt': 'Fine post about the budget.\n'
    })
    const run = runCli(['drafts', '-f', 'html', '-o', 'report.html'], {cwd: root})
    expect(run.code).toBe(0)
    const report = path.join(root, 'report.html')
    const page = readFileSync(report, 'utf8')
    expect(page).not.toMatch(/<(?:script|link|img)\b/u) // self-contained: nothing to fetch
    const probed = path.join(root, 'probed.html')
    writeFileSync(probed, page.replace('</body>', `${PROBE}</body>`))
    const dom = chromium('--dump-dom', `file://${probed}`)
    const json = /<pre id="probe">(.*?)<\/pre>/su.exec(dom.stdout)?.[1]
    expect(json, dom.stderr).toBeDefined()
    const marks = JSON.parse(json!.replace(/&quot;/gu, '"').replace(/&amp;/gu, '&')) as {text: string; visible: boolean; inside: boolean; listed: string; file: string}[]
    expect(marks.map(({text, file, visible, inside}) => ({text, file, visible, inside}))).toEqual([
      {text: 'will', file: 'drafts/a.txt', visible: true, inside: true},
      {text: 'utilize', file: 'drafts/a.txt', visible: true, inside: true},
      {text: '#climateaction', file: 'drafts/a.txt', visible: true, inside: true}
    ])
    expect(marks.map((mark) => mark.listed.split('.')[0])).toEqual([
      '“will” is written twice in a row',
      '“utilize” is not plain language: write “use” instead',
      '#climateaction runs words together, and screen readers read it as one word'
    ])
    mkdirSync(artifacts, {recursive: true})
    const shot = chromium('--screenshot=' + path.join(root, 'report.png'), '--window-size=1200,900', `file://${report}`)
    expect(existsSync(path.join(root, 'report.png')), shot.stderr).toBe(true)
    copyFileSync(path.join(root, 'report.png'), path.join(artifacts, 'html-report.png'))
  })
})
