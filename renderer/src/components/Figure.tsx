import { Box, Typography } from '@mui/material'

/** One figure of a summary: its label small above, the value large («Forbrugt: 1.234,00 kr.»). */
export function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Box>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h6" component="p" data-testid={testId}>
        {value}
      </Typography>
    </Box>
  )
}
