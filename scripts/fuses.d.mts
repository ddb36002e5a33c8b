// Types of scripts/fuses.mjs, for the test that reads its settings.
import type { FuseConfig, FuseState } from '@electron/fuses'

export declare const FUSES: FuseConfig & { strictlyRequireAllFuses: true }
export declare function expectedWire(): Record<string, FuseState>
export declare function packagedBinary(appOutDir: string, platform: string, productFilename: string, executableName?: string): string
export declare function checkFuses(binary: string): Promise<string[]>
export declare function applyFuses(binary: string, platform?: string): Promise<void>
export default function afterPack(context: {
  appOutDir: string
  electronPlatformName: string
  packager: { appInfo: { productFilename: string }; executableName: string }
}): Promise<void>
