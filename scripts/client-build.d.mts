export declare const ROOT: string;
export declare function clientIsStale(outDir: string): boolean;
export declare function buildClient(outDir: string, env?: Record<string, string>): Promise<void>;
