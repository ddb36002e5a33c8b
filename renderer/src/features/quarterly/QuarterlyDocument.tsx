// The quarterly pack as a document: the same component is the live preview on screen and the
// printed pack (/print/kvartal/…). It only lays out the figures of `quarterly.get`; every figure
// was computed by the domain's own service. Each section is its own file beside this one.
import type { QuarterlyReport } from '@shared/api/quarterly'
import type { TraceRequest } from './TraceDialog'
import { OverviewSection } from './OverviewSection'
import { EconomySection } from './EconomySection'
import { ResultsSection } from './ResultsSection'
import { PrioritisationSection } from './PrioritisationSection'
import { RemarksSection, SteeringSection } from './SteeringSection'

export function QuarterlyDocument({ r, onTrace }: { r: QuarterlyReport; onTrace?: (t: TraceRequest) => void }) {
  return (
    <div className="quarterly-pack">
      <OverviewSection r={r} onTrace={onTrace} />

      <EconomySection r={r} onTrace={onTrace} />

      <ResultsSection r={r} onTrace={onTrace} />

      <PrioritisationSection r={r} onTrace={onTrace} />

      <SteeringSection r={r} onTrace={onTrace} />

      <RemarksSection r={r} />
    </div>
  )
}
