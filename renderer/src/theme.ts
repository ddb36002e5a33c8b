import { createTheme } from '@mui/material/styles'
import { daDK } from '@mui/material/locale'
import { daDK as dataGridDaDK } from '@mui/x-data-grid/locales'
import { daDK as pickersDaDK } from '@mui/x-date-pickers/locales'

// One theme, Danish locale for MUI, the data grid and the date pickers. Amounts use tabular figures.
export const theme = createTheme(
  {
    palette: {
      primary: { main: '#1f4e79' },
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
      MuiButton: { defaultProps: { disableElevation: true } }
    }
  },
  daDK,
  dataGridDaDK,
  pickersDaDK
)
