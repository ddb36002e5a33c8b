import { createTheme } from '@mui/material/styles'
import { daDK } from '@mui/material/locale'
import { daDK as dataGridDaDK } from '@mui/x-data-grid/locales'
import { daDK as pickersDaDK } from '@mui/x-date-pickers/locales'
import type {} from '@mui/x-date-pickers/themeAugmentation'
import { da } from '@shared/texts/da/shell'

const df = da.common.dateField

// A visible focus ring (issue 12) for everything a keyboard user can reach: buttons, list items,
// tabs and menu items (MUI's ButtonBase marks keyboard focus with .Mui-focusVisible), links and
// rows that open their item (:focus-visible). A ripple alone is too faint on a laptop screen.
// On the dark app bar the ring is white.
const BRAND = '#1f4e79'
const focusRing = { outline: `3px solid ${BRAND}`, outlineOffset: 2, '.MuiAppBar-root &': { outlineColor: '#ffffff' } }

// One theme, Danish locale for MUI, the data grid and the date pickers. Amounts use tabular figures.
export const theme = createTheme(
  {
    palette: {
      primary: { main: BRAND },
      secondary: { main: '#7a4e1f' },
      background: { default: '#f6f7f9' }
    },
    typography: {
      fontFamily: 'Roboto, "Segoe UI", Arial, sans-serif'
    },
    components: {
      // Figures are right-aligned and never break between the number and its unit ("27,3 %", "kr.").
      MuiTableCell: {
        styleOverrides: { root: { fontVariantNumeric: 'tabular-nums', '&.MuiTableCell-body.MuiTableCell-alignRight': { whiteSpace: 'nowrap' } } }
      },
      MuiButton: { defaultProps: { disableElevation: true } },
      MuiButtonBase: { styleOverrides: { root: { '&.Mui-focusVisible': focusRing } } },
      MuiLink: { styleOverrides: { root: { '&:focus-visible': focusRing } } },
      // A printed screen (Ctrl+P) shows the whole table, not the part scrolled into view.
      MuiTableContainer: { styleOverrides: { root: { '@media print': { overflow: 'visible' } } } },
      MuiTableRow: { styleOverrides: { root: { '&:focus-visible': { ...focusRing, outlineOffset: -3 } } } }
    }
  },
  daDK,
  dataGridDaDK,
  pickersDaDK,
  // After the pickers' Danish locale, which keeps English placeholders («DD.MM.YYYY»).
  {
    components: {
      MuiLocalizationProvider: {
        defaultProps: {
          localeText: {
            fieldDayPlaceholder: () => df.day,
            fieldMonthPlaceholder: (p: { contentType: string }) => (p.contentType === 'letter' ? df.monthName : df.month),
            fieldYearPlaceholder: (p: { digitAmount: number }) => df.yearLetter.repeat(p.digitAmount)
          }
        }
      }
    }
  }
)
