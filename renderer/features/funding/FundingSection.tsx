import { Route, Routes } from 'react-router';
import { ApplicationDetailPage } from './ApplicationDetailPage';
import { ApplicationEditPage } from './ApplicationEditPage';
import { FundingPage } from './FundingPage';
import { ProgrammePage } from './ProgrammePage';

/** The Funding area's own addresses under /funding. */
export function FundingSection() {
  return (
    <Routes>
      <Route index element={<FundingPage />} />
      <Route path="programmes/:programmeId/:year" element={<ProgrammePage />} />
      <Route path="programmes/:programmeId/:year/:recordId" element={<ProgrammePage />} />
      <Route path="applications/new" element={<ApplicationEditPage />} />
      <Route path="applications/:id" element={<ApplicationDetailPage />} />
      <Route path="applications/:id/edit" element={<ApplicationEditPage />} />
    </Routes>
  );
}
