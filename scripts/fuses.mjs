// The Electron fuses of the packaged desktop app (issue #13): switches compiled into the Electron
// binary that no command-line option, environment variable or script can turn back on.
//
// Packaging runs this on the packaged binary, before it is signed: as electron-builder's afterPack
// hook ("afterPack": "scripts/fuses.mjs" in its configuration), or by hand:
//   node scripts/fuses.mjs path/to/Puljestyr[.exe|.app]          flips the fuses, then checks them
//   node scripts/fuses.mjs path/to/Puljestyr[.exe|.app] --check  only checks them (exit code 1 if wrong)
// OnlyLoadAppFromAsar and the ASAR integrity check need the app packed as app.asar (electron-builder's
// default) with its integrity recorded (electron-builder does that for macOS and Windows).
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { FuseState, FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } from '@electron/fuses'

/** Every fuse of the wire, set on purpose (strictlyRequireAllFuses: a fuse a new Electron adds fails the build until it is decided). */
export const FUSES = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  // The binary can never be started as a plain Node.js (ELECTRON_RUN_AS_NODE).
  [FuseV1Options.RunAsNode]: false,
  // Cookies and other Chromium data on disk are encrypted with the OS's key store.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS (e.g. --require of a foreign script) is ignored.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect and its relatives are ignored: no debugger can attach to the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar is checked against the hash recorded at packaging; a changed file is refused.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // The app is loaded only from app.asar, never from a loose app/ folder put beside it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // One V8 snapshot for every process (Electron's default).
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // file:// gets no extra privileges: the renderer is served from app://puljestyr/.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  // WebAssembly's trap handlers stay on (Electron's default).
  [FuseV1Options.WasmTrapHandlers]: true
}

/** The wire the binary must hold afterwards: option → FuseState. */
export function expectedWire() {
  const wire = {}
  for (const [key, value] of Object.entries(FUSES)) {
    if (/^\d+$/.test(key)) wire[key] = value ? FuseState.ENABLE : FuseState.DISABLE
  }
  return wire
}

/** The Electron binary in electron-builder's output folder for a platform. */
export function packagedBinary(appOutDir, platform, productFilename, executableName = productFilename) {
  if (platform === 'darwin' || platform === 'mas') return path.join(appOutDir, `${productFilename}.app`)
  if (platform === 'win32') return path.join(appOutDir, `${productFilename}.exe`)
  return path.join(appOutDir, executableName)
}

/** The fuses in `binary` that differ from FUSES, as readable lines (empty when all hold). */
export async function checkFuses(binary) {
  const current = await getCurrentFuseWire(binary)
  const wrong = []
  for (const [key, state] of Object.entries(expectedWire())) {
    if (current[key] !== state) wrong.push(`${FuseV1Options[key]}: ${FuseState[current[key]] ?? current[key]} (skal være ${FuseState[state]})`)
  }
  return wrong
}

export async function applyFuses(binary, platform = process.platform) {
  await flipFuses(binary, { ...FUSES, resetAdHocDarwinSignature: platform === 'darwin' })
  const wrong = await checkFuses(binary)
  if (wrong.length) throw new Error(`Electron-sikringerne blev ikke sat: ${wrong.join('; ')}`)
}

/** electron-builder's afterPack hook. */
export default async function afterPack(context) {
  const { appOutDir, electronPlatformName, packager } = context
  const binary = packagedBinary(appOutDir, electronPlatformName, packager.appInfo.productFilename, packager.executableName)
  await applyFuses(binary, electronPlatformName)
  console.log(`Electron-sikringer sat i ${binary}`)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [binary, flag] = process.argv.slice(2)
  if (!binary) {
    console.error('Brug: node scripts/fuses.mjs STI-TIL-ELECTRON-PROGRAMMET [--check]')
    process.exit(2)
  }
  try {
    if (flag === '--check') {
      const wrong = await checkFuses(binary)
      for (const line of wrong) console.error(line)
      process.exitCode = wrong.length ? 1 : 0
      if (!wrong.length) console.log(`Electron-sikringerne i ${binary} er sat som de skal.`)
    } else {
      await applyFuses(binary)
      console.log(`Electron-sikringer sat i ${binary}`)
    }
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e))
    process.exitCode = 1
  }
}
