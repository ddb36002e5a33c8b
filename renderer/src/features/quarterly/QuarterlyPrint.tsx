// Print routes /print/kvartal/:projectId/:quarter and …/offentlig (the publication copy: the
// service leaves out pseudonyms, the focus list and closed items before they reach this page).
import { useParams } from 'react-router'
import { da } from '@shared/texts/da'
import { useApiQuery } from '../../api/hooks'
import { PrintQuery } from '../../print/PrintDocument'
import { QuarterlyDocument } from './QuarterlyDocument'

export function QuarterlyPrint({ publication }: { publication: boolean }) {
  const params = useParams()
  const projectId = Number(params.projectId)
  const report = useApiQuery('quarterly.get', { projectId, quarter: params.quarter ?? '', publication })
  return (
    <PrintQuery query={report} title={da.quarterly.doc.title} project={(r) => r.project.title}>
      {(r) => <QuarterlyDocument r={r} />}
    </PrintQuery>
  )
}
