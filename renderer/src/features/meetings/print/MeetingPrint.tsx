// Print routes /print/moeder/:meetingId (internal) and /print/moeder/:meetingId/offentlig (for
// publication: closed items are masked by the service before they reach this page).
import { useParams } from 'react-router'
import { useApiQuery } from '../../../api/hooks'
import { PrintQuery } from '../../../print/PrintDocument'
import { MeetingDocument, meetingDocumentTitle } from './MeetingDocument'

export function MeetingPrint({ publication }: { publication: boolean }) {
  const meetingId = Number(useParams().meetingId)
  const meeting = useApiQuery('meetings.get', { meetingId, publication })
  return (
    <PrintQuery query={meeting} title={meetingDocumentTitle} project={(m) => m.projectTitle}>
      {(m) => <MeetingDocument meeting={m} />}
    </PrintQuery>
  )
}
