/** stackgate.yml -> the validated config of the whole product (schema.ts). */
import { CONFIG_FILES, parseConfigWith, readConfig, type ReadConfig } from './read';
import { configSchema, type StackgateConfig } from './schema';

export { CONFIG_FILES };
export type LoadedConfig = ReadConfig<StackgateConfig>;

/** Finds and loads the config of a repository; with no file, the defaults. */
export function loadConfig(root: string, explicitPath?: string): LoadedConfig {
  return readConfig(configSchema, root, explicitPath);
}

export function parseConfigText(file: string, text: string): StackgateConfig {
  return parseConfigWith(configSchema, file, text);
}
