// Types for scripts/check-builder-config.mjs, so TypeScript tests can import it.
export type YamlValue =
  string | number | boolean | null | YamlValue[] | { [key: string]: YamlValue };
export declare function parseSimpleYaml(text: string): Record<string, YamlValue>;
export declare function checkBuilderConfig(config: Record<string, YamlValue>): string[];
