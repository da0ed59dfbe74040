export declare function electronBinaryStatus(root?: string, env?: NodeJS.ProcessEnv): { available: boolean; reason: string }
