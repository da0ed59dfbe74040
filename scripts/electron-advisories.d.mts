export type ElectronAdvisory = { id: string; severity: string; summary: string; vulnerable: string; note?: string }
export type AdvisoryList = { reviewed: string; advisories: ElectronAdvisory[] }
export declare function advisoriesFor(version: string, list: { advisories: { vulnerable: string }[] }): ElectronAdvisory[]
export declare function daysSinceReview(list: { reviewed: string }, now?: Date): number
export declare function lockedElectron(lock: unknown): string | null
