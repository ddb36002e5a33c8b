// Fremmøde: present or absent for each member of the group on the meeting's date, and a deputy
// (stedfortræder) for an absent member. Kept in local state until saved, so nothing typed is lost.
import { useState } from 'react'
import { Alert, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material'
import type { Attendance, Meeting } from '@shared/api/meetings'
import type { AttendanceStatus } from '@shared/domain/meetings/types'
import { da } from '@shared/texts/da'
import { errorMessage } from '../../api/client'
import { useApiMutation } from '../../api/hooks'
import { FormRootError } from '../../components/form'
import { SectionCard } from '../../components/SectionCard'

const t = da.meetings

type Row = { memberId: number; status: AttendanceStatus | null; deputyName: string; note: string }

function toRows(attendance: Attendance[]): Row[] {
  return attendance.map((a) => ({ memberId: a.memberId, status: a.status, deputyName: a.deputyName, note: a.note }))
}

export function AttendanceCard({ meeting }: { meeting: Meeting }) {
  const save = useApiMutation('meetings.attendance.save')
  const [rows, setRows] = useState<Row[]>(() => toRows(meeting.attendance))
  const [saved, setSaved] = useState(false)
  const editable = !meeting.locked
  const set = (memberId: number, patch: Partial<Row>) => {
    setSaved(false)
    setRows((rs) => rs.map((r) => (r.memberId === memberId ? { ...r, ...patch } : r)))
  }
  return (
    <SectionCard title={t.attendance.title} section label={t.attendance.title}>
      {meeting.attendance.length === 0 ? (
        <Alert severity="info">{t.attendance.noMembers}</Alert>
      ) : (
        <>
          <Table size="small" aria-label={t.attendance.title}>
            <TableHead>
              <TableRow>
                <TableCell>{t.attendance.member}</TableCell>
                <TableCell>{t.attendance.status}</TableCell>
                <TableCell>{t.attendance.deputy}</TableCell>
                <TableCell>{t.attendance.note}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {meeting.attendance.map((a) => {
                const row = rows.find((r) => r.memberId === a.memberId) ?? { memberId: a.memberId, status: null, deputyName: '', note: '' }
                return (
                  <TableRow key={a.memberId}>
                    <TableCell>
                      <Typography>{a.name}</Typography>
                      <Typography variant="body2" color="text.secondary">
                        {[t.roles[a.role], a.jobTitle, a.administration].filter(Boolean).join(', ')}
                      </Typography>
                    </TableCell>
                    <TableCell sx={{ minWidth: 170 }}>
                      <TextField
                        select
                        size="small"
                        fullWidth
                        disabled={!editable}
                        value={row.status ?? 'unknown'}
                        onChange={(e) =>
                          set(a.memberId, {
                            status: e.target.value === 'unknown' ? null : (e.target.value as AttendanceStatus),
                            ...(e.target.value !== 'absent' ? { deputyName: '' } : {})
                          })
                        }
                        slotProps={{ select: { native: true }, htmlInput: { 'aria-label': `${t.attendance.status}: ${a.name}` } }}
                      >
                        <option value="unknown">{t.attendanceStatuses.unknown}</option>
                        <option value="present">{t.attendanceStatuses.present}</option>
                        <option value="absent">{t.attendanceStatuses.absent}</option>
                      </TextField>
                    </TableCell>
                    <TableCell>
                      <TextField
                        size="small"
                        fullWidth
                        disabled={!editable || row.status !== 'absent'}
                        placeholder={editable && row.status === 'absent' ? t.attendance.deputyHelp : undefined}
                        slotProps={{ htmlInput: { 'aria-label': `${t.attendance.deputy}: ${a.name}` } }}
                        value={row.deputyName}
                        onChange={(e) => set(a.memberId, { deputyName: e.target.value })}
                      />
                    </TableCell>
                    <TableCell>
                      <TextField
                        size="small"
                        fullWidth
                        disabled={!editable}
                        value={row.note}
                        onChange={(e) => set(a.memberId, { note: e.target.value })}
                        slotProps={{ htmlInput: { 'aria-label': `${t.attendance.note}: ${a.name}` } }}
                      />
                    </TableCell>
                  </TableRow>
                )
              })}
            </TableBody>
          </Table>
          {editable ? (
            <Stack direction="row" spacing={1} sx={{ mt: 2, alignItems: 'center' }}>
              <Button onClick={() => setRows((rs) => rs.map((r) => ({ ...r, status: r.status ?? 'present' })))}>{t.attendance.allPresent}</Button>
              <Button
                variant="contained"
                loading={save.isPending}
                onClick={async () => {
                  try {
                    await save.mutateAsync({ meetingId: meeting.id, entries: rows })
                    setSaved(true)
                  } catch {
                    setSaved(false)
                  }
                }}
              >
                {t.attendance.save}
              </Button>
              {saved ? (
                <Typography color="success.main" role="status">
                  {t.attendance.saved}
                </Typography>
              ) : null}
            </Stack>
          ) : null}
          <FormRootError message={save.isError ? errorMessage(save.error) : undefined} />
        </>
      )}
    </SectionCard>
  )
}
