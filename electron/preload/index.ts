// The preload exposes exactly one object, window.puljestyr, with one function: call(method, input).
// The main process validates the method name and the input against the contract.
import { contextBridge, ipcRenderer } from 'electron'
import { IPC_CHANNEL } from '../../shared/api/channel'

const bridge = {
  transport: 'ipc' as const,
  call: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(IPC_CHANNEL, method, input)
}

contextBridge.exposeInMainWorld('puljestyr', bridge)
