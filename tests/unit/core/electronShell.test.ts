// The desktop shell's hardening, read from the options and decisions the shell hands to Electron
// (electron/main/policy.ts) and from the fuse settings packaging writes (scripts/fuses.mjs): Electron
// itself cannot run on our machines, so these tests read what it would be given (issue #13).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { FuseState, FuseV1Options } from '@electron/fuses'
import {
  APP_SCHEME_PRIVILEGES,
  isOwnRendererUrl,
  mainWindowOptions,
  navigationAllowed,
  permissionGranted,
  printWindowOptions,
  RENDERER_INDEX_URL,
  requestAllowed,
  resolveAppRequest
} from '../../../electron/main/policy'
import { applyFuses, checkFuses, FUSES, packagedBinary } from '../../../scripts/fuses.mjs'

const rendererDir = path.resolve('out', 'renderer')

describe('the app’s own address (IPC and navigation are accepted only from it)', () => {
  it('is app://puljestyr/ and nothing that merely starts like it', () => {
    expect(RENDERER_INDEX_URL).toBe('app://puljestyr/index.html')
    expect(isOwnRendererUrl('app://puljestyr/index.html#/projekt/1')).toBe(true)
    expect(isOwnRendererUrl('app://puljestyr/')).toBe(true)
    for (const foreign of [
      'app://puljestyr-evil/index.html',
      'app://puljestyr.evil/index.html',
      'app://puljestyrevil/',
      'app://puljestyr@evil/index.html',
      'app://evil/puljestyr/index.html',
      `file://${rendererDir}/index.html`,
      `file://${rendererDir}-evil/index.html`,
      'http://puljestyr/index.html',
      'https://127.0.0.1/',
      'javascript:alert(1)',
      'not a url',
      ''
    ]) {
      expect(isOwnRendererUrl(foreign), foreign).toBe(false)
      expect(navigationAllowed(foreign), foreign).toBe(false)
    }
  })
})

describe('the app:// protocol serves the built renderer and nothing outside it', () => {
  it('is registered as a standard, secure scheme without CSP bypass or service workers', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true, bypassCSP: false, allowServiceWorkers: false } })
  })

  it('maps paths into the renderer folder and refuses traversal', () => {
    expect(resolveAppRequest('app://puljestyr/', 'GET', rendererDir)).toEqual({
      status: 200,
      file: path.join(rendererDir, 'index.html'),
      contentType: 'text/html; charset=utf-8'
    })
    expect(resolveAppRequest('app://puljestyr/assets/index.js', 'GET', rendererDir)).toMatchObject({
      status: 200,
      file: path.join(rendererDir, 'assets', 'index.js')
    })
    for (const escape of [
      'app://puljestyr/%2e%2e/%2e%2e/package.json',
      'app://puljestyr/%2e%2e%2frenderer-evil%2findex.html',
      'app://puljestyr/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      'app://puljestyr/..%5c..%5cpackage.json',
      'app://puljestyr/%00index.html'
    ]) {
      const answer = resolveAppRequest(escape, 'GET', rendererDir)
      if (answer.status === 200) expect(answer.file.startsWith(rendererDir + path.sep), escape).toBe(true)
      else expect(answer.status, escape).toBe(404)
    }
    // An encoded slash survives URL parsing and decodes to `../../package.json`: refused.
    expect(resolveAppRequest('app://puljestyr/%2e%2e%2f%2e%2e%2fpackage.json', 'GET', rendererDir)).toEqual({ status: 404 })
    expect(resolveAppRequest('app://puljestyr/%2e%2e%2frenderer-evil%2findex.html', 'GET', rendererDir)).toEqual({ status: 404 })
    expect(resolveAppRequest('app://puljestyr/%E0%A4%A', 'GET', rendererDir)).toEqual({ status: 400 })
    expect(resolveAppRequest('app://other/index.html', 'GET', rendererDir)).toEqual({ status: 404 })
    expect(resolveAppRequest('app://puljestyr/index.html', 'POST', rendererDir)).toEqual({ status: 405 })
  })
})

describe('the windows’ options', () => {
  const preload = '/app/out/preload/index.js'
  it('isolate and sandbox the renderer, without Node, webviews or insecure content', () => {
    for (const options of [mainWindowOptions(preload, { packaged: true }), printWindowOptions(preload, { packaged: true })]) {
      expect(options.webPreferences).toMatchObject({
        preload,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false
      })
    }
  })

  it('have no DevTools in the packaged app (and keep them while developing)', () => {
    expect(mainWindowOptions(preload, { packaged: true }).webPreferences?.devTools).toBe(false)
    expect(printWindowOptions(preload, { packaged: true }).webPreferences?.devTools).toBe(false)
    expect(mainWindowOptions(preload, { packaged: false }).webPreferences?.devTools).toBe(true)
  })

  it('deny every permission and every request that is not the app’s own', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fullscreen', 'unknown']) {
      expect(permissionGranted(p), p).toBe(false)
    }
    expect(requestAllowed('app://puljestyr/assets/index.js', { packaged: true })).toBe(true)
    expect(requestAllowed('data:image/png;base64,AA==', { packaged: true })).toBe(true)
    for (const url of [
      'https://example.com/x.js',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'ws://127.0.0.1/',
      'devtools://devtools/bundled/inspector.html'
    ]) {
      expect(requestAllowed(url, { packaged: true }), url).toBe(false)
    }
    expect(requestAllowed('devtools://devtools/bundled/inspector.html', { packaged: false })).toBe(true)
  })
})

describe('the Electron fuses packaging writes (scripts/fuses.mjs)', () => {
  it('turn off running as Node, NODE_OPTIONS and --inspect, and turn on cookie encryption and ASAR integrity', () => {
    expect(FUSES.strictlyRequireAllFuses).toBe(true)
    expect(FUSES[FuseV1Options.RunAsNode]).toBe(false)
    expect(FUSES[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false)
    expect(FUSES[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false)
    expect(FUSES[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false)
    expect(FUSES[FuseV1Options.EnableCookieEncryption]).toBe(true)
    expect(FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true)
    expect(FUSES[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true)
    // Every fuse of the wire is decided (a fuse a new Electron adds fails packaging until it is).
    const decided = Object.keys(FUSES)
      .filter((k) => /^\d+$/.test(k))
      .map(Number)
    const known = Object.values(FuseV1Options).filter((v): v is number => typeof v === 'number')
    expect(decided.sort()).toEqual(known.sort())
  })

  it('are written into a binary’s fuse wire and then checked', async () => {
    // A stand-in for the Electron binary: the fuse sentinel, wire version 1, nine fuses all inherited.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'puljestyr-fuses-'))
    const binary = path.join(dir, 'puljestyr')
    const wire = Buffer.alloc(9, FuseState.INHERIT)
    fs.writeFileSync(
      binary,
      Buffer.concat([Buffer.alloc(64, 0), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, 9]), wire, Buffer.alloc(64, 0)])
    )
    try {
      expect((await checkFuses(binary)).length).toBe(9)
      await applyFuses(binary, 'linux')
      expect(await checkFuses(binary)).toEqual([])
      const written = fs.readFileSync(binary).subarray(64 + 32 + 2, 64 + 32 + 2 + 9)
      expect([...written].map((b) => String.fromCharCode(b)).join('')).toBe('010011001')
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('find the binary in electron-builder’s output on each platform', () => {
    expect(packagedBinary('/b/linux-unpacked', 'linux', 'Puljestyr', 'puljestyr')).toBe(path.join('/b/linux-unpacked', 'puljestyr'))
    expect(packagedBinary('/b/win-unpacked', 'win32', 'Puljestyr')).toBe(path.join('/b/win-unpacked', 'Puljestyr.exe'))
    expect(packagedBinary('/b/mac', 'darwin', 'Puljestyr')).toBe(path.join('/b/mac', 'Puljestyr.app'))
  })
})
