export declare const HOW_TO_GET_ONE: string
export declare const CHROMIUM_FLAGS: string[]
export declare function findChromium(env?: NodeJS.ProcessEnv, exists?: (path: string) => boolean): { path: string | null; source: string }
