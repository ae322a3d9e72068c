// Types for scripts/build-electron.mjs, so TypeScript tests can import it.
export declare const ROOT: string;
export declare const OUT_DIR: string;
export declare function contractChannelNames(): Promise<string[]>;
export declare function buildPreload(options?: {
  outfile?: string;
  sourcemap?: boolean;
}): Promise<{ outfile: string; channels: string[] }>;
export declare function buildMain(options?: {
  outfile?: string;
  sourcemap?: boolean;
}): Promise<{ outfile: string }>;
export declare function buildElectron(): Promise<{
  main: string;
  preload: string;
  channels: string[];
}>;
