import { describe, expect, it } from 'vitest'
import type { DuplicateRow } from '../../../src/shared/members/duplicates'
import type { RowProblem } from '../../../src/shared/members/row-mapping'
import { nothingImported } from '../../../src/main/services/members/member-transfer'

const plan = (rejected: number, duplicates: number) => ({
  fileName: 'people.csv',
  members: [],
  warnings: [],
  rowCount: rejected + duplicates,
  rejected: Array.from({ length: rejected }, () => ({}) as RowProblem),
  duplicates: Array.from({ length: duplicates }, () => ({}) as DuplicateRow)
})

describe('the message when an import brings nothing in', () => {
  it('counts rows and members in the right number', () => {
    expect(nothingImported(plan(1, 1)).message).toBe('Nothing was imported from "people.csv": 1 row had problems and 1 was already a member.')
    expect(nothingImported(plan(0, 2)).message).toBe('Nothing was imported from "people.csv": 0 rows had problems and 2 were already members.')
  })
})
