// MUI's date picker with its date library (date-fns, Danish locale) provided where a date field is
// used, not around the whole app: a screen without a date field, like the start page, does not load
// them (#14: the app's first load).
import type { ComponentProps } from 'react'
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider'
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns'
import { DatePicker as MuiDatePicker } from '@mui/x-date-pickers/DatePicker'
import { da } from 'date-fns/locale/da'

export function DatePicker(props: ComponentProps<typeof MuiDatePicker>) {
  return (
    <LocalizationProvider dateAdapter={AdapterDateFns} adapterLocale={da}>
      <MuiDatePicker {...props} />
    </LocalizationProvider>
  )
}
