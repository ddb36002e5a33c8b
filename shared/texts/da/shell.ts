// The texts of the app's first load (the shell, the start page, the drawer, the loading and error
// views, the API client): a part of `da` with the same shape, so that those few renderer files do not
// pull every domain's texts into the first load (#14). Everything else imports `da` from './index'.
import { common } from './common'
import { core } from './core'

export const da = { common, core } as const
