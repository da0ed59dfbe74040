import { resolve } from 'node:path'
import { assessReadiness, STATUS_TEXT, type ReadinessReport } from '../../shared/readiness/assess'
import { FIX_PLACE_LABELS } from '../../shared/readiness/criteria'
import { bundleFromPath, bundlePaths } from '../storage/bundle'
import { readWorkspaceFile, WorkspaceLoadError } from '../storage/workspace-file'
import type { CliResult } from './commands'

/** `readiness <path> [--json]`: the same report the Readiness page and the dossier show. */
export async function readinessCommand(path: string, json: boolean): Promise<CliResult> {
  try {
    const { workspace } = await readWorkspaceFile(bundlePaths(bundleFromPath(resolve(path))).workspaceFile)
    const report = assessReadiness(workspace)
    return { code: 0, stdout: json ? JSON.stringify({ cluster: workspace.cluster.name, ...report }, null, 2) : readinessText(workspace.cluster.name, report) }
  } catch (error) {
    return { code: 1, stderr: error instanceof WorkspaceLoadError ? `${error.file}: ${error.reason}` : String(error) }
  }
}

const points = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1))

export function readinessText(name: string, report: ReadinessReport): string {
  const lines = [`Readiness of "${name}": ${report.score.percent}% (${points(report.score.points)} of ${report.score.max})`]
  for (const area of report.areas) {
    lines.push('', `${area.title}: ${area.score.percent}%`)
    for (const criterion of area.criteria) {
      lines.push(`  [${STATUS_TEXT[criterion.status]}] ${criterion.title}`)
      if (criterion.evidence) lines.push(`      ${criterion.evidence}`)
      if (criterion.answer?.note) lines.push(`      Team note: ${criterion.answer.note}`)
      if (criterion.answer?.link) lines.push(`      Link: ${criterion.answer.link}`)
    }
  }
  if (report.todos.length) {
    lines.push('', 'To do')
    report.todos.forEach((todo, index) => lines.push(`  ${index + 1}. ${todo.text} (${FIX_PLACE_LABELS[todo.fixAt]})`))
  }
  return lines.join('\n')
}
