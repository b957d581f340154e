/**
 * Whether a Compose service runs a Windows container, where Linux capabilities, no-new-privileges,
 * a read-only root filesystem and root UIDs do not exist (Docker rejects `cap_drop`, `security_opt`
 * and `read_only` there). Told from what the Compose file says, since the image is not pulled:
 * `platform: windows/...`, `isolation:` (a Windows-only setting), an image of a Windows base
 * (windows, servercore, nanoserver, ltsc), a network that is Docker's Windows NAT network (`nat`),
 * or a Compose file under a `windows/` directory.
 */
import { isRecord } from '../../is-record';
import { toPlain } from '../../source/yaml-tree';
import type { EffectiveService, EffectiveStack } from '../../compose/types';
import { stackUnderDirectory } from './_stack-paths';

const WINDOWS_IMAGE = /(?:^|[/:._-])(?:windows|windowsservercore|servercore|nanoserver|ltsc20\d\d)(?:$|[/:._-])/i;

export function runsWindowsContainer(stack: EffectiveStack, service: EffectiveService): boolean {
  const v = service.value as Record<string, unknown>;
  if (typeof v.platform === 'string' && /^windows\b/i.test(v.platform.trim())) return true;
  if (v.isolation !== undefined && v.isolation !== null) return true;
  if (typeof v.image === 'string' && WINDOWS_IMAGE.test(v.image)) return true;
  if (usesWindowsNatNetwork(stack)) return true;
  return stackUnderDirectory(stack, 'windows');
}

/** A top-level network that is the `nat` network Docker creates on Windows hosts (named so, or external with that name). */
function usesWindowsNatNetwork(stack: EffectiveStack): boolean {
  const networks = toPlain(stack.node.entries.get('networks'));
  if (!isRecord(networks)) return false;
  return Object.entries(networks).some(([key, network]) => {
    if (!isRecord(network)) return false;
    const external = network.external;
    const name = typeof network.name === 'string' ? network.name : isRecord(external) && typeof external.name === 'string' ? external.name : key;
    return name === 'nat' && (external === true || isRecord(external) || network.driver === 'nat');
  });
}
