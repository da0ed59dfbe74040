import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../support/workspaces'

// Counted nouns the app shows; a count written straight before one reads "1 members".
const NOUNS = 'members|rows|sections|pages|items|pillars|targets|initiatives|snapshots|notes|resources|files|checks|gaps|duplicates|problems|matches'
const COUNTED = [
  // `${n} members` in a template string, {n} members in JSX
  new RegExp(String.raw`\$\{[^}]+\} (?:${NOUNS})\b`),
  new RegExp(String.raw`\{[\w.()]+\} (?:${NOUNS})\b(?!=)`),
  // hand-made endings: word{n === 1 ? '' : 's'}
  /[=!]== 1 \? '' : 's'|> 1 \? 's' : ''/
]

// Lines that count only above one.
const ALLOWED_LINES = [/aria-label=\{`\$\{label\} members`\}/]

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })
}

describe('counted words on screen', () => {
  it('go through src/shared/plural.ts, so one item never reads "1 members"', () => {
    const offenders: string[] = []
    for (const file of [...sourceFiles(join(ROOT, 'src', 'renderer')), ...sourceFiles(join(ROOT, 'src', 'shared'))]) {
      const place = relative(ROOT, file).replaceAll('\\', '/')
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (ALLOWED_LINES.some((allowed) => allowed.test(line))) return
          if (COUNTED.some((pattern) => pattern.test(line))) offenders.push(`${place}:${index + 1}: ${line.trim()}`)
        })
    }
    expect(offenders).toEqual([])
  })
})
