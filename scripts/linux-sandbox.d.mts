export type SandboxFacts = { platform: string; restricted: boolean; installedProfiles: string[]; binary: string; name?: string }
export function profileFor(binary: string, name: string): string
export function sandboxAdvice(facts: SandboxFacts): string | null
export function thisMachine(binary: string): SandboxFacts
