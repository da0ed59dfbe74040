import { PILLARS, PLACEMENTS, placementLabel } from '../pillars'
import { ROLE_LABELS, SIZE_LABELS, STAGE_LABELS, type Member } from '../workspace/member'
import type { Workspace } from '../workspace/schema'
import type { MapCard, PrintDocument, PrintMeta, PrintPart } from './print-model'
import { countOf } from '../plural'

const card = (member: Member): MapCard => ({ name: member.name, stage: member.stage, role: ROLE_LABELS[member.role] })
const place = (member: Member) => member.city || member.region
const site = (url: string) => url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '')

/** The five pillars as columns (in map order), with counts; unplaced members listed apart. */
export function pillarMapPart(workspace: Workspace): Extract<PrintPart, { type: 'pillar-map' }> {
  const columns = PILLARS.map((pillar) => {
    const members = workspace.members.filter((member) => member.pillar === pillar)
    return {
      placement: pillar,
      label: placementLabel(pillar),
      all: members.length,
      committed: members.filter((member) => member.stage === 'committed').length,
      cards: members.map(card)
    }
  })
  return { type: 'pillar-map', id: 'pillar-map', title: 'Pillar map', columns }
}

/** Members not yet placed on a pillar, listed after the map so none is left out. */
export function unplacedPart(workspace: Workspace): Extract<PrintPart, { type: 'table' }> | null {
  const members = workspace.members.filter((member) => member.pillar === 'unassigned')
  if (members.length === 0) return null
  return {
    type: 'table',
    id: 'unplaced',
    title: 'Not yet on a pillar',
    intro: `${countOf(members.length, 'member or prospect', 'members and prospects')} still to be placed.`,
    columns: [
      { label: 'Organisation', width: 0.46 },
      { label: 'Role', width: 0.24 },
      { label: 'Stage', width: 0.3 }
    ],
    groups: [{ heading: null, rows: members.map((member) => [member.name, ROLE_LABELS[member.role], STAGE_LABELS[member.stage]]) }]
  }
}

/** Every member, grouped by pillar, one line each. */
export function directoryPart(workspace: Workspace): Extract<PrintPart, { type: 'table' }> {
  const groups = PLACEMENTS.map((placement) => {
    const members = workspace.members.filter((member) => member.pillar === placement)
    return {
      heading: `${placementLabel(placement)} (${members.length})`,
      rows: [...members]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((member) => [member.name, ROLE_LABELS[member.role], STAGE_LABELS[member.stage], member.sector || SIZE_LABELS[member.size], place(member), site(member.website)])
    }
  }).filter((group) => group.rows.length > 0)
  return {
    type: 'table',
    id: 'directory',
    title: 'Member directory',
    intro: `${countOf(workspace.members.length, 'member or prospect', 'members and prospects')} of ${workspace.cluster.name}, by pillar.`,
    columns: [
      { label: 'Organisation', width: 0.25 },
      { label: 'Role', width: 0.14 },
      { label: 'Stage', width: 0.15 },
      { label: 'Sector', width: 0.15 },
      { label: 'Place', width: 0.12 },
      { label: 'Website', width: 0.19 }
    ],
    groups
  }
}

export function printMeta(workspace: Workspace, title: string, date: Date, version: string | null = null): PrintMeta {
  return { title, clusterName: workspace.cluster.name, version, date: date.toISOString().slice(0, 10) }
}

export function pillarMapDocument(workspace: Workspace, date: Date): PrintDocument {
  const unplaced = unplacedPart(workspace)
  return {
    meta: printMeta(workspace, 'Pillar map', date),
    cover: false,
    toc: false,
    parts: unplaced ? [pillarMapPart(workspace), unplaced] : [pillarMapPart(workspace)]
  }
}

export function directoryDocument(workspace: Workspace, date: Date): PrintDocument {
  return { meta: printMeta(workspace, 'Member directory', date), cover: false, toc: false, parts: [directoryPart(workspace)] }
}
