// The preload exposes exactly one object, window.puljestyr, with one function: call(method, input).
// The main process relays it to the services, which validate the method name and the input against
// the contract. Its shape is the renderer's declared type (shared/api/channel.ts), checked here.
import { contextBridge, ipcRenderer } from 'electron'
import { IPC_CHANNEL, type PuljestyrBridge } from '../../shared/api/channel'

const bridge = {
  transport: 'ipc',
  call: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(IPC_CHANNEL, method, input)
} satisfies PuljestyrBridge

contextBridge.exposeInMainWorld('puljestyr', bridge)
